/**
 * A 差评's rectification case (整改) and its deadlines (R7): every 不满意 or
 * 非常不满意 opens one when it is given. 回访 is due by the end of the
 * `followUpWorkingDays`th working day after the day of the rating, 整改 by
 * the end of the `rectifyWorkingDays`th, counted on the official calendar
 * (R9) in the site's time zone.
 */
import { businessTime } from '../business-time';
import { endOfLocalDay } from '../calendar/local-day';
import { addWorkingDays, calendarCovers, type WorkCalendar } from '../calendar/working-days';
import type { RatingSettings } from './settings';

export interface CaseDeadlines {
  followUpDueDay: string;
  followUpDueAt: number;
  rectifyDueDay: string;
  rectifyDueAt: number;
  /** False when a day counted lies in a year the calendar does not know (weekdays were assumed). */
  calendarConfirmed: boolean;
}

export function caseDeadlines(
  openedAt: number,
  timeZone: string,
  calendar: WorkCalendar,
  settings: Pick<RatingSettings, 'followUpWorkingDays' | 'rectifyWorkingDays'>,
): CaseDeadlines {
  const day = businessTime(openedAt, timeZone).day;
  const followUpDueDay = addWorkingDays(calendar, day, settings.followUpWorkingDays);
  const rectifyDueDay = addWorkingDays(calendar, day, settings.rectifyWorkingDays);
  return {
    followUpDueDay,
    followUpDueAt: endOfLocalDay(followUpDueDay, timeZone),
    rectifyDueDay,
    rectifyDueAt: endOfLocalDay(rectifyDueDay, timeZone),
    calendarConfirmed: calendarCovers(calendar, day, rectifyDueDay),
  };
}
