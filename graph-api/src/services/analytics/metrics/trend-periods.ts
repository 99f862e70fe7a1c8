// The calendar periods (years or quarters) that a trend from one date to another covers.
import type { TrendStep } from '../../../generated/resolvers-types.ts';

export interface Period {
  /** "2024" or "2024-Q3". */
  label: string;
  /** First and last day of the calendar period (YYYY-MM-DD). */
  start: string;
  end: string;
  /** The day its network is taken: the period's last day, or `to` when that comes first. */
  asOf: string;
}

const iso = (year: number, month: number, day: number): string =>
  new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
const lastDayOf = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Every period that overlaps [from, to], in order (from ≤ to, both YYYY-MM-DD). */
export function periodsBetween(from: string, to: string, step: TrendStep): Period[] {
  const months = step === 'YEAR' ? 12 : 3;
  let year = Number(from.slice(0, 4));
  let month = step === 'YEAR' ? 1 : Math.floor((Number(from.slice(5, 7)) - 1) / 3) * 3 + 1;
  const periods: Period[] = [];
  for (;;) {
    const start = iso(year, month, 1);
    if (start > to) break;
    const endMonth = month + months - 1;
    const end = lastDayOf(year, endMonth);
    const label = step === 'YEAR' ? String(year) : `${year}-Q${(month + 2) / 3}`;
    periods.push({ label, start, end, asOf: end < to ? end : to });
    month += months;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods;
}

/** How many periods the range covers, without listing them (to refuse a huge range before doing any work). */
export function countPeriods(from: string, to: string, step: TrendStep): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  if (step === 'YEAR') return ty - fy + 1;
  return (ty - fy) * 4 + Math.floor((tm - 1) / 3) - Math.floor((fm - 1) / 3) + 1;
}
