// The terms a source spoke on are no claim of theirs: "asked not to be named because …", "declined
// to be identified", "requested anonymity". Before, "to be named because he was not authorized to
// speak publicly" was a quote of the official's.
import type { QuoteContext } from './context.js';

/** Contents that state a wish to stay unnamed. */
const UNNAMED = /^(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b|^anonymity\b/i;
/** Cues of asking for it. */
const ASKING = new Set(['ask', 'request', 'decline', 'insist', 'demand']);

export function dropAnonymityTerms(ctx: QuoteContext): void {
  const { doc } = ctx;
  ctx.keepCandidates((c) => {
    if (!c.cue || !UNNAMED.test(doc.text.slice(c.start, c.end))) return true;
    const cue = doc.tokens[doc.tokenIndexAt(c.cue.start)];
    return !ASKING.has(cue.lemma);
  });
}
