// A sentence adverb set off by a comma at the end of a content is the writer's linking word, not
// what was said: "Lewis was criticizing [Trump], however", "Clinton rejected [that], too",
// "he did not concede [defeat], either". The content ends before its comma.
import type { QuoteContext } from './context.js';

/** Linking adverbs that close a sentence after a comma. */
const LINKING_ADVERBS = new Set(['however', 'too', 'either', 'though', 'instead', 'nonetheless', 'anyway']);

/** Ends each indirect content before a closing ", however" or ", too" (rule "+adverb-end"). */
export function dropClosingLinkingAdverbs(ctx: QuoteContext): void {
  const doc = ctx.doc;
  const toks = doc.tokens;
  for (const c of ctx.candidates) {
    if (c.kind === 'direct' || c.parts || !c.cue) continue;
    const last = doc.tokenIndexAt(c.end - 1);
    const adverb = toks[last];
    if (!adverb || adverb.end !== c.end || !LINKING_ADVERBS.has(adverb.lower) || ctx.inSpan[last] >= 0) continue;
    const comma = toks[last - 1];
    const before = toks[last - 2];
    if (comma?.text !== ',' || !before || before.start < c.start || ctx.inSpan[last - 1] >= 0) continue;
    c.end = before.end;
    c.rule += '+adverb-end';
  }
}
