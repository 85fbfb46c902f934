/**
 * An official year as an admin enters it (R13): every day a real date of
 * that year, no day both off and on, and each make-up working day (调休) on
 * a Saturday or Sunday (a weekday is a working day already). Days come back
 * sorted and without repeats; a problem names the first bad day.
 */
import { weekdayOfDay } from '../business-time';
import { shiftDay } from './local-day';
import type { OfficialYear } from './official-calendar';

export type YearProblem =
  | { problem: 'notInYear'; day: string }
  | { problem: 'bothOffAndOn'; day: string }
  | { problem: 'workdayNotWeekend'; day: string };

const isDate = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && shiftDay(shiftDay(day, 1), -1) === day;

/** The year as ranges of single days, or the first problem. */
export function officialYear(
  year: number,
  holidays: readonly string[],
  workdays: readonly string[],
  source: string,
): { ok: true; value: OfficialYear } | { ok: false; error: YearProblem } {
  const off = [...new Set(holidays)].sort();
  const on = [...new Set(workdays)].sort();
  for (const day of [...off, ...on])
    if (!isDate(day) || Number(day.slice(0, 4)) !== year)
      return { ok: false, error: { problem: 'notInYear', day } };
  const both = on.find((d) => off.includes(d));
  if (both) return { ok: false, error: { problem: 'bothOffAndOn', day: both } };
  const weekday = on.find((d) => weekdayOfDay(d) <= 5);
  if (weekday) return { ok: false, error: { problem: 'workdayNotWeekend', day: weekday } };
  return {
    ok: true,
    value: { year, source, holidays: off.map((d) => [d, d] as const), workdays: on },
  };
}

/** The shipped years, each replaced by an edited one of the same year. */
export function mergeYears(
  shipped: readonly OfficialYear[],
  edited: readonly OfficialYear[],
): OfficialYear[] {
  const byYear = new Map(shipped.map((y) => [y.year, y]));
  for (const y of edited) byYear.set(y.year, y);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
