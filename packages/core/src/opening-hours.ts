/**
 * Opening hours (Q4). A site with no spans is open at any hour on any day; a
 * site with spans is open inside them, on its working weekdays.
 */
import type { BusinessTime } from './business-time';
import type { Site } from './model';

function toMinutes(hhmm: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function isOpenAt(site: Site, time: BusinessTime): boolean {
  if (site.openingHours.length === 0) return true;
  if (site.workingWeekdays.length > 0 && !site.workingWeekdays.includes(time.weekday)) {
    return false;
  }
  return site.openingHours.some((span) => {
    const start = toMinutes(span.start);
    const end = toMinutes(span.end);
    return start !== undefined && end !== undefined && time.minutes >= start && time.minutes < end;
  });
}
