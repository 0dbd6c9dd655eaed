// News headlines attribute with a colon: "Lynch: No outside influence on FBI probe", "Clinton to
// Planned Parenthood: Trump will reverse Roe v. Wade". On the article's first line, a short phrase
// before a colon is the speaker and the rest of the line is what they said.
import { isBreak, isWord, quoteCandidate, type QuoteContext } from './context.js';
import { npToken, phraseAfter } from './phrases.js';

/** The speaker part of a headline is short (Former AG Mukasey at RNC:). */
const MAX_SPEAKER_TOKENS = 8;
const MIN_CONTENT_WORDS = 3;
/** Words that end the speaker's name inside the part before the colon (Clinton to Planned Parenthood). */
const AFTER_SPEAKER = new Set(['on', 'to', 'at', 'about', 'in', 'for', 'over']);

export function findHeadlineQuote(ctx: QuoteContext): void {
  const { doc } = ctx;
  const toks = doc.tokens;
  let first = 0;
  while (first < toks.length && isBreak(toks[first])) first++;
  if (first >= toks.length) return;
  const line = ctx.paragraphBounds(toks[first].start);
  let colon = -1;
  let topic = false;
  for (let j = first; j < toks.length && j - first <= MAX_SPEAKER_TOKENS && toks[j].end <= line.end; j++) {
    if (toks[j].text === ':') {
      colon = j;
      break;
    }
    if (ctx.inSpan[j] >= 0) return;
    // a verb before the colon makes it a sentence, not a speaker's name (… said:); after "on"/"to"
    // a word in capitals is the title's topic ("Clinton to Planned Parenthood:", "Gillibrand on
    // Hillary Releasing Her … Transcripts:")
    const capitalTopic = topic && /^\p{Lu}/u.test(toks[j].text);
    if ((toks[j].pos === 'VERB' || toks[j].pos === 'AUX') && !npToken(toks[j]) && !capitalTopic) return;
    if (j > first && AFTER_SPEAKER.has(toks[j].lower)) topic = true;
  }
  if (colon <= first) return;
  let nameEnd = first + 1;
  while (nameEnd < colon && !AFTER_SPEAKER.has(toks[nameEnd].lower)) nameEnd++;
  const speaker = phraseAfter(doc, first, nameEnd);
  if (!speaker || !/^\p{Lu}/u.test(toks[first].text)) return;
  let e = colon + 1;
  while (e < toks.length && toks[e].end <= line.end) e++;
  while (e > colon + 1 && !isWord(toks[e - 1]) && !/["”’'»]/.test(toks[e - 1].text)) e--;
  const content = toks.slice(colon + 1, e);
  if (content.filter(isWord).length < MIN_CONTENT_WORDS) return;
  // a quotation the direct rules read as this colon's only content ("Ryan: ‘Anti-Semitic Images’
  // Have ‘No Place …’") gives way to the whole line
  const colonAt = toks[colon].start;
  const own = ctx.candidates.findIndex((c) => c.cue?.start === colonAt && c.start >= content[0].start);
  if (own >= 0) {
    for (const t of content) if (ctx.inSpan[t.i] >= 0) ctx.taken.delete(ctx.inSpan[t.i]);
    ctx.candidates.splice(own, 1);
  }
  let quoted = 0;
  for (const t of content) {
    const s = ctx.inSpan[t.i];
    if (s >= 0 && ctx.taken.has(s)) return;
    if (s >= 0 && isWord(t)) quoted++;
  }
  for (const t of content) if (ctx.inSpan[t.i] >= 0) ctx.taken.add(ctx.inSpan[t.i]);
  const plain = content.filter(isWord).length - quoted;
  ctx.candidates.push(
    quoteCandidate({
      kind: quoted === 0 ? 'indirect' : plain === 0 ? 'direct' : 'mixed',
      start: content[0].start,
      end: content[content.length - 1].end,
      cue: { start: toks[colon].start, end: toks[colon].end },
      speaker,
      rule: 'headline-colon',
      speakerRule: 'headline-speaker',
    }),
  );
}
