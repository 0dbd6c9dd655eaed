// Durations: "over four years" → P4Y, "ten years", "24 hours" → PT24H, "a decade" → P10Y,
// "the past two months" → P2M, "five-year" → P5Y, "several weeks" → PXW, "for years" → PXY.
// "for ten years" is a duration, never a date ten years on.
import type { Candidate, ParseContext } from '../candidate.js';
import { COUNT, VAGUE_COUNT, countValue, lexicon } from '../lexicon.js';
import { unitValue } from './relative.js';
import { type Build, scan, wordRegex } from './scan.js';

const APPROX = `about|nearly|almost|roughly|around|approximately|some|over|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|only|just|barely|well\\s+over|under`;
const DETERMINER = `the(?:\\s+(?:past|last|next|first|coming|previous|latest|final|following|remaining|entire|full|whole))?|(?:past|last|next|first|coming|previous|another|those|these)`;
const UNIT_WORDS = `seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries`;
const FILLER = `(?:\\s+(?:more|additional|full|straight|consecutive|trading|business|calendar|long))?`;

const VERB_BEFORE = /\b(?:could|would|will|may|might|can|should|must|to|did|does|do|not)\s+$/i;
/** "could last two weeks": "last" is the verb there, so the span starts after it. */
function skipVerbLast(m: RegExpExecArray, ctx: ParseContext): number {
  const lead = /^last\s+/i.exec(m[0]);
  if (!lead) return 0;
  return VERB_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) ? lead[0].length : 0;
}

/** TIMEX3 duration value for n units; fractional counts become the next unit down where they can. */
export function durationValue(n: number, unitWord: string): string | null {
  const code = lexicon.units[unitWord.toLowerCase()];
  if (!code) return null;
  const whole = Math.trunc(n);
  const half = n - whole >= 0.5;
  switch (code) {
    case 'S':
      return `PT${whole}S`;
    case 'M':
      if (/^minute/i.test(unitWord)) return half ? `PT${whole}M30S` : `PT${whole}M`;
      return half ? `P${whole}M15D` : `P${whole}M`;
    case 'H':
      return half ? `PT${whole}H30M` : `PT${whole}H`;
    case 'D':
      return half ? `P${whole}DT12H` : `P${whole}D`;
    case 'W':
      return `P${whole}W`;
    case 'Q':
      return `P${whole}Q`;
    case 'Y':
      return half ? `P${whole}Y6M` : `P${whole}Y`;
    case 'DE':
      return `P${Math.round(n * 10)}Y`;
    case 'CE':
      return `P${Math.round(n * 100)}Y`;
    case 'WE':
      return `P${2 * whole}D`;
    default:
      return null;
  }
}

/** The TIMEX3 letter for a unit of unknown count: PXY, PXM, PXD, PTXH ... */
export function vagueDurationValue(unitWord: string): string | null {
  const code = lexicon.units[unitWord.toLowerCase()];
  if (!code) return null;
  if (code === 'M' && /^minute/i.test(unitWord)) return 'PTXM';
  if (code === 'H' || code === 'S') return `PTX${code}`;
  if (code === 'DE') return 'PXDE';
  if (code === 'CE') return 'PXC';
  if (code === 'WE') return 'PXWE';
  return `PX${code}`;
}

// "(nearly) (the past) two (more) years (or so)", "two to three weeks"
const counted = wordRegex(
  `(?:(?:${APPROX})\\s+)?(?:(?:${DETERMINER})\\s+)?(${COUNT})(?:\\s+(?:to|or)\\s+(?:${COUNT}))?${FILLER}\\s+(${UNIT_WORDS})(?:\\s+or\\s+so)?`,
);
const RATE_BEFORE = /(?:[\d%]|\b(?:percent|times|dollars|cents|million|billion|flights|trips))\s*$/i;
const buildCounted: Build = (m, ctx) => {
  const n = countValue(m[1]);
  if (!Number.isFinite(n) || n <= 0) return null;
  if (n >= 1000 && !m[1].includes(',')) return null; // "the 1988 quarter": a year, not a count
  // "358,000 a month", "four flights a week": a rate, which TimeBank leaves untagged
  if (/^an?$/i.test(m[1]) && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return null;
  const value = durationValue(n, m[2].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') || m[2]);
  return value ? { type: 'DURATION', value, rule: 'duration-count', priority: 2, skip: skipVerbLast(m, ctx) } : null;
};

// "five-year", "52-week", "two-day", "16-hour", "8-month-old"
const hyphenated = wordRegex(`(${COUNT})-(second|minute|hour|day|week|month|year|decade)(?=-old\\b|[^\\w-]|$)`);
const buildHyphenated: Build = (m) => {
  const n = countValue(m[1]);
  if (!Number.isFinite(n) || n <= 0) return null;
  const value = durationValue(n, m[2]);
  return value ? { type: 'DURATION', value, rule: 'duration-adjective', priority: 2 } : null;
};

// "several years", "a few days", "the next few weeks", "recent months", "coming years"
const vague = wordRegex(
  `(?:(?:the|these|those)\\s+)?(?:(?:past|last|next|first|coming|previous)\\s+)?(?:${VAGUE_COUNT})\\s+(${UNIT_WORDS})`,
);
const buildVague: Build = (m, ctx) => {
  const unit = m[1].toLowerCase();
  if (!/s$/.test(unit) && unit !== 'century') return null; // "some day", "a few year" are not durations
  // "in recent years", "in coming months": TimeBank reads these as vague past and future dates
  if (/^recent\s/i.test(m[0])) return { type: 'DATE', value: 'PAST_REF', rule: 'recent-units', priority: 2 };
  if (/^coming\s/i.test(m[0])) return { type: 'DATE', value: 'FUTURE_REF', rule: 'coming-units', priority: 2 };
  const value = vagueDurationValue(unit.replace(/ies$/, 'y').replace(/s$/, ''));
  return value ? { type: 'DURATION', value, rule: 'duration-vague', priority: 2, skip: skipVerbLast(m, ctx) } : null;
};

// "for years", "in weeks", "over the years", "within hours": a bare plural unit after a preposition
const bare = wordRegex(
  `(?:for|in|over|within|after|from)\\s+(?<span>(?:the\\s+)?(years|months|weeks|days|decades|centuries|hours|minutes))`,
);
const buildBare: Build = (m) => {
  const value = vagueDurationValue(m[2].toLowerCase().replace(/ies$/, 'y').replace(/s$/, ''));
  return value ? { type: 'DURATION', value, rule: 'duration-bare', priority: 1 } : null;
};

// "the past year", "the last decade", "the next month", "a full year": one unit, counted by its article
const single = wordRegex(
  `(?:(?:${APPROX})\\s+)?(?:the\\s+(?:past|last|next|coming|previous|entire|whole|full)|past|an?(?:\\s+(?:full|additional|whole))?)\\s+(year|month|week|decade|century|day|hour|minute)`,
);
const buildSingle: Build = (m, ctx) => {
  // "a year" after a price or rate is a frequency ("$5 a year"), a set, not a duration
  const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
  if (/^an?\s/i.test(m[0]) && RATE_BEFORE.test(before)) return null;
  // "in the past year": TimeBank dates it, to the calendar year before the reference
  if (/(?:^|\s)the\s+(?:past|last)\s+year$/i.test(m[0])) {
    const date = unitValue(ctx.ref, m[1].toLowerCase(), -1);
    if (date) return { type: 'DATE', value: date, rule: 'the-past-unit', priority: 1 };
  }
  const value = durationValue(1, m[1]);
  return value ? { type: 'DURATION', value, rule: 'duration-single', priority: 1 } : null;
};

export function durationParser(ctx: ParseContext): Candidate[] {
  return [
    ...scan(ctx, counted, buildCounted),
    ...scan(ctx, hyphenated, buildHyphenated, /-(?:second|minute|hour|day|week|month|year|decade)/i),
    ...scan(ctx, vague, buildVague),
    ...scan(ctx, bare, buildBare),
    ...scan(ctx, single, buildSingle),
  ];
}
