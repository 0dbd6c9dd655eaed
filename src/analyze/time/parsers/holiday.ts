// Holidays as calendar dates: "Thanksgiving Day" → 1999-11-25, "last Christmas", "Election Day",
// "New Year's Eve 1999", "Good Friday". Fixed dates, nth weekdays of a month and Easter-based feasts
// come from the lexicon; the year is the nearest occurrence, the past one unless the clause is future.
import type { Candidate, ParseContext } from '../candidate.js';
import { type Day, addDays, daysBetween, daysInMonth, fmtDay, weekday } from '../calendar.js';
import { type Holiday, alternation, lexicon } from '../lexicon.js';
import { type Build, scan } from './scan.js';

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The holiday's date in a year. */
export function holidayDate(h: Holiday, y: number): Day {
  if (h.easter !== undefined) return addDays(easter(y), h.easter);
  const month = h.month ?? 1;
  if (h.day !== undefined) return { y, m: month, d: h.day };
  const wd = h.weekday ?? 1;
  const nth = h.nth ?? 1;
  if (nth < 0) {
    const last = { y, m: month, d: daysInMonth(y, month) };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const from = { y, m: month, d: h.from ?? 1 };
  return addDays(from, ((wd - weekday(from) + 7) % 7) + 7 * (nth - 1));
}

const NAMES = alternation(Object.keys(lexicon.holidays));
// case-sensitive on the name's capitals: "election day" in lower case is any election's day
const holiday = new RegExp(
  `(?<![\\w'’-])(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${NAMES})(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w'’-])`,
  'g',
);

/** Any holiday name, as the holiday regex cases it: texts without one are not scanned. */
const HOLIDAY_NAME = new RegExp(NAMES);

/** The rule of a candidate that only keeps other parsers off a holiday's words inside a name. */
export const NAME_BLOCK = 'holiday-in-name';

const buildHoliday: Build = (m, ctx) => {
  const key = Object.keys(lexicon.holidays).find((k) => k.toLowerCase() === m[2].replace(/\s+/g, ' ').toLowerCase());
  if (!key || !/^[A-Z]/.test(m[2])) return null;
  // a holiday opening a name ("the Good Friday Agreement", "the Easter Rising") is no date, and
  // neither is its weekday
  if (/^\s+[A-Z][a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
    return { type: 'DATE', value: '', rule: NAME_BLOCK, priority: 3 };
  const h = lexicon.holidays[key];
  const ref = ctx.ref;
  const shift = (m[1] ?? '').toLowerCase();
  let day: Day | null = null;
  if (m[3]) day = holidayDate(h, +m[3]);
  else if (ref) {
    const options = [ref.y - 1, ref.y, ref.y + 1].map((y) => holidayDate(h, y));
    const gap = (d: Day) => daysBetween(ref, d);
    if (shift === 'last') day = options.filter((d) => gap(d) < 0).pop() ?? null;
    else if (shift === 'next') day = options.find((d) => gap(d) > 0) ?? null;
    else if (shift === 'this') day = options[1];
    else {
      const future = ctx.futureAt(m.index);
      day = options.find((d) => (future ? gap(d) >= -1 && gap(d) < 335 : gap(d) > -275 && gap(d) <= 90)) ?? options[1];
    }
  }
  const value = day ? fmtDay(day) : `XXXX-${fmtDay({ ...holidayDate(h, 2001), y: 0 }).slice(5)}`;
  return { type: 'DATE', value, rule: 'holiday', priority: 3 };
};

export function holidayParser(ctx: ParseContext): Candidate[] {
  return scan(ctx, holiday, buildHoliday, HOLIDAY_NAME);
}
