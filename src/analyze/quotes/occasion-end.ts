// Noun-phrase contents that end before the occasion of the saying: "touted his endorsement | on its
// Facebook page", "explained his reasoning | in an appearance on CBS's Face the Nation", "praised
// Boyle | at a press conference in Hanahan", "talking about immigration | in the fifth Republican
// debate". A prepositional phrase whose noun is a speech, an appearance or a medium says where or how
// the cue's verb was done, not more of its object. A clause is left alone ("said some of Clinton's
// rhetoric on the campaign trail has been patronizing" keeps its own adjuncts), as is a content whose
// occasion a clause, a quotation or another cue follows.
import type { Token } from '../document.js';
import type { Candidate, QuoteContext } from './context.js';
import { OBJECT_CONTENT_RULE } from './pronoun-object-end.js';

/** Prepositions that put a saying on an occasion: in a speech, on Twitter, at a rally, during a debate. */
const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);

/** Nouns of the occasions and media of what people say. */
const OCCASION_NOUNS = new Set([
  'speech',
  'speeches',
  'remarks',
  'statement',
  'debate',
  'debates',
  'interview',
  'interviews',
  'appearance',
  'rally',
  'rallies',
  'conference',
  'hearing',
  'town',
  'forum',
  'twitter',
  'facebook',
  'page',
  'account',
  'accounts',
  'trail',
  'stage',
  'op-ed',
  'column',
  'tweet',
  'tweets',
  'post',
  'broadcast',
  'testimony',
  'address',
]);

/** Tags of the words a noun-phrase content may hold before its occasion (no verb: no clause). */
const PHRASE_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART', 'ADP', 'CCONJ', 'PUNCT']);

/** Tags of the words before an occasion's noun ("his opening statement", "CBS's Face the Nation"). */
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PRON', 'NOUN']);

/**
 * The token of the occasion noun heading the phrase after the preposition at p, or -1: within six
 * words, and not itself the modifier of a noun after it ("on the debate stage" is headed by "stage").
 */
function occasionHead(toks: readonly Token[], p: number, end: number): number {
  for (let k = p + 1; k < end && k - p <= 6; k++) {
    const t = toks[k];
    if (OCCASION_NOUNS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const next = toks[k + 1];
      if (!(next && next.start < toks[end - 1].end && next.pos === 'NOUN')) return k;
    }
    if (!MODIFIER_TAGS.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * Whether the words after the occasion's head up to `end` only say more of the occasion: no clause
 * ("some of Clinton's rhetoric on the campaign trail has been patronizing" is a clause; "asked her
 * during a Facebook chat if she would …" asks the "if"), no quotation, and no other cue whose content
 * the cut would set loose ("posted comments on Facebook about …"); a participle right after the head
 * describes it ("in his speech announcing his run").
 */
function restIsAdjunct(ctx: QuoteContext, c: Candidate, from: number, end: number): boolean {
  const toks = ctx.doc.tokens;
  for (let j = from; j < end; j++) {
    const t = toks[j];
    if (ctx.inSpan[j] >= 0 || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB' && !(j === from && /ing$/.test(t.lower))) return false;
  }
  const lo = toks[from - 1].start;
  return !ctx.candidates.some(
    (o) => o !== c && o.cue && o.cue.start >= c.start && o.cue.start < c.end && o.start >= lo,
  );
}

/** The token where a noun-phrase content from `first` ends before an occasion phrase, or -1. */
function occasionEnd(ctx: QuoteContext, c: Candidate, first: number): number {
  const toks = ctx.doc.tokens;
  const end = ctx.doc.tokenIndexAt(c.end - 1) + 1;
  // (a that-clause or an infinitive is a clause of its own; a pronoun object is pronoun-object-end.ts's,
  // and the complement its cue takes keeps what follows it: "praised her for her courage in the debate")
  const pronounObject = toks[first]?.pos === 'PRON' && toks[first + 1]?.pos === 'ADP';
  if (toks[first]?.lower === 'that' || toks[first]?.lower === 'to' || pronounObject) return -1;
  for (let p = first + 1; p < end; p++) {
    const t = toks[p];
    if (ctx.inSpan[p] >= 0) return -1;
    if (OCCASION_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') {
      const head = occasionHead(toks, p, end);
      if (head > 0) return restIsAdjunct(ctx, c, head + 1, end) ? p : -1;
    }
    if (!PHRASE_TAGS.has(t.pos)) return -1;
  }
  return -1;
}

/** Ends each noun-phrase content before the occasion of its saying (rule "+occasion-end"). */
export function endObjectsBeforeOccasions(ctx: QuoteContext): void {
  const doc = ctx.doc;
  for (const c of ctx.candidates) {
    if (c.kind === 'direct' || c.parts || !c.cue || !OBJECT_CONTENT_RULE.test(c.rule)) continue;
    const first = doc.tokenIndexAt(c.start);
    const e = occasionEnd(ctx, c, first);
    if (e <= first) continue;
    c.end = doc.tokens[e - 1].end;
    c.rule += '+occasion-end';
  }
}
