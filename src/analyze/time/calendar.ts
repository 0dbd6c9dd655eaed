// Calendar arithmetic on plain dates (no time zone), and TIMEX3 value formatting. A null reference
// date (unknown publication date) yields the TIMEX3 placeholders: XXXX, XXXX-XX, XXXX-WXX.

export interface Day {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const pad = (n: number, w = 2) => String(Math.trunc(n)).padStart(w, '0');

/** Parses YYYY-MM-DD (or a longer ISO string); null when absent or not a real date. */
export function parseReference(published: string | null | undefined): Day | null {
  if (typeof published !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > 31) return null;
  return normalise(day);
}

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function normalise(day: Day): Day {
  const t = new Date(0);
  t.setUTCFullYear(day.y, day.m - 1, day.d);
  return fromUtc(t.getTime());
}

export function addDays(day: Day, n: number): Day {
  return normalise({ ...day, d: day.d + n });
}

export function addMonths(day: Day, n: number): Day {
  const months = day.y * 12 + (day.m - 1) + n;
  return { y: Math.floor(months / 12), m: (months % 12) + 1, d: 1 };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(day: Day): number {
  return ((new Date(toUtc(day)).getUTCDay() + 6) % 7) + 1;
}

/** Days from a to b (b - a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86400000);
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export function quarterOf(day: Day): number {
  return Math.floor((day.m - 1) / 3) + 1;
}

export const fmtYear = (y: number | null) => (y === null ? 'XXXX' : pad(y, 4));
export const fmtMonth = (y: number | null, m: number) => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (day: Day) => `${fmtYear(day.y)}-${pad(day.m)}-${pad(day.d)}`;
export const fmtWeek = (day: Day | null) => {
  if (!day) return 'XXXX-WXX';
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
};
export const fmtQuarter = (y: number | null, q: number) => `${fmtYear(y)}-Q${q}`;
export const fmtClock = (hour: number, minute: number) => `T${pad(hour)}:${pad(minute)}`;

/** The most recent date on the given ISO weekday at or before the reference (strictly before if `strict`). */
export function previousWeekday(ref: Day, wd: number, strict: boolean): Day {
  let back = (weekday(ref) - wd + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(ref, -back);
}

/** The next date on the given ISO weekday at or after the reference (strictly after if `strict`). */
export function nextWeekday(ref: Day, wd: number, strict: boolean): Day {
  let ahead = (wd - weekday(ref) + 7) % 7;
  if (ahead === 0 && strict) ahead = 7;
  return addDays(ref, ahead);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
