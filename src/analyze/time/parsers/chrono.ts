// Calendar dates and clock times from chrono-node ("Tuesday, September 5th", "Nov. 1, 2009",
// "5 p.m. EST, Nov. 6", "noon Thursday", "Friday morning"). Only chrono's *known* components are
// trusted; the year of a bare month-day and the date of a bare weekday are chosen here, the news way:
// the past, unless the sentence speaks of the future. Relative words (today, last month, ten years)
// are left to our own parsers, which know TIMEX3 granularity.
import * as chrono from 'chrono-node';
import type { Candidate, ParseContext } from '../candidate.js';
import {
  type Day,
  daysBetween,
  daysInMonth,
  fmtClock,
  fmtDay,
  fmtMonth,
  fmtYear,
  nextWeekday,
  previousWeekday,
} from '../calendar.js';
import { MONTH, WEEKDAY } from '../lexicon.js';

const parser = chrono.casual.clone();
/** The words chrono may start a match with that TimeBank leaves outside the span. */
const LEADING_WORDS = /^(?:(?:at|on|in|by|from|since|until|till|to|of|the|this|before|after|during|around|about)\s+)+/i;
const CALENDAR_WORD = new RegExp(`\\b(?:${MONTH})\\b|\\b(?:${WEEKDAY})\\b|\\d`, 'i');
const CAPITALISED_MONTH = new RegExp(`\\b(?:${MONTH})\\b`, 'i');
const PART_TAGS: Record<string, string> = {
  'casualReference/morning': 'MO',
  'casualReference/afternoon': 'AF',
  'casualReference/evening': 'EV',
  'casualReference/night': 'NI',
};

/** The year for a month (and day) given without one: within nine months back or three ahead (future: ahead). */
export function inferYear(ref: Day, month: number, day: number, future: boolean): number {
  const years = [ref.y - 1, ref.y, ref.y + 1];
  const fits = (y: number) => {
    const gap = daysBetween(ref, { y, m: month, d: Math.min(day, daysInMonth(y, month)) });
    return future ? gap >= -31 && gap < 335 : gap > -275 && gap <= 90;
  };
  return years.find(fits) ?? ref.y;
}

function usable(text: string, known: Set<string>): boolean {
  if (!CALENDAR_WORD.test(text)) return false;
  // "may" the verb, "march" the noun: a month name alone must be capitalised
  if (known.has('month') && !known.has('day') && !known.has('year')) {
    const m = CAPITALISED_MONTH.exec(text);
    if (m && m[0][0] !== m[0][0].toUpperCase()) return false;
  }
  // a bare number read as a clock time ("at 5") is noise; keep times with a meridiem, minutes or a date
  if (known.has('hour') && !known.has('meridiem') && !known.has('minute') && !known.has('weekday') && !known.has('day'))
    return /noon|midnight/i.test(text);
  return known.has('month') || known.has('weekday') || known.has('year') || known.has('hour');
}

export function chronoParser(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  const ref = ctx.ref;
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(ctx.text, { instant, timezone: 'UTC' });
  } catch {
    return out;
  }
  for (const r of results) {
    // "ten years", "a year ago": chrono's relative dates; our own parsers give them their TIMEX3 values
    if (r.tags().has('result/relativeDate')) continue;
    const s = r.start;
    const known = new Set<string>();
    for (const k of ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'meridiem'] as const)
      if (s.isCertain(k)) known.add(k);
    let text = r.text;
    let start = r.index;
    const lead = LEADING_WORDS.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    text = text.replace(/[\s,]+$/, '');
    if (!text || !usable(text, known)) continue;
    const future = ctx.futureAt(start);
    const lower = text.toLowerCase();
    const tags = r.tags();
    let date: string | null = null;
    let day: Day | null = null;
    let rule = 'chrono';
    if (known.has('month')) {
      const m = s.get('month') ?? 1;
      const y = known.has('year') ? (s.get('year') ?? null) : ref ? inferYear(ref, m, s.get('day') ?? 1, future) : null;
      if (known.has('day')) {
        day = { y: y ?? 0, m, d: s.get('day') ?? 1 };
        date = y === null ? `XXXX-${fmtDay(day).slice(5)}` : fmtDay(day);
        rule = 'chrono-date';
      } else {
        date = fmtMonth(y, m);
        rule = 'chrono-month';
      }
    } else if (known.has('weekday')) {
      const wd = ((s.get('weekday') ?? 0) + 6) % 7 || 7; // chrono: Sunday = 0
      if (ref) {
        if (/\blast\b|\bpast\b/.test(lower)) day = previousWeekday(ref, wd, true);
        else if (/\bnext\b|\bcoming\b/.test(lower)) day = nextWeekday(ref, wd, true);
        else day = future ? nextWeekday(ref, wd, false) : previousWeekday(ref, wd, false);
        date = fmtDay(day);
      } else date = `XXXX-WXX-${wd}`;
      rule = future ? 'chrono-weekday-future' : 'chrono-weekday-past';
    } else if (known.has('year')) {
      date = fmtYear(s.get('year') ?? null);
      rule = 'chrono-year';
    } else if (ref) {
      day = ref;
      date = fmtDay(ref);
    } else date = 'XXXX-XX-XX';

    let value = date;
    let type: Candidate['type'] = 'DATE';
    if (known.has('hour') && date.length >= 10) {
      const hour = s.get('hour') ?? 0;
      value = /midnight/i.test(text) ? `${date}T24:00` : `${date}${fmtClock(hour, s.get('minute') ?? 0)}`;
      type = 'TIME';
      rule += '+clock';
    } else if (date.length >= 10) {
      const part = [...tags].map((t) => PART_TAGS[t]).find(Boolean);
      if (part) {
        value = `${date}T${part}`;
        type = 'TIME';
        rule += '+part-of-day';
      }
    }
    out.push({ start, end: start + text.length, type, value, rule, priority: 1 });
  }
  return out;
}
