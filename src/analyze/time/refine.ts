// Refiners, after chrono's design: widen spans to the modifiers TimeBank keeps inside them
// ("Late last month", "early September", "mid-November", "the end of the year"), then keep the
// longest of overlapping candidates (ties: the parser with the higher priority, then the earlier).
import type { Candidate } from './candidate.js';

const MODIFIER_BEFORE =
  /(?:(?:^|[^\w'’-])((?:the\s+)?(?:very\s+)?(?:(?:early|late|mid|earlier|later|beginning\s+of|start\s+of|end\s+of|middle\s+of|rest\s+of|remainder\s+of|close\s+of)(?:\s+the)?)(?:\s+|-)))$/i;

/** Widens DATE and TIME candidates over a modifier right before them. */
export function widenModifiers(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'DATE' && c.type !== 'TIME') return c;
    if (/^(PRESENT|PAST|FUTURE)_REF$/.test(c.value)) return c;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const m = MODIFIER_BEFORE.exec(before);
    if (!m) return c;
    // "the end of the year": the article before "year" belongs to the modifier phrase
    return { ...c, start: c.start - m[1].length, rule: `${c.rule}+modifier` };
  });
}

/** Drops a leading "the" the span cannot keep ("the" before "the end of" is fine), and stray edges. */
export function trimEdges(text: string, c: Candidate): Candidate {
  let { start, end } = c;
  while (start < end && /[\s,.;:]/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

/** Non-overlapping candidates: longest first, then by priority, then leftmost. */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of order) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
