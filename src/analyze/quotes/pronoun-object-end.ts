// Pronoun contents that end at the pronoun: a personal pronoun as a cue's object ("described it in
// print", "ultimately appointed him by acclamation", "should vote for him in the hope that …") takes
// no modifier of its own, so "in" or "by" after it opens an adjunct of the cue's verb (where, how,
// by whom), not more of what was said. A full noun phrase is left alone: PolNeAR keeps its adjuncts
// about as often as it drops them ("Gov. John Kasich of Ohio in the Republican primary", "the idea of
// such a database on Thursday" against "Canova in late May"), and the boundary model weighs those.
import type { Candidate, QuoteContext } from './context.js';

/** Rules whose content may be a verb's or preposition's object. */
export const OBJECT_CONTENT_RULE = /^cue-(object|prep-verb|model|participle|speech)/;

/** Personal pronouns in the object case: a whole noun phrase by themselves. */
const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'us', 'me']);

/**
 * Prepositions that open an adjunct of the verb after a pronoun object. Not "for", "as", "of", "to",
 * "about", "on", "at", which complete cues ("praised her for …", "described it as …", "hit him on
 * trade", "valued him at $2.9 billion"): on the PolNeAR tune part, ending at those or at a time
 * expression ("him on Monday") lost as many quotes as it won.
 */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'by']);

/** The token after a pronoun object content starting at token `first`, or -1 when it runs on. */
function pronounObjectEnd(ctx: QuoteContext, c: Candidate, first: number): number {
  const toks = ctx.doc.tokens;
  const pron = toks[first];
  if (!pron || pron.pos !== 'PRON' || !OBJECT_PRONOUNS.has(pron.lower) || ctx.inSpan[first] >= 0) return -1;
  const next = toks[first + 1];
  if (!next || next.start >= c.end || ctx.inSpan[first + 1] >= 0 || !ADJUNCT_PREPOSITIONS.has(next.lower)) return -1;
  // "called them in an article last week ''Manchurian anchors''": a later quotation is the cue's
  // complement, which the content keeps
  for (let j = first + 2; j < toks.length && toks[j].start < c.end; j++) if (ctx.inSpan[j] >= 0) return -1;
  return first + 1;
}

/** Ends each pronoun-object content at its pronoun (rule "+np-end"). */
export function endPronounObjects(ctx: QuoteContext): void {
  const doc = ctx.doc;
  for (const c of ctx.candidates) {
    if (c.kind === 'direct' || c.parts || !c.cue || !OBJECT_CONTENT_RULE.test(c.rule)) continue;
    const e = pronounObjectEnd(ctx, c, doc.tokenIndexAt(c.start));
    if (e < 0) continue;
    c.end = doc.tokens[e - 1].end;
    c.rule += '+np-end';
  }
}
