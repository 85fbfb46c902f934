/**
 * A site's day per local hour (hour_figures, migration 11): the rows behind
 * the by=day and by=hour reports and the weekday × hour heat map. Each
 * ticket event adds to the hour row of its site, business day and local hour
 * (the hour the event happened: an issue counts when it was issued, a wait
 * when the visitor was called), with the same counts and histograms as the
 * day rows (store/day-figures.ts). Written with the day rows, from the unit
 * row's change (every ticket event names its unit once), in the event's
 * own transaction.
 */
import type Database from 'better-sqlite3';
import { businessTime } from '@hallq/core';
import {
  bucketOf,
  COUNTS,
  emptyFigures,
  type CountName,
  type DayFigures,
  type Durations,
  type FigureChange,
} from '../store/day-figures';
import { addToHistogram, EMPTY_HISTOGRAM, ONE_IN } from '../store/histogram-sql';

/** The count columns of both figure tables, in the order of COUNTS. */
const COLUMN_OF: Record<CountName, string> = {
  issued: 'issued',
  called: 'called',
  recalled: 'recalled',
  served: 'served',
  noShow: 'no_show',
  transferredOut: 'transferred_out',
  cancelled: 'cancelled',
  expired: 'expired',
  outOfOrder: 'out_of_order',
};
export const COUNT_COLUMNS = COUNTS.map((c) => COLUMN_OF[c]);

/** The site's time zone, as the catalogue holds it now (a primary-key read). */
export function siteZones(db: Database.Database): (siteId: string) => string {
  const zone = db.prepare(
    `SELECT json_extract(json, '$.timeZone') AS tz FROM catalog WHERE kind = 'site' AND id = ?`,
  );
  return (siteId) => (zone.get(siteId) as { tz: string | null } | undefined)?.tz ?? 'Asia/Shanghai';
}

export const localHour = (at: number, timeZone: string): number =>
  Math.floor(businessTime(at, timeZone).minutes / 60);

/** The hour rows follow the day rows: call it with each event's unit change. */
export function hourFigureWriter(db: Database.Database): (c: FigureChange, at: number) => void {
  const zoneOf = siteZones(db);
  const countOnly = Object.fromEntries(
    COUNTS.map((c) => [
      c,
      db.prepare(`INSERT INTO hour_figures (site_id, business_day, hour, ${COLUMN_OF[c]},
         wait_hist, service_hist) VALUES (?, ?, ?, 1, ?, ?)
         ON CONFLICT DO UPDATE SET ${COLUMN_OF[c]} = ${COLUMN_OF[c]} + 1`),
    ]),
  ) as Record<CountName, Database.Statement>;
  const timed = Object.fromEntries(
    COUNTS.map((c) => [
      c,
      db.prepare(`INSERT INTO hour_figures (site_id, business_day, hour, ${COLUMN_OF[c]},
         wait_sum_ms, wait_count, wait_max_ms, wait_hist, service_sum_ms, service_count, service_hist)
         VALUES (@siteId, @day, @hour, 1, @waitMs, @waitCount, @waitMs, @waitHist,
           @serviceMs, @serviceCount, @serviceHist)
         ON CONFLICT DO UPDATE SET ${COLUMN_OF[c]} = ${COLUMN_OF[c]} + 1,
           wait_sum_ms = wait_sum_ms + excluded.wait_sum_ms,
           wait_count = wait_count + excluded.wait_count,
           wait_max_ms = MAX(wait_max_ms, excluded.wait_max_ms),
           service_sum_ms = service_sum_ms + excluded.service_sum_ms,
           service_count = service_count + excluded.service_count,
           ${addToHistogram('wait_hist', '@waitBucket')},
           ${addToHistogram('service_hist', '@serviceBucket')}`),
    ]),
  ) as Record<CountName, Database.Statement>;
  return (c, at) => {
    if (c.kind !== 'unit' || c.count === 'expired') return;
    const hour = localHour(at, zoneOf(c.siteId));
    if (c.waitMs === undefined && c.serviceMs === undefined) {
      countOnly[c.count].run(c.siteId, c.businessDay, hour, EMPTY_HISTOGRAM, EMPTY_HISTOGRAM);
      return;
    }
    const waitBucket = c.waitMs === undefined ? null : bucketOf(c.waitMs);
    const serviceBucket = c.serviceMs === undefined ? null : bucketOf(c.serviceMs);
    timed[c.count].run({
      siteId: c.siteId,
      day: c.businessDay,
      hour,
      waitMs: c.waitMs ?? 0,
      waitCount: waitBucket === null ? 0 : 1,
      waitHist: waitBucket === null ? EMPTY_HISTOGRAM : ONE_IN[waitBucket],
      waitBucket,
      serviceMs: c.serviceMs ?? 0,
      serviceCount: serviceBucket === null ? 0 : 1,
      serviceHist: serviceBucket === null ? EMPTY_HISTOGRAM : ONE_IN[serviceBucket],
      serviceBucket,
    });
  };
}

interface HourTotal {
  figures: DayFigures;
  hour: number;
  waitMaxMs: number;
}

function addInPlace(d: Durations, ms: number): void {
  const b = bucketOf(ms);
  d.sumMs += ms;
  d.count++;
  d.histogram[b] = (d.histogram[b] ?? 0) + 1;
}

/**
 * The hour rows of a rebuild from the log (buildFiguresFromLog), added up in
 * memory and written once each, as the day rows are there.
 */
export function hourTotals(db: Database.Database) {
  const zoneOf = siteZones(db);
  const zones = new Map<string, string>();
  const totals = new Map<string, HourTotal>();
  const put = db.prepare(`INSERT OR REPLACE INTO hour_figures (site_id, business_day, hour,
     ${COUNT_COLUMNS.join(', ')}, wait_sum_ms, wait_count, wait_max_ms, wait_hist,
     service_sum_ms, service_count, service_hist)
     VALUES (${new Array(COUNT_COLUMNS.length + 10).fill('?').join(', ')})`);
  return {
    add(c: FigureChange, at: number): void {
      if (c.kind !== 'unit' || c.count === 'expired') return;
      let zone = zones.get(c.siteId);
      if (zone === undefined) zones.set(c.siteId, (zone = zoneOf(c.siteId)));
      const hour = localHour(at, zone);
      const key = `${c.siteId}|${c.businessDay}|${hour}`;
      let row = totals.get(key);
      if (!row) {
        row = {
          figures: emptyFigures('unit', c.siteId, c.siteId, c.businessDay),
          hour,
          waitMaxMs: 0,
        };
        totals.set(key, row);
      }
      row.figures[c.count]++;
      if (c.waitMs !== undefined) {
        addInPlace(row.figures.wait, c.waitMs);
        row.waitMaxMs = Math.max(row.waitMaxMs, c.waitMs);
      }
      if (c.serviceMs !== undefined) addInPlace(row.figures.service, c.serviceMs);
    },
    /** Writes the rows (the table was emptied before the rebuild). */
    flush(): void {
      for (const { figures: f, hour, waitMaxMs } of totals.values()) {
        put.run(
          f.siteId,
          f.businessDay,
          hour,
          ...COUNTS.map((c) => f[c]),
          f.wait.sumMs,
          f.wait.count,
          waitMaxMs,
          JSON.stringify(f.wait.histogram),
          f.service.sumMs,
          f.service.count,
          JSON.stringify(f.service.histogram),
        );
      }
      totals.clear();
    },
  };
}
