/**
 * The report pages' arithmetic, apart from the screen: the days a page asks
 * for (the last 90 days, a month), minutes from milliseconds, 好差评 shares
 * as percentages, and the
 * weekday × hour grid of the heat map from the by=weekdayHour rows.
 */
import type { ReportRow } from '@hallq/protocol';

const DAY_MS = 86_400_000;

/** The local day (YYYY-MM-DD) of `at` in the zone. */
export const localDay = (at: number, timeZone: string): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The `days` days up to yesterday (today's figures are still moving). */
export function lastDays(now: number, timeZone: string, days: number) {
  const to = addDays(localDay(now, timeZone), -1);
  return { from: addDays(to, 1 - days), to };
}

/** The months (YYYY-MM) back from the one holding `day` (YYYY-MM-DD), newest first. */
export function recentMonths(day: string, count = 6): string[] {
  const [y = 1970, m = 1] = day.split('-').map(Number);
  return Array.from({ length: count }, (_, k) => {
    const d = new Date(Date.UTC(y, m - 1 - k, 1));
    return d.toISOString().slice(0, 7);
  });
}

export function monthRange(month: string) {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { from: `${month}-01`, to: last };
}

/** Minutes with one decimal, as the exported files write them. */
export const minutes = (ms: number): number => Math.round(ms / 6_000) / 10;

/** A share (0–1) as a percentage with one decimal; — when there was nothing to divide by. */
export const percent = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 1_000) / 10}%`;

export interface HeatGrid {
  /** Local hours with any arrival, in order. */
  hours: number[];
  /** ISO weekdays with any arrival (1 Monday … 7 Sunday). */
  weekdays: number[];
  /** [hour index, weekday index, tickets issued]. */
  cells: [number, number, number][];
  max: number;
}

export function heatGrid(rows: readonly ReportRow[]): HeatGrid {
  const parsed = rows
    .map((r) => {
      const [wd, hh] = r.key.split('-').map(Number);
      return { weekday: wd ?? 0, hour: hh ?? 0, issued: r.issued };
    })
    .filter((c) => c.issued > 0);
  const hours = [...new Set(parsed.map((c) => c.hour))].sort((a, b) => a - b);
  const weekdays = [...new Set(parsed.map((c) => c.weekday))].sort((a, b) => a - b);
  return {
    hours,
    weekdays,
    cells: parsed.map((c) => [hours.indexOf(c.hour), weekdays.indexOf(c.weekday), c.issued]),
    max: Math.max(0, ...parsed.map((c) => c.issued)),
  };
}
