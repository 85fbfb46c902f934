/**
 * A report's figures: the day rows of one kind (day_figures) or the site's
 * hour rows (hour_figures) over a range of business days, added up per
 * group. Never the tickets: a year of a busy hall is ~250 rows per clerk,
 * window, unit or item. The rows are read a few days at a time, with the
 * event loop free between reads (setImmediate), so that a long range keeps
 * every read short while the hall goes on calling. A month before the
 * current one no longer changes: its figures per id are added up once and
 * kept (closed-months.ts), so a year reads the rows of this month only.
 */
import type Database from 'better-sqlite3';
import { weekdayOfDay } from '@hallq/core';
import { ClosedMonths, mergeInto, monthsOf } from './closed-months';
import type { ReportBy } from '@hallq/protocol';
import {
  BUCKET_MS,
  BUCKETS,
  emptyDurations,
  meanMs,
  quantileMs,
  type Durations,
} from '../store/day-figures';

/** One group's figures, added up over its rows. */
export interface ReportFigures {
  issued: number;
  served: number;
  noShow: number;
  transferredOut: number;
  cancelled: number;
  outOfOrderCalls: number;
  alertsYellow: number;
  alertsRed: number;
  wait: Durations;
  waitMaxMs: number;
  service: Durations;
}

export const emptyReportFigures = (): ReportFigures => ({
  issued: 0,
  served: 0,
  noShow: 0,
  transferredOut: 0,
  cancelled: 0,
  outOfOrderCalls: 0,
  alertsYellow: 0,
  alertsRed: 0,
  wait: emptyDurations(),
  waitMaxMs: 0,
  service: emptyDurations(),
});

const COLUMNS = `issued, served, no_show, transferred_out, cancelled, out_of_order,
  alerts_yellow, alerts_red, wait_sum_ms, wait_count, wait_max_ms, wait_hist,
  service_sum_ms, service_count, service_hist`;

/** A row in raw mode: [group columns…, then COLUMNS in order]. */
type Raw = (string | number)[];

/** Adds a histogram's JSON text ("[0,3,1,…]") into `into`, without building an array. */
function addHistogramText(into: number[], text: string): void {
  let i = 0;
  let n = 0;
  for (let p = 1; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    else {
      if (n !== 0) into[i] = (into[i] ?? 0) + n;
      n = 0;
      i++;
    }
  }
}

function addRaw(f: ReportFigures, r: Raw, at: number): void {
  f.issued += r[at] as number;
  f.served += r[at + 1] as number;
  f.noShow += r[at + 2] as number;
  f.transferredOut += r[at + 3] as number;
  f.cancelled += r[at + 4] as number;
  f.outOfOrderCalls += r[at + 5] as number;
  f.alertsYellow += r[at + 6] as number;
  f.alertsRed += r[at + 7] as number;
  const waits = r[at + 9] as number;
  if (waits > 0) {
    f.wait.sumMs += r[at + 8] as number;
    f.wait.count += waits;
    f.waitMaxMs = Math.max(f.waitMaxMs, r[at + 10] as number);
    addHistogramText(f.wait.histogram, r[at + 11] as string);
  }
  const services = r[at + 13] as number;
  if (services > 0) {
    f.service.sumMs += r[at + 12] as number;
    f.service.count += services;
    addHistogramText(f.service.histogram, r[at + 14] as string);
  }
}

/** The 90th percentile in whole ms: its bucket's upper edge (the overflow bucket: its lower edge, or the longest wait). */
export function p90Ms(d: Durations, maxMs?: number): number {
  const q = quantileMs(d, 0.9);
  if (q === undefined) return 0;
  if (q === Infinity) return Math.max(maxMs ?? 0, (BUCKETS - 1) * BUCKET_MS);
  // The longest wait, when it is inside the bucket, is a closer upper edge.
  return maxMs ? Math.min(q, maxMs) : q;
}

export { meanMs };

const DAY_MS = 86_400_000;
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

/** Days per read: three of a kind's rows (~550 of 183 items), a month of hour rows. */
const KIND_CHUNK_DAYS = 3;
const HOUR_CHUNK_DAYS = 31;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ReportFiguresResult {
  groups: Map<string, ReportFigures>;
  totals: ReportFigures;
}

export function reportReader(db: Database.Database) {
  const kindRows = db
    .prepare(
      `SELECT id, ${COLUMNS} FROM day_figures
      WHERE site_id = ? AND kind = ? AND business_day BETWEEN ? AND ?`,
    )
    .raw(true);
  const subjectRows = db
    .prepare(
      `SELECT business_day, ${COLUMNS} FROM day_figures
      WHERE kind = ? AND id = ? AND business_day BETWEEN ? AND ? AND site_id = ?`,
    )
    .raw(true);
  const hourRows = db
    .prepare(
      `SELECT business_day, hour, ${COLUMNS} FROM hour_figures
      WHERE site_id = ? AND business_day BETWEEN ? AND ?`,
    )
    .raw(true);

  const hourKey = (by: ReportBy, day: string, hour: number): string => {
    const hh = String(hour).padStart(2, '0');
    if (by === 'day') return day;
    if (by === 'hour') return hh;
    return `${weekdayOfDay(day)}-${hh}`;
  };

  async function chunks(
    from: string,
    to: string,
    days: number,
    read: (a: string, b: string) => void,
  ) {
    for (let start = from; start <= to; start = addDays(start, days)) {
      const end = addDays(start, days - 1);
      read(start, end < to ? end : to);
      if (end < to) await yieldToLoop();
    }
  }

  /** A kind's figures per id over days, from its rows. */
  async function kindDays(siteId: string, kind: string, from: string, to: string) {
    const out = new Map<string, ReportFigures>();
    await chunks(from, to, KIND_CHUNK_DAYS, (a, b) => {
      for (const r of kindRows.all(siteId, kind, a, b) as Raw[]) {
        const id = r[0] as string;
        let f = out.get(id);
        if (!f) out.set(id, (f = emptyReportFigures()));
        addRaw(f, r, 1);
      }
    });
    return out;
  }
  const closed = new ClosedMonths(kindDays);

  return async function figures(
    siteId: string,
    from: string,
    to: string,
    by: ReportBy,
    /** The site's current month (YYYY-MM): the months before it are kept once added up. */
    currentMonth = '9999-12',
    /** With by=day: one clerk's (window's, unit's, item's) days, from its own rows. */
    subject?: { kind: string; id: string },
  ): Promise<ReportFiguresResult> {
    const groups = new Map<string, ReportFigures>();
    const totals = emptyReportFigures();
    const group = (key: string) => {
      let f = groups.get(key);
      if (!f) groups.set(key, (f = emptyReportFigures()));
      return f;
    };
    if (subject) {
      // A primary-key range: at most a row a day.
      for (const r of subjectRows.all(subject.kind, subject.id, from, to, siteId) as Raw[]) {
        addRaw(group(r[0] as string), r, 1);
        addRaw(totals, r, 1);
      }
      return { groups, totals };
    }
    const byHour = by === 'day' || by === 'hour' || by === 'weekdayHour';
    await chunks(from, to, HOUR_CHUNK_DAYS, (a, b) => {
      for (const r of hourRows.all(siteId, a, b) as Raw[]) {
        addRaw(totals, r, 2);
        if (byHour) addRaw(group(hourKey(by, r[0] as string, r[1] as number)), r, 2);
      }
    });
    if (!byHour) {
      await yieldToLoop();
      for (const span of monthsOf(from, to)) {
        const part =
          span.whole && span.month < currentMonth
            ? await closed.month(siteId, by, span.month)
            : await kindDays(siteId, by, span.from, span.to);
        for (const [id, f] of part) mergeInto(group(id), f);
        await yieldToLoop();
      }
    }
    return { groups, totals };
  };
}
