/**
 * Working days on the official calendar (R9): Monday to Friday, less the
 * public holidays, plus the make-up working days (调休). A 整改 deadline "5
 * working days" from a day before 国庆 lands after the holiday, and a 调休
 * Saturday counts as a working day.
 */
import { weekdayOfDay } from '../business-time';
import { shiftDay } from './local-day';
import { CN_OFFICIAL_CALENDAR, type OfficialYear } from './official-calendar';

export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  /** The years whose holidays are known. */
  years: ReadonlySet<number>;
}

/** A calendar from official years (the shipped ones by default). */
export function workCalendar(years: readonly OfficialYear[] = CN_OFFICIAL_CALENDAR): WorkCalendar {
  const holidays = new Set<string>();
  for (const y of years) {
    for (const [first, last] of y.holidays) {
      for (let d = first; d <= last; d = shiftDay(d, 1)) holidays.add(d);
    }
  }
  return {
    holidays,
    workdays: new Set(years.flatMap((y) => y.workdays)),
    years: new Set(years.map((y) => y.year)),
  };
}

export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  return weekdayOfDay(day) <= 5;
}

/** The `n`th working day after `day` (`day` itself is not counted; n ≥ 1). */
export function addWorkingDays(calendar: WorkCalendar, day: string, n: number): string {
  let d = day;
  for (let left = Math.max(1, Math.floor(n)); left > 0;) {
    d = shiftDay(d, 1);
    if (isWorkingDay(calendar, d)) left--;
  }
  return d;
}

/** Whether every day from `first` to `last` lies in a year the calendar knows. */
export function calendarCovers(calendar: WorkCalendar, first: string, last: string): boolean {
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
    if (!calendar.years.has(y)) return false;
  }
  return true;
}
