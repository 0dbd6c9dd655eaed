// Date windows over ISO dates and TIMEX3 periods. A bound may be a year, a month or a day, and a
// value is in the window when its period overlaps it: '2023-09' is within from=2023-09-15.

export interface Period {
  from?: string;
  to?: string;
}

/** WHERE clauses (with their bound parameters added to params) keeping rows whose column overlaps the period. */
export function periodWhere(column: string, period: Period, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  if (period.from) {
    // Compared at the value's own precision, so a month starts being in range on any of its days.
    where.push(`${column} >= substr(@from, 1, length(${column}))`);
    params.from = period.from;
  }
  if (period.to) {
    where.push(`substr(${column}, 1, length(@to)) <= @to`);
    params.to = period.to;
  }
  return where;
}
