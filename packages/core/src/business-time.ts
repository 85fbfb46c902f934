/**
 * The business clock of a site: which local day, weekday and minute an epoch
 * time falls on in the site's time zone. Pure: the time is an argument.
 */
import type { IsoWeekday } from './model';

export interface BusinessTime {
  /** Local calendar day, "YYYY-MM-DD" (sorts as text). */
  day: string;
  weekday: IsoWeekday;
  /** Minutes since local midnight. */
  minutes: number;
}

// A cache, not IO: building an Intl.DateTimeFormat costs far more than using
// one, and decide/evolve ask for the time of every command and event.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const DAY_MS = 86_400_000;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** ISO weekday of a proleptic Gregorian date (month 1–12). */
function isoWeekday(year: number, month: number, day: number): IsoWeekday {
  const daysSinceEpoch = Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((daysSinceEpoch + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** The weekday of a "YYYY-MM-DD" day. */
export function weekdayOfDay(day: string): IsoWeekday {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return isoWeekday(year, month, date);
}

/**
 * Local day, weekday and minute of `at` (epoch ms) in `timeZone` (IANA).
 * `at` must be finite and the zone valid; both come from the server, not from
 * a visitor, and Intl throws a RangeError otherwise.
 */
export function businessTime(at: number, timeZone: string): BusinessTime {
  // Every command, and every row of a window's queue, asks for the time;
  // formatToParts is the cost. The last answer per zone is kept for its
  // minute: since 1980 every zone's UTC offset is a whole number of minutes
  // and changes only on a minute, so one UTC minute is one local minute
  // (earlier instants, with offsets like +08:05:43, are cached per ms).
  const key = at >= WHOLE_MINUTE_OFFSETS_SINCE ? Math.floor(at / MINUTE_MS) : at;
  const exact = at < WHOLE_MINUTE_OFFSETS_SINCE;
  const last = lastAnswer.get(timeZone);
  if (last && last.key === key && last.exact === exact) return last.time;
  const time = computeBusinessTime(at, timeZone);
  lastAnswer.set(timeZone, { key, exact, time });
  return time;
}

const MINUTE_MS = 60_000;
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1980, 0, 1);
const lastAnswer = new Map<string, { key: number; exact: boolean; time: BusinessTime }>();

function computeBusinessTime(at: number, timeZone: string): BusinessTime {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    const value = Number(part.value);
    if (part.type === 'year') year = value;
    else if (part.type === 'month') month = value;
    else if (part.type === 'day') day = value;
    else if (part.type === 'hour') hour = value;
    else if (part.type === 'minute') minute = value;
  }
  return Object.freeze({
    day: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    weekday: isoWeekday(year, month, day),
    minutes: hour * 60 + minute,
  });
}
