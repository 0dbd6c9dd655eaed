// Dates relative to the reference date, at the granularity the words give (TIMEX3 style):
// "today", "yesterday morning", "last month" → 2023-08, "this week" → 2023-W36, "next year",
// "two weeks ago", "a year earlier", "the third quarter" → 2023-Q3, "last summer", "last July".
import type { Candidate, ParseContext } from '../candidate.js';
import {
  type Day,
  addDays,
  addMonths,
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  quarterOf,
  weekday,
} from '../calendar.js';
import { COUNT, MONTH, ORDINAL, PART_OF_DAY, SEASON, countValue, lexicon } from '../lexicon.js';
import { type Build, scan, wordRegex } from './scan.js';

type Shift = -1 | 0 | 1;
const shiftOf = (w: string | undefined): Shift => {
  const s = (w ?? '').toLowerCase();
  if (/^(last|past|previous|prior)$/.test(s)) return -1;
  if (/^(next|coming|following)$/.test(s)) return 1;
  return 0;
};

/** The value of the week, month, year ... `shift` units away from the reference. */
export function unitValue(ref: Day | null, unit: string, shift: number): string | null {
  switch (unit) {
    case 'day':
      return ref ? fmtDay(addDays(ref, shift)) : 'XXXX-XX-XX';
    case 'week':
      return fmtWeek(ref ? addDays(ref, 7 * shift) : null);
    case 'weekend': {
      // the weekend just past on Monday to Thursday; the coming one from Friday on
      if (!ref) return 'XXXX-WXX-WE';
      const base = weekday(ref) <= 4 && shift === 0 ? addDays(ref, -7) : ref;
      return `${fmtWeek(addDays(base, 7 * shift))}-WE`;
    }
    case 'month': {
      if (!ref) return 'XXXX-XX';
      const d = addMonths(ref, shift);
      return fmtMonth(d.y, d.m);
    }
    case 'quarter': {
      if (!ref) return 'XXXX-QX';
      const q = quarterOf(ref) - 1 + shift;
      const y = ref.y + Math.floor(q / 4);
      return fmtQuarter(y, (((q % 4) + 4) % 4) + 1);
    }
    case 'year':
      return fmtYear(ref ? ref.y + shift : null);
    default:
      return null;
  }
}

/** The quarter a financial report speaks of: the last one ended before the reference, give or take. */
function reportQuarter(ref: Day | null, yearsBack: number): string {
  if (!ref) return 'XXXX-QX';
  const d = addDays(ref, -45);
  return fmtQuarter(d.y - yearsBack, quarterOf(d));
}

const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

const deictic = wordRegex(`(today|yesterday|tomorrow|tonight)(?:\\s+(${PART_OF_DAY}))?`);
const buildDeictic: Build = (m, ctx) => {
  const word = m[1].toLowerCase();
  const part = m[2] ? lexicon.partsOfDay[m[2].toLowerCase()] : word === 'tonight' ? 'NI' : null;
  const date = ctx.ref ? fmtDay(addDays(ctx.ref, DAY_WORDS[word])) : 'XXXX-XX-XX';
  return part
    ? { type: 'TIME', value: `${date}T${part}`, rule: 'deictic-day+part', priority: 2 }
    : { type: 'DATE', value: date, rule: 'deictic-day', priority: 2 };
};

// "this morning", "last night", "this afternoon"
const partOfToday = wordRegex(`(this|last)\\s+(${PART_OF_DAY})`);
const buildPartOfToday: Build = (m, ctx) => {
  const back = m[1].toLowerCase() === 'last' ? -1 : 0;
  const date = ctx.ref ? fmtDay(addDays(ctx.ref, back)) : 'XXXX-XX-XX';
  return { type: 'TIME', value: `${date}T${lexicon.partsOfDay[m[2].toLowerCase()]}`, rule: 'part-of-day', priority: 2 };
};

// "last month", "this week", "next year", "earlier this month", "the coming year", "the past weekend"
const relativeUnit = wordRegex(
  `(?:(earlier|later)\\s+)?(last|this|next|past|coming|previous|current|following)\\s+(week|weekend|month|quarter|year)`,
);
const buildRelativeUnit: Build = (m, ctx) => {
  const shift = m[2].toLowerCase() === 'past' && m[3].toLowerCase() !== 'weekend' ? null : shiftOf(m[2]);
  if (shift === null) return null; // "past year" is a duration
  const value = unitValue(ctx.ref, m[3].toLowerCase(), shift);
  return value ? { type: 'DATE', value, rule: 'relative-unit', priority: 2 } : null;
};

// "two weeks ago", "a year earlier", "three days later", "months ago"
// what every match of `ago` holds: a unit and its direction word
const AGO_NEEDS = /(?:day|week|month|quarter|year|decade)s?\s+(?:ago|earlier|before|later|after|hence|from now)/i;
const ago = wordRegex(
  `((?:(?:about|nearly|almost|some|more than|less than|over|around|roughly|just|only)\\s+)?(?:${COUNT}|a few|several|many)?\\s*(?:[\\s-])?(day|week|month|quarter|year|decade)s?)\\s+(ago|earlier|before|later|after|hence|from now)(?![\\w-])`,
);
const buildAgo: Build = (m, ctx) => {
  const countText = m[1]
    .replace(/^(?:about|nearly|almost|some|more than|less than|over|around|roughly|just|only)\s+/i, '')
    .replace(/[\s-]*(?:day|week|month|quarter|year|decade)s?$/i, '')
    .trim();
  // "the days before the shooting", "a week after": relative to another event, not to the reference
  if (/^(later|after|before)$/i.test(m[3])) return null;
  const direction = /^(ago|earlier)$/i.test(m[3]) ? -1 : 1;
  const n = countText ? countValue(countText) : NaN;
  const unit = m[2].toLowerCase();
  if (!Number.isFinite(n))
    return { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'vague-ago', priority: 2 };
  if (unit === 'year' && n === 1 && ctx.quarterly && direction < 0)
    return { type: 'DATE', value: reportQuarter(ctx.ref, 1), rule: 'year-ago-quarter', priority: 2 };
  const ref = ctx.ref;
  let value: string | null;
  if (unit === 'decade') value = ref ? fmtYear(ref.y + direction * 10 * n) : 'XXXX';
  else if (unit === 'quarter') value = unitValue(ref, 'quarter', direction * n);
  else value = unitValue(ref, unit, direction * n);
  if (value && unit === 'year' && ref && n !== Math.trunc(n)) value = fmtYear(ref.y - Math.ceil(n));
  return value ? { type: 'DATE', value, rule: 'ago', priority: 2 } : null;
};

// "year-earlier", "the year-ago quarter", "the year-earlier period", "the corresponding period last year"
const yearEarlier = wordRegex(
  `(?:the\\s+)?(?:year-earlier|year-ago|year\\s+earlier|prior-year|corresponding|comparable|same)(?:\\s+(?:${ORDINAL}|fiscal))?(?:\\s+(?:quarter|period|nine months|six months|three months))?(?:\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year))?`,
);
const buildYearEarlier: Build = (m, ctx) => {
  const text = m[0].toLowerCase();
  if (/^(?:the\s+)?(?:corresponding|comparable|same)$/.test(text)) return null;
  if (
    /^(?:the\s+)?(?:corresponding|comparable|same)\s+(?:quarter|period|nine months|six months|three months)$/.test(text)
  )
    return null; // "the same period" alone says nothing of which year
  return { type: 'DATE', value: reportQuarter(ctx.ref, 1), rule: 'year-earlier', priority: 2 };
};

// "the third quarter", "third-quarter", "the fourth quarter of 1988", "this year's second quarter"
const quarter = wordRegex(
  `(?:(?:the|this\\s+year's|last\\s+year's|next\\s+year's)\\s+)?(?:(?<year>\\d{4})\\s+)?(?:(${ORDINAL})(?:\\s+|-)(?:fiscal\\s+)?quarter|(?:latest|current|most\\s+recent|recent|past)\\s+quarter|quarter)(?:\\s+(?:of|in)\\s+(?:fiscal\\s+)?(\\d{4}))?`,
);
const buildQuarter: Build = (m, ctx) => {
  const text = m[0].toLowerCase();
  const ref = ctx.ref;
  if (!m[2]) {
    if (m.groups?.year) return { type: 'DATE', value: `${m.groups.year}-QX`, rule: 'quarter-of-year', priority: 3 };
    if (text === 'quarter') return null; // a bare noun: "a quarter of the vote"
    if (/^the\s+quarter$/.test(text) || /latest|recent|past|current/.test(text))
      return {
        type: 'DATE',
        value: /current/.test(text) ? unitValue(ref, 'quarter', 0)! : reportQuarter(ref, 0),
        rule: 'the-quarter',
        priority: 2,
      };
    return null;
  }
  const q = lexicon.ordinals[m[2].toLowerCase()];
  if (m.groups?.year)
    return { type: 'DATE', value: fmtQuarter(+m.groups.year, q), rule: 'quarter-of-year', priority: 3 };
  if (m[3]) return { type: 'DATE', value: fmtQuarter(+m[3], q), rule: 'quarter-of-year', priority: 3 };
  if (!ref) return { type: 'DATE', value: fmtQuarter(null, q), rule: 'quarter', priority: 2 };
  let y = ref.y;
  if (/last\s+year's/.test(text)) y -= 1;
  else if (/next\s+year's/.test(text)) y += 1;
  else if (!/this\s+year's/.test(text) && q > quarterOf(ref) && !ctx.futureAt(m.index)) y -= 1;
  return { type: 'DATE', value: fmtQuarter(y, q), rule: 'quarter', priority: 2 };
};

// "winter", "last summer", "this fall", "the spring of 1998"
const SEASON_NEEDS = new RegExp(SEASON, 'i');
const season = wordRegex(`(?:(last|this|next|the)\\s+)?(${SEASON})(?:\\s+(?:of\\s+)?(\\d{4}))?`);
const buildSeason: Build = (m, ctx) => {
  const code = lexicon.seasons[m[2].toLowerCase()];
  // "fall" and "spring" are verbs and nouns too: alone, they need a season word before them
  if (!m[1] && !m[3] && /^(fall|spring)$/i.test(m[2])) return null;
  const ref = ctx.ref;
  let y: number | null = m[3] ? +m[3] : ref ? ref.y : null;
  if (!m[3] && y !== null && ref) {
    const w = (m[1] ?? '').toLowerCase();
    const order = lexicon.seasonOrder;
    if (w === 'last') y -= 1;
    else if (w === 'next' && order.indexOf(code) <= order.indexOf(seasonOf(ref))) y += 1;
  }
  return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: 'season', priority: 2 };
};
function seasonOf(ref: Day): string {
  return ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][ref.m - 1];
}

// "last July", "next March", "this September" (bare month names are chrono's)
const monthWithShift = wordRegex(`(last|next|this)\\s+(${MONTH})\\.?`);
const buildMonthWithShift: Build = (m, ctx) => {
  if (m[2][0] !== m[2][0].toUpperCase()) return null;
  const month = lexicon.months[m[2].toLowerCase()];
  const ref = ctx.ref;
  if (!ref) return { type: 'DATE', value: fmtMonth(null, month), rule: 'month-shift', priority: 3 };
  const w = m[1].toLowerCase();
  let y = ref.y;
  if (w === 'last' && month >= ref.m) y -= 1;
  if (w === 'next' && month <= ref.m) y += 1;
  return { type: 'DATE', value: fmtMonth(y, month), rule: 'month-shift', priority: 3 };
};

// "the weekend", "the week", "the year", "the latest period", "the fiscal year", "year-end"
const definiteUnit = wordRegex(
  `the\\s+(?:(latest|most\\s+recent|current|full|fiscal|calendar|same)\\s+)?(?:(fiscal)\\s+)?(weekend|week|year|period)|year[-\\s]end|year's\\s+end`,
);
const buildDefiniteUnit: Build = (m, ctx) => {
  const text = m[0].toLowerCase();
  const ref = ctx.ref;
  if (/^year/.test(text)) return { type: 'DATE', value: unitValue(ref, 'year', 0)!, rule: 'year-end', priority: 2 };
  const adjective = (m[1] ?? '').toLowerCase();
  const unit = m[3].toLowerCase();
  if (adjective === 'same') return null;
  if (unit === 'period')
    return /latest|recent/.test(adjective)
      ? { type: 'DATE', value: reportQuarter(ref, 0), rule: 'latest-period', priority: 2 }
      : null;
  if (unit === 'year') {
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "the year ended March 31" is the twelve months up to then
    if (/^\s+(?:ended|ending|to\s+date)\b/i.test(after))
      return { type: 'DURATION', value: 'P1Y', rule: 'the-year-ended', priority: 2 };
    const shift = /latest/.test(adjective) ? -1 : 0;
    return { type: 'DATE', value: unitValue(ref, 'year', shift)!, rule: 'the-year', priority: 1 };
  }
  if (adjective && adjective !== 'current') return null;
  const value = unitValue(ref, unit, 0);
  return value ? { type: 'DATE', value, rule: 'the-unit', priority: 1 } : null;
};

// "January this year", "July last year", "March next year"
const monthOfRelativeYear = wordRegex(`(${MONTH})\\.?\\s+(?:of\\s+)?(last|this|next)\\s+year`);
const buildMonthOfRelativeYear: Build = (m, ctx) => {
  if (m[1][0] !== m[1][0].toUpperCase()) return null;
  const month = lexicon.months[m[1].toLowerCase()];
  const y = ctx.ref ? ctx.ref.y + shiftOf(m[2]) : null;
  return { type: 'DATE', value: fmtMonth(y, month), rule: 'month-of-relative-year', priority: 3 };
};

export function relativeParser(ctx: ParseContext): Candidate[] {
  return [
    ...scan(ctx, definiteUnit, buildDefiniteUnit),
    ...scan(ctx, monthOfRelativeYear, buildMonthOfRelativeYear, /(?:last|this|next)\s+year/i),
    ...scan(ctx, deictic, buildDeictic),
    ...scan(ctx, partOfToday, buildPartOfToday),
    ...scan(ctx, relativeUnit, buildRelativeUnit),
    ...scan(ctx, ago, buildAgo, AGO_NEEDS),
    ...scan(ctx, yearEarlier, buildYearEarlier),
    ...scan(ctx, quarter, buildQuarter, /quarter/i),
    ...scan(ctx, season, buildSeason, SEASON_NEEDS),
    ...scan(ctx, monthWithShift, buildMonthWithShift),
  ];
}
