// The time lexicon (data/lexicons/time.json), loaded once, with the regex alternations built from it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A holiday: a fixed month and day, the nth weekday of a month (on or after `from`; nth -1 the last), or days from Easter. */
export interface Holiday {
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
  from?: number;
  easter?: number;
}

export interface TimeLexicon {
  numbers: Record<string, number>;
  vagueQuantities: string[];
  units: Record<string, string>;
  months: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, string>;
  seasonOrder: string[];
  partsOfDay: Record<string, string>;
  ordinals: Record<string, number>;
  sets: Record<string, string>;
  vague: Record<string, string>;
  futureCues: string[];
  /** Words that put a bare weekday ahead ("planned ... on Saturday"). */
  weekdayFutureCues: string[];
  /** Irregular past-tense verbs: "said Friday" is the Friday just past. */
  pastVerbs: string[];
  holidays: Record<string, Holiday>;
}

/** Finds data/lexicons/NAME walking up from this module (it runs from dist/src/analyze/time). */
function lexiconPath(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'lexicons', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`lexicon ${name} not found`);
}

export const lexicon: TimeLexicon = JSON.parse(readFileSync(lexiconPath('time.json'), 'utf8')) as TimeLexicon;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Alternation of the words, longest first so that "a couple of" wins over "a". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

export const NUMBER_WORD = alternation(Object.keys(lexicon.numbers).filter((w) => w !== 'a' && w !== 'an'));
/** A count: digits (with thousands separators or a fraction), or number words ("twenty four", "twenty-four"). */
// ("two and a half hours": a half after a count adds to it)
export const COUNT = `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+1\\/2)?|(?:${NUMBER_WORD})(?:[\\s-]+(?:${NUMBER_WORD}))*)(?:\\s+and\\s+a\\s+half)?|an?)`;
export const VAGUE_COUNT = alternation(lexicon.vagueQuantities);
export const UNIT = alternation(Object.keys(lexicon.units));
export const MONTH = alternation(Object.keys(lexicon.months));
export const WEEKDAY = alternation(Object.keys(lexicon.weekdays));
export const SEASON = alternation(Object.keys(lexicon.seasons));
export const PART_OF_DAY = alternation(Object.keys(lexicon.partsOfDay));
export const ORDINAL = alternation(Object.keys(lexicon.ordinals));

/** The value of a count written in digits or words; NaN when it is not one. */
export function countValue(raw: string): number {
  const s = raw.toLowerCase().replace(/,/g, '').trim();
  const body = s.replace(/\s+(?:1\/2|and\s+a\s+half)$/, '');
  const half = body !== s;
  if (/^\d+(\.\d+)?$/.test(body)) return +body + (half ? 0.5 : 0);
  const direct = lexicon.numbers[body.replace(/\s+/g, ' ')];
  if (direct !== undefined) return direct + (half ? 0.5 : 0);
  // "twenty four", "twenty-four", "two hundred", "two thousand"
  let total = 0;
  let current = 0;
  for (const w of body.split(/[\s-]+/)) {
    if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w === 'hundred') current = (current || 1) * 100;
    else {
      const n = lexicon.numbers[w];
      if (n === undefined) return NaN;
      current += n;
    }
  }
  return total + current + (half ? 0.5 : 0);
}
