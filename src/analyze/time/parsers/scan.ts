// Runs one compiled global regex over the text and turns each match into a candidate (or none).
import type { Candidate, ParseContext } from '../candidate.js';

/** A candidate for the match; `skip` drops that many leading characters from the span. */
export type Build = (
  m: RegExpExecArray,
  ctx: ParseContext,
) => (Omit<Candidate, 'start' | 'end'> & { skip?: number }) | null;

/**
 * Each match becomes a candidate spanning the match, or the `span` named group when there is one.
 * `needs`: a cheap regex that every match of `re` contains; a text without it is not scanned (speed).
 */
export function scan(ctx: ParseContext, re: RegExp, build: Build, needs?: RegExp): Candidate[] {
  if (needs && !needs.test(ctx.text)) return [];
  const out: Candidate[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const built = build(m, ctx);
    if (!built) continue;
    const { skip, ...c } = built;
    const inner = m.groups?.span;
    const start = (inner !== undefined ? m.index + m[0].indexOf(inner) : m.index) + (skip ?? 0);
    const end = inner !== undefined ? m.index + m[0].indexOf(inner) + inner.length : m.index + m[0].length;
    if (end > start) out.push({ ...c, start, end });
  }
  return out;
}

/** A word-bounded, case-insensitive, global regex. */
export function wordRegex(body: string): RegExp {
  return new RegExp(`(?<![\\w'’-])(?:${body})(?![\\w-])`, 'gi');
}
