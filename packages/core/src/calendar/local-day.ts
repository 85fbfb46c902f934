/**
 * Local calendar days as text (`YYYY-MM-DD`), stepped by whole days, and
 * the instant a local day ends in a site's time zone (a deadline "within N
 * working days" runs to the end of its last day).
 */
import { businessTime } from '../business-time';

const DAY_MS = 86_400_000;

const utcOfDay = (day: string): number => {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/** The day `n` days after `day` (before it for a negative `n`). */
export function shiftDay(day: string, n: number): string {
  return new Date(utcOfDay(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The last millisecond of `day` in `timeZone`: the next local midnight, less 1 ms. */
export function endOfLocalDay(day: string, timeZone: string): number {
  const next = shiftDay(day, 1);
  // Guess UTC midnight, then correct by the zone's offset found there (twice,
  // so a guess on the far side of an offset change settles).
  let at = utcOfDay(next);
  for (let i = 0; i < 2; i++) {
    const local = businessTime(at, timeZone);
    const localAsUtc = utcOfDay(local.day) + local.minutes * 60_000;
    at += utcOfDay(next) - localAsUtc;
  }
  return at - 1;
}
