// News headlines attribute with a colon: "Lynch: No outside influence on FBI probe", "Clinton to
// Planned Parenthood: Trump will reverse Roe v. Wade". On the article's first line, a short phrase
// before a colon is the speaker and the rest of the line is what they said. A headline in title case
// attributes with a verb the tagger reads as a name ("Hillary Clinton Slams Donald Trump On Abortion").
import { headlineVerb, titleCaseLine } from '../nlp/headline-case.js';
import { kindOfContent } from './bounds.js';
import { isBreak, isWord, quoteCandidate, type CandidateFields, type QuoteContext } from './context.js';
import { npToken, phrase } from './phrases.js';
import { phraseAfter } from './phrase-after.js';

/** The speaker part of a headline is short (Former AG Mukasey at RNC:). */
const MAX_SPEAKER_TOKENS = 8;
const MIN_CONTENT_WORDS = 3;
/** Words that end the speaker's name inside the part before the colon (Clinton to Planned Parenthood). */
const AFTER_SPEAKER = new Set(['on', 'to', 'at', 'about', 'in', 'for', 'over']);

/** The article's first token, past any leading line breaks, or -1 for an empty text. */
function firstLineToken(ctx: QuoteContext): number {
  const toks = ctx.doc.tokens;
  let first = 0;
  while (first < toks.length && isBreak(toks[first])) first++;
  return first < toks.length ? first : -1;
}

/** Pushes a headline's quote, its kind read from its words (all quoted, some or none). */
function pushHeadlineQuote(ctx: QuoteContext, f: Omit<CandidateFields, 'kind'>): void {
  const c = quoteCandidate({ ...f, kind: 'indirect' });
  c.kind = kindOfContent(ctx, c);
  ctx.candidates.push(c);
}

export function findHeadlineQuote(ctx: QuoteContext): void {
  const { doc } = ctx;
  const toks = doc.tokens;
  const first = firstLineToken(ctx);
  if (first < 0) return;
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
  for (const t of content) if (ctx.inSpan[t.i] >= 0 && ctx.taken.has(ctx.inSpan[t.i])) return;
  for (const t of content) if (ctx.inSpan[t.i] >= 0) ctx.taken.add(ctx.inSpan[t.i]);
  pushHeadlineQuote(ctx, {
    start: content[0].start,
    end: content[content.length - 1].end,
    cue: { start: toks[colon].start, end: toks[colon].end },
    speaker,
    rule: 'headline-colon',
    speakerRule: 'headline-speaker',
  });
}

/** The speaker part of a headline with a verb is short ("France's Marine Le Pen Backs Trump"). */
const MAX_VERB_SPEAKER_TOKENS = 6;
/** What ends a headline's content: another clause or a second headline ("…; Spurns offer", "… — Yet"). */
const CONTENT_BREAKS = new Set([';', '\u2014', '\u2013', '\u2015', '--', '|']);

/**
 * A headline in title case whose verb of saying, backing or attacking follows its subject: "Hillary
 * Clinton Slams Donald Trump On Abortion", "France's Marine Le Pen Backs Trump And Denounces
 * Clinton", "Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud.'". The tagger reads such verbs
 * as names, so the clause rules never see them: the verb in -s (or its plain form after a plural
 * subject) of a listed cue, right after a name that opens the line, is the cue; the rest of the line
 * is the content (the boundary model may trim it).
 */
export function findHeadlineVerbQuote(ctx: QuoteContext): void {
  const { doc } = ctx;
  const toks = doc.tokens;
  const first = firstLineToken(ctx);
  if (first < 0 || !/^\p{Lu}/u.test(toks[first].text)) return;
  const line = ctx.paragraphBounds(toks[first].start);
  let end = first;
  while (end < toks.length && toks[end].end <= line.end && !isBreak(toks[end])) end++;
  if (!titleCaseLine(toks, first, end)) return;
  // a line another rule read already (a headline with a colon) is left to it
  if (ctx.candidates.some((c) => c.start < toks[end - 1].end && c.end > toks[first].start)) return;
  // the last such verb in the opening words ("United States Warns …": "States" is the name's)
  let j = -1;
  for (let k = first + 1; k < end - 1 && k - first <= MAX_VERB_SPEAKER_TOKENS; k++) {
    const t = toks[k];
    if (ctx.inSpan[k] >= 0 || !isWord(t)) break;
    // the words before are a name: capitalised, or the possessive inside one ("France's Marine Le Pen")
    if (!/^\p{Lu}/u.test(t.text) && !/^['’]s?$/.test(t.text)) break;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !headlineVerb(t.lower, toks[k - 1])) continue;
    // (after a possessive it is a noun: "Trump's Support Twice That Of Clinton's")
    if (/^['’]s?$/.test(toks[k - 1].text)) continue;
    // (and its content opens with a word or a quotation, not a verb: "Rules Report Is Presented",
    // "Clinton Campaign Laughs, Evades …")
    const next = toks[k + 1];
    if (!(isWord(next) || ctx.inSpan[k + 1] >= 0) || next.pos === 'AUX') continue;
    // (a word of a place's name is none)
    const hit = doc.entityAt(t.start);
    if (hit && hit.entity.type !== 'PERSON' && hit.entity.type !== 'ORG' && hit.mention.end >= t.end) continue;
    j = k;
  }
  if (j < 0) return;
  const t = toks[j];
  let e = j + 1;
  while (e < end && !CONTENT_BREAKS.has(toks[e].text)) e++;
  while (e > j + 1 && !isWord(toks[e - 1]) && !/["”’'»]/.test(toks[e - 1].text)) e--;
  if (e <= j + 1) return;
  ctx.usedCue.add(j);
  pushHeadlineQuote(ctx, {
    start: toks[j + 1].start,
    end: toks[e - 1].end,
    cue: { start: t.start, end: t.end },
    speaker: phrase(doc, first, j),
    rule: 'headline-verb',
    speakerRule: 'headline-speaker',
  });
}
