/**
 * The periods of 绩效考评 (P2): a month (`2026-11`) or a quarter (`2026-Q4`)
 * of the site's calendar, from the first local midnight to the next
 * period's, in the site's time zone.
 */
import { endOfLocalDay, shiftDay } from '../calendar/local-day';

export interface ScoringPeriod {
  /** As given: `2026-11` or `2026-Q4`. */
  id: string;
  kind: 'month' | 'quarter';
  /** First and last local day (`YYYY-MM-DD`). */
  firstDay: string;
  lastDay: string;
  /** Epoch ms: the period is [from, to). */
  from: number;
  to: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period named by `text` in `timeZone`, or undefined when it names none. */
export function scoringPeriod(text: string, timeZone: string): ScoringPeriod | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  let year: number;
  let firstMonth: number;
  let months: number;
  if (month) {
    year = Number(month[1]);
    firstMonth = Number(month[2]);
    months = 1;
    if (firstMonth < 1 || firstMonth > 12) return undefined;
  } else if (quarter) {
    year = Number(quarter[1]);
    firstMonth = (Number(quarter[2]) - 1) * 3 + 1;
    months = 3;
  } else return undefined;
  if (year < 2000 || year > 2100) return undefined;
  const firstDay = `${year}-${pad(firstMonth)}-01`;
  const after = firstMonth + months;
  const nextFirst = after > 12 ? `${year + 1}-01-01` : `${year}-${pad(after)}-01`;
  const lastDay = shiftDay(nextFirst, -1);
  return {
    id: text,
    kind: month ? 'month' : 'quarter',
    firstDay,
    lastDay,
    from: endOfLocalDay(shiftDay(firstDay, -1), timeZone) + 1,
    to: endOfLocalDay(lastDay, timeZone) + 1,
  };
}
