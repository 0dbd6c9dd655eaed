// The anaphora refiner: a candidate told against the story's time ("later that year", "the
// following month") takes its value from the last date mentioned before it at a fine enough grain;
// with none, the value from the publication date stands.
import type { Candidate } from './candidate.js';
import { type Day, addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear } from './calendar.js';

const DAY = /^(\d{4})-(\d\d)-(\d\d)(?!\d)/;
const MONTH = /^(\d{4})-(\d\d)(?![\d])/;
const YEAR = /^(\d{4})(?![\d])/;

/** The day, month or year a value names, to the grain it names it. */
function grainOf(value: string): { day?: Day; month?: Day; year?: number } | null {
  const d = DAY.exec(value);
  if (d) {
    const day = { y: +d[1], m: +d[2], d: +d[3] };
    return { day, month: { ...day, d: 1 }, year: day.y };
  }
  const m = MONTH.exec(value);
  if (m) return { month: { y: +m[1], m: +m[2], d: 1 }, year: +m[1] };
  const y = YEAR.exec(value);
  return y ? { year: +y[1] } : null;
}

function anaphorValue(c: Candidate, antecedents: Candidate[]): string | null {
  const a = c.anaphor;
  if (!a) return null;
  for (let i = antecedents.length - 1; i >= 0; i--) {
    const g = grainOf(antecedents[i].value);
    if (!g) continue;
    if (a.unit === 'year' && g.year !== undefined) return fmtYear(g.year + a.shift);
    if (a.unit === 'month' && g.month) {
      const d = addMonths(g.month, a.shift);
      return fmtMonth(d.y, d.m);
    }
    if (a.unit === 'week' && g.day) return fmtWeek(addDays(g.day, 7 * a.shift));
    if (a.unit === 'day' && g.day) {
      const day = fmtDay(addDays(g.day, a.shift));
      return a.part ? `${day}T${a.part}` : day;
    }
  }
  return null;
}

/** Candidates in text order; anaphoric ones valued against the dates before them. */
export function resolveAnaphora(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const value = anaphorValue(c, out);
    out.push(value ? { ...c, value, rule: `${c.rule}+antecedent` } : c);
  }
  return out;
}
