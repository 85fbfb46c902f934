/**
 * Q29 A 代办's promised date: the item's 承诺时限 (`promisedDays`) counted in
 * working days on the official calendar (R9) from the day it was
 * registered, in the handling site's time zone; due by the end of that day.
 * A 即办件 (0 days) is due by the end of the next working day (the agent
 * carries it). A proxy ticket not done after that is overdue (S11).
 */
import { businessTime } from '../business-time';
import { endOfLocalDay } from '../calendar/local-day';
import { addWorkingDays, calendarCovers, type WorkCalendar } from '../calendar/working-days';
import type { ProxyStatus } from './steps';

export interface ProxyPromise {
  dueDay: string;
  dueAt: number;
  /** False when a day counted lies in a year the calendar does not know (weekdays were assumed). */
  calendarConfirmed: boolean;
}

export function proxyPromise(
  registeredAt: number,
  promisedDays: number,
  timeZone: string,
  calendar: WorkCalendar,
): ProxyPromise {
  const day = businessTime(registeredAt, timeZone).day;
  const dueDay = addWorkingDays(calendar, day, Math.max(1, promisedDays));
  return {
    dueDay,
    dueAt: endOfLocalDay(dueDay, timeZone),
    calendarConfirmed: calendarCovers(calendar, day, dueDay),
  };
}

export function isProxyOverdue(p: { status: ProxyStatus; dueAt: number }, now: number): boolean {
  return p.status !== 'done' && now > p.dueAt;
}
