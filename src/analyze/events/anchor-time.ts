// The time of an event: the time expression of doc.times in its clause, else in its sentence;
// the nearest one, preferring one after the trigger ("will travel to Russia this month").
import type { ArticleDocument, Sentence } from '../document.js';
import type { Span, TimeValue } from '../types.js';

/** The time expressions of a sentence that can anchor an event (not SETs), found once per sentence. */
export function sentenceTimes(doc: ArticleDocument, s: Sentence): TimeValue[] {
  return doc.times.filter((t) => t.start >= s.start && t.end <= s.end && t.type !== 'SET');
}

export function anchorTime(inSentence: TimeValue[], trigger: Span, clause: Span): TimeValue | null {
  if (!inSentence.length) return null;
  const inClause = inSentence.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const pool = inClause.length ? inClause : inSentence;
  const distance = (t: TimeValue) => (t.start >= trigger.end ? t.start - trigger.end : (trigger.start - t.end) * 1.5);
  let best: TimeValue | null = null;
  for (const t of pool) if (!best || distance(t) < distance(best)) best = t;
  return best ? { ...best } : null;
}
