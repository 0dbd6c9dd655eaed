// Quotes no frame credits (findFloatingQuotes): a quoted sentence takes the speaker of the quote
// before it, or joins that quote as its second piece. Whether a quotation stands alone, and how many
// words it has, the direct pass asks here too.
import type { Span } from '../types.js';
import { isBreak, isSentenceEnd, isWord, quoteCandidate, type Candidate, type QuoteContext } from './context.js';
import { isIndefiniteSpeaker, subjectBefore } from './subject-before.js';
import { phraseAfter } from './phrase-after.js';
import type { QuotedSpan } from './marks.js';
import { attributionAfter } from './speaker-floating.js';
import { firstChar, tokenLimit } from './tail-frame.js';
import { phrase, type Phrase } from './phrases.js';
import { DESCRIBING } from './content-asides.js';

/** Tokens an attribution may run between the two pieces of a split quote. */
export const MAX_SPLIT_GAP = 40;
/** Quoted fragments shorter than this, with no attribution, are scare quotes. */
export const MIN_FLOATING_WORDS = 4;
/** How many lines back (blank lines between paragraphs count) a floating quote finds its speaker. */
const FLOATING_LINES = 4;

/** Whether the quote stands as a sentence of its own rather than a fragment inside one. */
export function standsAlone(ctx: QuoteContext, si: number): boolean {
  const sp = ctx.spans[si];
  const toks = ctx.doc.tokens;
  const first = firstChar(ctx, sp);
  if (sp.continuation) return true;
  for (let j = ctx.openToken[si] - 1; j >= 0; j--) {
    const t = toks[j];
    if (isBreak(t) || isSentenceEnd(t)) return /[\p{Lu}\p{N}]/u.test(first);
    if (ctx.inSpan[j] >= 0) return /[\p{Lu}\p{N}]/u.test(first);
    if (t.text === ':') return true; // a quote introduced by a colon is a sentence of its own
    // "…, a student from Fresno, Calif. "I think …"": an abbreviation's period ends the sentence too
    if (t.text.length > 1 && t.text.endsWith('.') && isWord(t)) return /[\p{Lu}\p{N}]/u.test(first);
    if (isWord(t) || t.text === ',') return false;
  }
  return true;
}

export function words(ctx: QuoteContext, sp: Span): number {
  return ctx.doc.tokensIn(sp).filter(isWord).length;
}

/**
 * Whether quotation si, a sentence of its own, is the second piece of the quote before it: a floating
 * quote whose attribution the frame rules could not read ("…," Blunt, after a long pause, said of
 * Cruz. "…"; "…," remembered Roy Verley, HP's former spokesman. "…") or a mixed quote whose cue
 * follows it. The same paragraph, and only that attribution's sentence between them.
 */
function resumesFloatingQuote(ctx: QuoteContext, before: Candidate, si: number): boolean {
  if (before.parts && before.parts.length > 1) return false;
  const floating = before.rule === 'floating-quote' && !before.cue;
  // a mixed quote whose cue stands after it ("Obama “felt a moral obligation …” climate change, Axelrod said. “…”")
  const parenthetical =
    before.kind === 'mixed' &&
    before.rule.startsWith('cue-parenthetical') &&
    before.cue !== null &&
    before.cue.start >= before.end;
  if (!floating && !parenthetical) return false;
  const sp = ctx.spans[si];
  if (ctx.paragraphOf(before.start) !== ctx.paragraphOf(sp.open)) return false;
  const toks = ctx.doc.tokens;
  const from = tokenLimit(ctx, before.end);
  const to = ctx.openToken[si];
  if (to - from > MAX_SPLIT_GAP) return false;
  // one sentence only (the re-joined sentences keep "(D-Mo.)" inside): it ends before the next piece
  const sentence = ctx.sentenceAt(from + 1);
  let cue = false;
  for (let j = from; j < to; j++) {
    if (ctx.inSpan[j] >= 0) return false;
    if (isWord(toks[j]) && ctx.sentenceAt(j) !== sentence) return false;
    if (ctx.cueClass(j) !== null) cue = true;
  }
  return parenthetical || cue || attributionAfter(ctx, before) !== null;
}

/**
 * The speaker of a floating quote's pieces from the cue in the sentence between them, which the
 * frame rules could not read as an attribution ("…," columnist Ai Jun wrote in the piece. "…"):
 * the cue's subject, or the phrase after an inverted cue.
 */
function attributeBetween(ctx: QuoteContext, c: Candidate, si: number): void {
  const { doc } = ctx;
  const from = tokenLimit(ctx, c.end);
  const to = ctx.openToken[si];
  for (let j = from; j < to; j++) {
    if (ctx.cueClass(j) !== 'speech') continue;
    const subj = subjectBefore(doc, j, from);
    const speaker = subj ?? phraseAfter(doc, j + 1, to);
    if (!speaker) return;
    c.cue = { start: doc.tokens[j].start, end: doc.tokens[j].end };
    c.speaker = speaker;
    c.speakerRule = subj ? 'cue-subject' : 'cue-inverted';
    c.inheritFrom = undefined;
    return;
  }
}

/** Whether the sentence of candidate c holds a verb of saying outside quotation marks ("She said she wished …"). */
function sentenceSays(ctx: QuoteContext, c: Candidate): boolean {
  const s = ctx.sentenceAt(ctx.doc.tokenIndexAt(c.start));
  if (!s) return false;
  for (let j = s.firstToken; j < s.endToken; j++) if (ctx.inSpan[j] < 0 && ctx.cueClass(j) === 'speech') return true;
  return false;
}

/**
 * Quotes left without attribution: a quoted sentence or paragraph takes the speaker of the quote
 * before it in the same or the previous paragraph (the floating-quote rule); a long quoted
 * fragment in a sentence whose cue was used by another quote takes that quote's speaker.
 */
export function findFloatingQuotes(ctx: QuoteContext): void {
  const ordered = [...ctx.candidates].sort((a, b) => a.start - b.start);
  let lastFloating: Candidate | null = null;
  for (let si = 0; si < ctx.spans.length; si++) {
    if (ctx.taken.has(si)) continue;
    const sp: QuotedSpan = ctx.spans[si];
    if (sp.single || words(ctx, sp) < MIN_FLOATING_WORDS) continue;
    let before: Candidate | null = null;
    // (an indefinite "someone" passes no speaker on: "… suggesting someone should question …")
    for (const c of ordered)
      if (c.end <= sp.open && !(c.speaker && isIndefiniteSpeaker(ctx.doc.text.slice(c.speaker.start, c.speaker.end))))
        before = c;
    // a quoted paragraph continues the last quotation, not an indirect claim reported since
    // ("…," Clinton said, … who claimed that …. "…")
    if (before && before.kind === 'indirect' && standsAlone(ctx, si)) {
      let quoted: Candidate | null = null;
      for (const c of ordered) if (c.end <= sp.open && c.kind !== 'indirect') quoted = c;
      // (a floating quotation read in this pass counts too, past a belief or a thought that is no one's
      // saying: "“…I had just written a piece …” But what is it about UKIP that attracts him? Many might
      // think it is … “I think the greatest threat …”"; after "She said she wished …" she goes on)
      const saying = sentenceSays(ctx, before);
      if (lastFloating && !saying && (!quoted || lastFloating.start > quoted.start)) quoted = lastFloating;
      if (quoted && ctx.paragraphOf(quoted.end) === ctx.paragraphOf(before.end)) before = quoted;
    }
    const alone = standsAlone(ctx, si);
    const para = ctx.paragraphOf(sp.open);
    const latest = lastFloating && (!before || before.end <= lastFloating.start) ? lastFloating : before;
    if (alone && latest && resumesFloatingQuote(ctx, latest, si)) {
      ctx.taken.add(si);
      latest.parts = [
        { start: latest.start, end: latest.end },
        { start: sp.start, end: sp.end },
      ];
      if (!latest.cue && attributionAfter(ctx, latest) === null) attributeBetween(ctx, latest, si);
      latest.end = sp.end;
      continue;
    }
    // ("combatting international terrorism, described by Mukherjee as "the biggest threat …"": a
    // fragment after the agent of a verb of describing is that agent's)
    const describer = alone ? undefined : describerBefore(ctx, si);
    if (describer) {
      ctx.taken.add(si);
      ctx.candidates.push(
        quoteCandidate({
          kind: 'mixed',
          start: sp.start,
          end: sp.end,
          cue: null,
          speaker: describer,
          rule: 'fragment-described-by',
          speakerRule: 'describing-agent',
        }),
      );
      continue;
    }
    const near = before && para - ctx.paragraphOf(before.end) <= (alone ? FLOATING_LINES : 0);
    if (!alone && !near) continue;
    ctx.taken.add(si);
    const floating = quoteCandidate({
      kind: alone ? 'direct' : 'mixed',
      start: sp.start,
      end: sp.end,
      cue: null,
      speaker: null,
      inheritFrom: near && before ? before : undefined,
      rule: alone ? 'floating-quote' : 'fragment-near-quote',
      speakerRule: near ? (alone ? 'floating' : 'same-sentence-speaker') : null,
    });
    ctx.candidates.push(floating);
    lastFloating = floating;
  }
}

/** The most words of the agent between "by" and "as". */
const MAX_DESCRIBER = 5;

/**
 * The agent of a verb of describing right before the quoted span si, past "as": "described by
 * Mukherjee as "…"" (a name, capitalised); else undefined.
 */
function describerBefore(ctx: QuoteContext, si: number): Phrase | undefined {
  const toks = ctx.doc.tokens;
  const open = ctx.openToken[si];
  if (toks[open - 1]?.lower !== 'as') return undefined;
  for (let by = open - 2; by > 0 && open - 2 - by <= MAX_DESCRIBER; by--) {
    if (toks[by].lower !== 'by') continue;
    const verb = toks[by - 1];
    if (verb.pos !== 'VERB' || !DESCRIBING.has(verb.lemma) || by + 1 > open - 2) return undefined;
    if (!/^\p{Lu}/u.test(toks[by + 1].text)) return undefined;
    return phrase(ctx.doc, by + 1, open - 1);
  }
  return undefined;
}
