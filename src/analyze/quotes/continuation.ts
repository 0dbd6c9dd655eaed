// Multi-paragraph quotes: a paragraph that opens a quote and never closes it continues in the next
// paragraph that opens with a quotation mark. The pieces are one quotation with one speaker, so the
// candidates found for them paragraph by paragraph are joined into one. A continued paragraph no rule
// read (its marks missing, or the first paragraph read as a reported statement) joins the first's.
import type { Span } from '../types.js';
import type { Candidate, QuoteContext } from './context.js';

/** Joins the candidates of each chain of continued paragraphs (spans i → i+1 → …) into one. */
export function joinContinuedQuotes(ctx: QuoteContext): void {
  const { spans } = ctx;
  const byEnd = new Map<number, Candidate>();
  const byStart = new Map<number, Candidate>();
  for (const c of ctx.candidates) {
    byEnd.set(c.end, c);
    byStart.set(c.start, c);
  }
  const dropped = new Set<Candidate>();
  const replacedBy = new Map<Candidate, Candidate>();
  for (let i = 0; i + 1 < spans.length; i++) {
    if (!spans[i].continues || !spans[i + 1].continuation) continue;
    const first = byEnd.get(spans[i].end) ?? endingNear(ctx.candidates, spans[i]);
    const next = byStart.get(spans[i + 1].start);
    if (first && !next && first.cue !== null && !overlapsAny(ctx.candidates, spans[i + 1])) {
      // no rule read the continued paragraph: it is the rest of the attributed quotation
      first.parts = [
        ...(first.parts ?? [{ start: first.start, end: first.end }]),
        { start: spans[i + 1].start, end: spans[i + 1].end },
      ];
      first.end = spans[i + 1].end;
      byEnd.set(first.end, first);
      continue;
    }
    if (!first || !next || first === next || dropped.has(first) || dropped.has(next)) continue;
    // the piece with the attribution keeps it; a piece with its own cue is a quote of its own
    const [keep, join] = next.cue === null ? [first, next] : first.cue === null ? [next, first] : [null, null];
    if (!keep || !join) continue;
    const pieces = [
      ...(first.parts ?? [{ start: first.start, end: first.end }]),
      ...(next.parts ?? [{ start: next.start, end: next.end }]),
    ];
    keep.start = first.start;
    keep.end = next.end;
    keep.parts = pieces;
    dropped.add(join);
    replacedBy.set(join, keep);
    byEnd.set(keep.end, keep);
    byStart.set(keep.start, keep);
  }
  if (dropped.size === 0) return;
  const survivors = ctx.candidates.filter((c) => !dropped.has(c));
  for (const c of survivors) {
    let from = c.inheritFrom;
    while (from && replacedBy.has(from)) from = replacedBy.get(from);
    if (from === c) {
      c.inheritFrom = undefined;
    } else c.inheritFrom = from;
  }
  ctx.candidates.splice(0, ctx.candidates.length, ...survivors);
}

/** How far before a quoted span's end a candidate covering it may stop (a closing period, a mark). */
const END_SLACK = 2;

/**
 * The candidate that ends the quoted paragraph where the rules cut it a little short: an indirect
 * reading of `said "I will … irresponsible.` stops before the period the quoted span keeps.
 */
function endingNear(candidates: readonly Candidate[], span: Span): Candidate | undefined {
  return candidates.find((c) => c.end > span.start && c.end < span.end && c.end >= span.end - END_SLACK);
}

const overlapsAny = (candidates: readonly Candidate[], span: Span): boolean =>
  candidates.some((c) => c.start < span.end && c.end > span.start);
