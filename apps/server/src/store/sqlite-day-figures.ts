/**
 * The day_figures table (migration 5): one row per kind, id and business
 * day, read by primary key (one row) or by the site's index (a day's rows).
 * Its rows are written by `figureWriter`, which the projector calls for
 * every event inside the command's transaction (a database with history
 * from before the table is built once by day-figures-from-log.ts).
 */
import type Database from 'better-sqlite3';
import type { HallEvent } from '@hallq/core';
import {
  bucketOf,
  COUNTS,
  figureChanges,
  type CountName,
  type DayFigures,
  type FigureKind,
  type ProjectedTicket,
} from './day-figures';
import { addToHistogram, EMPTY_HISTOGRAM, ONE_IN } from './histogram-sql';
import { hourFigureWriter } from '../reports/hour-figures';

/** The count columns, in the order of COUNTS. */
export const FIGURE_COLUMNS = [
  'issued',
  'called',
  'recalled',
  'served',
  'no_show',
  'transferred_out',
  'cancelled',
  'expired',
  'out_of_order',
] as const;

/** One clerk's (window's, unit's, item's) day: a primary-key read. */
export const DAY_FIGURES_SQL = `SELECT * FROM day_figures WHERE kind = ? AND id = ? AND business_day = ?`;
/** Every row of a site's day: a range of the day_figures_site index. */
export const SITE_DAY_FIGURES_SQL = `SELECT * FROM day_figures WHERE site_id = ? AND business_day = ?
  ORDER BY kind, id`;

export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], number> & {
  wait_max_ms?: number;
  kind: FigureKind;
  id: string;
  business_day: string;
  site_id: string;
  wait_sum_ms: number;
  wait_count: number;
  wait_hist: string;
  service_sum_ms: number;
  service_count: number;
  service_hist: string;
};

export function figuresFromRow(r: FigureRow): DayFigures {
  const counts = Object.fromEntries(COUNTS.map((c, i) => [c, r[FIGURE_COLUMNS[i]!]])) as Record<
    CountName,
    number
  >;
  return {
    kind: r.kind,
    id: r.id,
    siteId: r.site_id,
    businessDay: r.business_day,
    ...counts,
    wait: {
      sumMs: r.wait_sum_ms,
      count: r.wait_count,
      histogram: JSON.parse(r.wait_hist) as number[],
    },
    service: {
      sumMs: r.service_sum_ms,
      count: r.service_count,
      histogram: JSON.parse(r.service_hist) as number[],
    },
  };
}

export function dayFiguresReader(db: Database.Database) {
  const one = db.prepare(DAY_FIGURES_SQL);
  const site = db.prepare(SITE_DAY_FIGURES_SQL);
  return {
    dayFigures(kind: FigureKind, id: string, businessDay: string): DayFigures | undefined {
      const r = one.get(kind, id, businessDay) as FigureRow | undefined;
      return r ? figuresFromRow(r) : undefined;
    },
    siteDayFigures(siteId: string, businessDay: string): DayFigures[] {
      return (site.all(siteId, businessDay) as FigureRow[]).map(figuresFromRow);
    },
  };
}

const columnOf = Object.fromEntries(COUNTS.map((c, i) => [c, FIGURE_COLUMNS[i]!])) as Record<
  CountName,
  (typeof FIGURE_COLUMNS)[number]
>;

/**
 * Adds an event to the day's rows, in SQL. Call it before the event moves
 * the tickets table: it reads the ticket's day and service start there.
 */
export function figureWriter(db: Database.Database): (event: HallEvent) => void {
  const projectedRow = db.prepare(`SELECT business_day, unit_id, item_id, called_at, started_at
     FROM tickets WHERE id=?`);
  const add = db.prepare(`INSERT INTO day_figures (kind, id, business_day, site_id,
       ${FIGURE_COLUMNS.join(', ')}, wait_sum_ms, wait_count, wait_max_ms, wait_hist,
       service_sum_ms, service_count, service_hist)
     VALUES (@kind, @id, @businessDay, @siteId, ${FIGURE_COLUMNS.map((c) => `@${c}`).join(', ')},
       @waitMs, @waitCount, @waitMs, @waitHist, @serviceMs, @serviceCount, @serviceHist)
     ON CONFLICT DO UPDATE SET
       ${FIGURE_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')},
       wait_sum_ms = wait_sum_ms + excluded.wait_sum_ms, wait_count = wait_count + excluded.wait_count,
       wait_max_ms = MAX(wait_max_ms, excluded.wait_max_ms),
       service_sum_ms = service_sum_ms + excluded.service_sum_ms,
       service_count = service_count + excluded.service_count,
       ${addToHistogram('wait_hist', '@waitBucket')},
       ${addToHistogram('service_hist', '@serviceBucket')}`);

  const projected = (id: string) => projectedOf(projectedRow.get(id) as TicketBrief | undefined);

  // Most changes only count (an issue, a recall, a 过号…): one lean upsert
  // per count column with positional parameters, instead of the full one.
  const countOnly = Object.fromEntries(
    FIGURE_COLUMNS.map((col) => [
      col,
      db.prepare(`INSERT INTO day_figures (kind, id, business_day, site_id, ${col},
         wait_hist, service_hist) VALUES (?, ?, ?, ?, 1, ?, ?)
         ON CONFLICT DO UPDATE SET ${col} = ${col} + 1`),
    ]),
  ) as Record<(typeof FIGURE_COLUMNS)[number], Database.Statement>;

  // The site's hour rows (reports) follow each event's unit row.
  const hours = hourFigureWriter(db);

  return (event) => {
    for (const c of figureChanges(event, projected)) {
      hours(c, event.at);
      if (c.waitMs === undefined && c.serviceMs === undefined) {
        countOnly[columnOf[c.count]].run(
          c.kind,
          c.id,
          c.businessDay,
          c.siteId,
          EMPTY_HISTOGRAM,
          EMPTY_HISTOGRAM,
        );
        continue;
      }
      const waitBucket = c.waitMs === undefined ? null : bucketOf(c.waitMs);
      const serviceBucket = c.serviceMs === undefined ? null : bucketOf(c.serviceMs);
      const counts: Record<string, number> = {};
      for (const col of FIGURE_COLUMNS) counts[col] = 0;
      counts[columnOf[c.count]] = 1;
      add.run({
        kind: c.kind,
        id: c.id,
        businessDay: c.businessDay,
        siteId: c.siteId,
        ...counts,
        waitMs: c.waitMs ?? 0,
        waitCount: waitBucket === null ? 0 : 1,
        waitHist: waitBucket === null ? EMPTY_HISTOGRAM : ONE_IN[waitBucket],
        waitBucket,
        serviceMs: c.serviceMs ?? 0,
        serviceCount: serviceBucket === null ? 0 : 1,
        serviceHist: serviceBucket === null ? EMPTY_HISTOGRAM : ONE_IN[serviceBucket],
        serviceBucket,
      });
    }
  };
}

/** A ticket's row as the figures read it (served_by only by the rebuild from the log). */
export interface TicketBrief {
  business_day: string | null;
  unit_id: string;
  item_id: string;
  called_at: number | null;
  started_at: number | null;
  served_by?: string | null;
}

export function projectedOf(r: TicketBrief | undefined): ProjectedTicket | undefined {
  if (!r || r.business_day === null) return undefined;
  return {
    businessDay: r.business_day,
    unitId: r.unit_id,
    itemId: r.item_id,
    ...(r.called_at != null ? { calledAt: r.called_at } : {}),
    ...(r.started_at != null ? { startedAt: r.started_at } : {}),
  };
}
