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
import { weekdayIsFuture } from '../tense.js';

const parser = chrono.casual.clone();
/** The words chrono may start a match with that TimeBank leaves outside the span. */
const LEADING_WORDS = /^(?:(?:at|on|in|by|from|since|until|till|to|of|the|this|before|after|during|around|about)\s+)+/i;
const CALENDAR_WORD = new RegExp(`\\b(?:${MONTH})\\b|\\b(?:${WEEKDAY})\\b|\\d`, 'i');
const CAPITALISED_MONTH = new RegExp(`\\b(?:${MONTH})\\b`, 'i');

/** The year for a month (and day) given without one: within about nine months back or three ahead (future: ahead). */
export function inferYear(ref: Day, month: number, day: number, future: boolean): number {
  const years = [ref.y - 1, ref.y, ref.y + 1];
  const fits = (y: number) => {
    const gap = daysBetween(ref, { y, m: month, d: Math.min(day, daysInMonth(y, month)) });
    return future ? gap >= -31 && gap < 335 : gap > -275 && gap <= 90;
  };
  return years.find(fits) ?? ref.y;
}

const CLOCK_WRITTEN =
  /\d:\d\d|\d\s*(?:[ap]\.m\b\.?|[ap]m\b)|\bnoon\b|\bmidnight\b|o'clock|\bin\s+the\s+(?:morning|afternoon|evening)\b/i;
const PART_WORDS: Array<[RegExp, string]> = [
  [/\bmorning\b/i, 'MO'],
  [/\bafternoon\b/i, 'AF'],
  [/\bevening\b/i, 'EV'],
  [/\b(?:night|tonight)\b/i, 'NI'],
];
const FRACTION = /^\d{1,2}\/\d{1,2}$/; // "7/8", "3/4": stock prices, not dates
const RANGE_SEPARATOR = /\s+(?:to|through|thru|until|till|and)\s+|\s*[-–]\s*/i;

function knownOf(c: chrono.ParsedComponents): Set<string> {
  const known = new Set<string>();
  for (const k of ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'meridiem'] as const)
    if (c.isCertain(k)) known.add(k);
  return known;
}

function usable(text: string, known: Set<string>): boolean {
  if (!CALENDAR_WORD.test(text) || FRACTION.test(text)) return false;
  // "may" the verb, "march" the noun: a month name alone must be capitalised
  if (known.has('month') && !known.has('day') && !known.has('year')) {
    const m = CAPITALISED_MONTH.exec(text);
    if (m && m[0][0] !== m[0][0].toUpperCase()) return false;
  }
  // a clock time must be written as one ("5 p.m.", "10:35", "noon"): "$1.18 a share" is not 1:18 am
  if (known.has('hour') && !CLOCK_WRITTEN.test(text)) known.delete('hour');
  return known.has('month') || known.has('weekday') || known.has('year') || known.has('hour');
}

/** One side of a chrono result (its start, or the end of a range) as a candidate. */
function candidateOf(
  ctx: ParseContext,
  c: chrono.ParsedComponents,
  rawStart: number,
  rawText: string,
): Candidate | null {
  let text = rawText;
  let start = rawStart;
  const lead = LEADING_WORDS.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,]+$/, '');
  const known = knownOf(c);
  if (!text || !usable(text, known)) return null;
  const ref = ctx.ref;
  let future = ctx.futureAt(start);
  const lower = text.toLowerCase();
  let date: string;
  let rule = 'chrono';
  if (known.has('month')) {
    const m = c.get('month') ?? 1;
    const y = known.has('year') ? (c.get('year') ?? null) : ref ? inferYear(ref, m, c.get('day') ?? 1, future) : null;
    if (known.has('day')) {
      const d = c.get('day') ?? 1;
      date = y === null ? `XXXX-${fmtDay({ y: 0, m, d }).slice(5)}` : fmtDay({ y, m, d });
      rule = 'chrono-date';
    } else {
      date = fmtMonth(y, m);
      rule = 'chrono-month';
    }
  } else if (known.has('weekday')) {
    const wd = c.get('weekday') || 7; // chrono counts Sunday as 0, ISO as 7
    future = weekdayIsFuture(ctx, start);
    if (ref) {
      let day: Day;
      if (/\blast\b|\bpast\b/.test(lower)) day = previousWeekday(ref, wd, true);
      else if (/\bnext\b|\bcoming\b/.test(lower)) day = nextWeekday(ref, wd, true);
      else day = future ? nextWeekday(ref, wd, false) : previousWeekday(ref, wd, false);
      date = fmtDay(day);
    } else date = `XXXX-WXX-${wd}`;
    rule = future ? 'chrono-weekday-future' : 'chrono-weekday-past';
  } else if (known.has('year')) {
    date = fmtYear(c.get('year') ?? null);
    rule = 'chrono-year';
  } else date = ref ? fmtDay(ref) : 'XXXX-XX-XX';

  let value = date;
  let type: Candidate['type'] = 'DATE';
  let anaphor: Candidate['anaphor'];
  if (known.has('hour') && date.length >= 10) {
    const hour = c.get('hour') ?? 0;
    const clock = /midnight/i.test(text) ? 'T24:00' : fmtClock(hour, c.get('minute') ?? 0);
    value = `${date}${clock}`;
    type = 'TIME';
    rule += '+clock';
    // a clock time alone ("at 10 p.m.") is on the day the story is telling of
    if (rule === 'chrono+clock') anaphor = { unit: 'day', shift: 0, part: clock.slice(1) };
  } else if (date.length >= 10) {
    const part = PART_WORDS.find(([re]) => re.test(text));
    if (part) {
      value = `${date}T${part[1]}`;
      type = 'TIME';
      rule += '+part-of-day';
    }
  }
  return { start, end: start + text.length, type, value, rule, priority: 1, ...(anaphor ? { anaphor } : {}) };
}

// Words without which chrono finds nothing we keep: it runs only on windows around them (speed).
const TRIGGER = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY})\\b|\\d:\\d\\d|\\d\\s*[ap]\\.?m\\b|\\bnoon\\b|\\bmidnight\\b|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}`,
  'gi',
);
const MARGIN = 60;

/** Spans of text around the trigger words, merged, widened to whitespace. */
export function chronoWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text))) {
    let a = Math.max(0, m.index - MARGIN);
    let b = Math.min(text.length, m.index + m[0].length + MARGIN);
    while (a > 0 && !/\s/.test(text[a - 1])) a--;
    while (b < text.length && !/\s/.test(text[b])) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  return windows;
}

export function chronoParser(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  const ref = ctx.ref;
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const results: Array<{ r: chrono.ParsedResult; at: number }> = [];
  for (const [a, b] of chronoWindows(ctx.text)) {
    try {
      for (const r of parser.parse(ctx.text.slice(a, b), { instant, timezone: 'UTC' }))
        results.push({ r, at: a + r.index });
    } catch {
      // chrono failing on one window costs that window only
    }
  }
  for (const { r, at } of results) {
    // "ten years", "a year ago": chrono's relative dates; our own parsers give them their TIMEX3 values
    if (r.tags().has('result/relativeDate')) continue;
    const sep = r.end ? RANGE_SEPARATOR.exec(r.text) : null;
    if (r.end && sep) {
      // a range "Aug. 26 to Oct. 20": TimeBank marks its two ends
      const left = candidateOf(ctx, r.start, at, r.text.slice(0, sep.index));
      const rightAt = sep.index + sep[0].length;
      const right = candidateOf(ctx, r.end, at + rightAt, r.text.slice(rightAt));
      if (left) out.push(left);
      if (right) out.push(right);
      continue;
    }
    const c = candidateOf(ctx, r.start, at, r.text);
    if (c) out.push(c);
  }
  return out;
}
