// Finds the time expressions of a text and gives them TIMEX3 values against the reference date.
// Parsers propose candidates, refiners widen, merge and filter them; each result records its rule.
import type { Span, TimeValue } from '../types.js';
import type { Candidate, ParseContext, Parser } from './candidate.js';
import { parseReference } from './calendar.js';
import { alternation, lexicon } from './lexicon.js';
import { chronoParser } from './parsers/chrono.js';
import { anaphoricParser } from './parsers/anaphoric.js';
import { durationParser } from './parsers/duration.js';
import { holidayParser, NAME_BLOCK } from './parsers/holiday.js';
import { relativeParser } from './parsers/relative.js';
import { setParser } from './parsers/set.js';
import { vagueParser } from './parsers/vague.js';
import { yearParser } from './parsers/year.js';
import { resolveAnaphora } from './anaphora.js';
import { resolveOverlaps, trimEdges, widenModifiers } from './refine.js';

export const PARSERS: readonly Parser[] = [
  chronoParser,
  relativeParser,
  durationParser,
  setParser,
  yearParser,
  vagueParser,
  holidayParser,
  anaphoricParser,
];

const FUTURE_CUE = new RegExp(`(?<![\\w'’])(?:${alternation(lexicon.futureCues)})(?![\\w])`, 'i');
const QUARTER_WORD = /\b(?:quarter|quarterly|fiscal)\b/gi;
const FINANCIAL_WORD = /\b(?:net\s+income|a\s+share|revenue|earnings|profit)\b/i;
const SENTENCE_EDGE = /[.!?\n]/;

/** A financial report: quarters named twice, or once beside results ("third-quarter net income"). */
function isQuarterly(text: string): boolean {
  const quarters = text.match(QUARTER_WORD)?.length ?? 0;
  return quarters >= 2 || (quarters === 1 && FINANCIAL_WORD.test(text));
}

export interface FindOptions {
  /** The sentence around an offset; by default, the text between sentence punctuation. */
  sentenceAt?: (offset: number) => Span | undefined;
}

function punctuationSentence(text: string, offset: number): Span {
  let start = offset;
  const floor = Math.max(0, offset - 400);
  while (start > floor && !SENTENCE_EDGE.test(text[start - 1])) start--;
  let end = offset;
  const ceil = Math.min(text.length, offset + 400);
  while (end < ceil && !SENTENCE_EDGE.test(text[end])) end++;
  return { start, end };
}

export function findTimes(text: string, published: string | null, options: FindOptions = {}): TimeValue[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ref = parseReference(published);
  const sentenceAt = (offset: number): Span => options.sentenceAt?.(offset) ?? punctuationSentence(text, offset);
  const ctx: ParseContext = {
    text,
    ref,
    sentenceAt,
    futureAt(offset) {
      // the clause around the expression, not the whole sentence: "said Friday it will ..." is past
      const s = sentenceAt(offset);
      return FUTURE_CUE.test(text.slice(Math.max(s.start, offset - 80), Math.min(s.end, offset + 30)));
    },
    quarterly: isQuarterly(text),
  };
  let candidates: Candidate[] = [];
  for (const parse of PARSERS) {
    try {
      candidates.push(...parse(ctx));
    } catch {
      // a parser that fails on odd input loses its candidates, not the document
    }
  }
  candidates = widenModifiers(text, candidates).map((c) => trimEdges(text, c));
  const kept = resolveOverlaps(candidates.filter((c) => c.end > c.start)).filter((c) => c.rule !== NAME_BLOCK);
  return resolveAnaphora(kept).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    rule: c.rule,
  }));
}
