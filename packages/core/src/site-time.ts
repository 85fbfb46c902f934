/**
 * The business time a site is in for a given state: the site's clock, except
 * that a site's day never runs backwards (a clock stepped back across midnight
 * keeps the stored day, so numbers stay unique).
 */
import { businessTime, weekdayOfDay } from './business-time';
import type { BusinessTime } from './business-time';
import type { Site } from './model';
import type { HallState } from './state';

export function siteTime(state: HallState, site: Site, at: number): BusinessTime {
  const time = businessTime(at, site.timeZone);
  const stored = state.businessDays[site.id];
  if (stored === undefined || stored <= time.day) return time;
  return { day: stored, weekday: weekdayOfDay(stored), minutes: time.minutes };
}
