// A time expression found by one parser, before the refiners merge and filter the candidates.
import type { TimeType } from '../types.js';
import type { Day } from './calendar.js';

export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  value: string;
  rule: string;
  /** Breaks ties between overlapping candidates of the same length: higher wins. */
  priority: number;
  /** A date told against the story's time ("later that year"): its unit and shift from the last date mentioned. */
  anaphor?: { unit: 'day' | 'week' | 'month' | 'year'; shift: number; part?: string };
}

/** What every parser receives: the text, the reference date, and a view of the sentence around an offset. */
export interface ParseContext {
  text: string;
  ref: Day | null;
  /** The sentence span containing the offset (from the document's sentences, or a punctuation fallback). */
  sentenceAt(offset: number): { start: number; end: number };
  /** Whether the sentence around the offset speaks of the future ("will", "next", "scheduled" ...). */
  futureAt(offset: number): boolean;
  /** Whether the document reads like a financial report (quarters), where "a year ago" means that quarter. */
  quarterly: boolean;
}

export type Parser = (ctx: ParseContext) => Candidate[];
