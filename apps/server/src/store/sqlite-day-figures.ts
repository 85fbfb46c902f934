/**
 * The day_figures table (migration 5): one row per kind, id and business
 * day, read by primary key (one row) or by the site's index (a day's rows).
 * Its rows are written by `figureWriter`, which the projector calls for
 * every event inside the command's transaction.
 */
import type Database from 'better-sqlite3';
import type { HallEvent } from '@hallq/core';
import type { LoggedEvent } from '../domain/logged-event';
import {
  bucketOf,
  COUNTS,
  emptyFigures,
  figureChanges,
  mergeFigures,
  type CountName,
  type DayFigures,
  type Durations,
  type FigureChange,
  type FigureKind,
  type ProjectedTicket,
} from './day-figures';
import { addToHistogram, EMPTY_HISTOGRAM, ONE_IN } from './histogram-sql';
import { hourFigureWriter, hourTotals } from '../reports/hour-figures';
import { alertCountsFromTable } from '../reports/alert-counts';

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

type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], number> & {
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

  const projected = (id: string): ProjectedTicket | undefined => {
    const r = projectedRow.get(id) as
      | {
          business_day: string;
          unit_id: string;
          item_id: string;
          called_at: number | null;
          started_at: number | null;
        }
      | undefined;
    if (!r) return undefined;
    return {
      businessDay: r.business_day,
      unitId: r.unit_id,
      itemId: r.item_id,
      ...(r.called_at != null ? { calledAt: r.called_at } : {}),
      ...(r.started_at != null ? { startedAt: r.started_at } : {}),
    };
  };

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

const CLERK_EVENTS: HallEvent['type'][] = [
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.noShow',
  'ticket.transferred',
];
const CLERK_EVENT_TYPES = new Set<string>(CLERK_EVENTS);
const HALL_EVENT_TYPES = new Set<string>([
  ...CLERK_EVENTS,
  'ticket.issued',
  'ticket.cancelled',
  'window.signedIn',
  'window.signedOut',
  'window.paused',
  'window.resumed',
  'day.closed',
] satisfies HallEvent['type'][]);

/**
 * Builds the rows from the whole log, once, for a database that had history
 * before migration 5. The tickets table is then at its final state, which
 * still gives each finish its service start (a ticket finishes once, and
 * its last start or call is what the row keeps). Events logged before
 * version 2 name no clerk: the ticket's last clerk (served_by) stands in.
 *
 * The rows are added up in memory and each is written once (merged with a
 * row already there), not upserted per event: a year of history is 1.5
 * million events and ~4.5 million row changes, which the per-event
 * `figureWriter` took 268 s to write on the bench machine; the server is
 * down while this runs.
 */
export function buildFiguresFromLog(db: Database.Database): void {
  // Each event with its ticket's projected row, joined in SQLite (a lookup
  // per event from JS was most of the time).
  const page = db.prepare(`SELECT e.site_id, e.seq, e.event, t.business_day, t.unit_id,
       t.item_id, t.called_at, t.started_at, t.served_by
     FROM events e LEFT JOIN tickets t ON t.id = json_extract(e.event, '$.ticketId')
     WHERE (e.site_id, e.seq) > (?, ?) ORDER BY e.site_id, e.seq LIMIT 5000`);
  const ticketRow = db.prepare(`SELECT business_day, unit_id, item_id, called_at, started_at,
     served_by FROM tickets WHERE id = ?`);
  const existing = db.prepare(DAY_FIGURES_SQL);
  const put = db.prepare(`INSERT OR REPLACE INTO day_figures (kind, id, business_day, site_id,
       ${FIGURE_COLUMNS.join(', ')}, wait_sum_ms, wait_count, wait_max_ms, wait_hist,
       service_sum_ms, service_count, service_hist)
     VALUES (${new Array(FIGURE_COLUMNS.length + 11).fill('?').join(', ')})`);
  const totals = new Map<string, DayFigures>();
  const maxWait = new Map<string, number>();
  const hours = hourTotals(db);
  const flush = () => {
    for (const [key, row] of totals) {
      const old = existing.get(row.kind, row.id, row.businessDay) as FigureRow | undefined;
      const r = old ? mergeFigures(figuresFromRow(old), [row]) : row;
      put.run(
        r.kind,
        r.id,
        r.businessDay,
        r.siteId,
        ...COUNTS.map((c) => r[c]),
        r.wait.sumMs,
        r.wait.count,
        Math.max(old?.wait_max_ms ?? 0, maxWait.get(key) ?? 0),
        JSON.stringify(r.wait.histogram),
        r.service.sumMs,
        r.service.count,
        JSON.stringify(r.service.histogram),
      );
    }
    totals.clear();
    maxWait.clear();
  };
  const add = (c: FigureChange, at: number) => {
    hours.add(c, at);
    const key = `${c.kind}|${c.id}|${c.businessDay}`;
    let row = totals.get(key);
    if (!row) totals.set(key, (row = emptyFigures(c.kind, c.id, c.siteId, c.businessDay)));
    row[c.count]++;
    if (c.waitMs !== undefined) {
      addInPlace(row.wait, c.waitMs);
      maxWait.set(key, Math.max(maxWait.get(key) ?? 0, c.waitMs));
    }
    if (c.serviceMs !== undefined) addInPlace(row.service, c.serviceMs);
  };
  const projected = (id: string) => projectedOf(ticketRow.get(id) as TicketBrief | undefined);
  db.transaction(() => {
    // Built whole from the log (a database given history by a generator may
    // already hold today's rows, which the log holds too).
    db.exec(`DELETE FROM day_figures; DELETE FROM hour_figures`);
    let after: [string, number] = ['', 0];
    for (;;) {
      const rows = page.all(...after) as (TicketBrief & {
        site_id: string;
        seq: number;
        event: string;
      })[];
      if (!rows.length) break;
      for (const r of rows) {
        const logged = JSON.parse(r.event) as LoggedEvent;
        if (!HALL_EVENT_TYPES.has(logged.type)) continue;
        const event = logged as HallEvent;
        if (!('ticketId' in event)) {
          for (const c of figureChanges(event, projected)) add(c, event.at);
          continue;
        }
        if (CLERK_EVENT_TYPES.has(event.type) && !('staffId' in event && event.staffId)) {
          if (r.served_by) Object.assign(event, { staffId: r.served_by });
        }
        const own = projectedOf(r.business_day === null ? undefined : r);
        for (const c of figureChanges(event, () => own)) add(c, event.at);
      }
      if (totals.size > 20_000) flush();
      const last = rows[rows.length - 1]!;
      after = [last.site_id, last.seq];
    }
    flush();
    hours.flush();
    alertCountsFromTable(db);
    db.prepare(`DELETE FROM meta WHERE key = 'day_figures_from_log'`).run();
  })();
}

interface TicketBrief {
  business_day: string | null;
  unit_id: string;
  item_id: string;
  called_at: number | null;
  started_at: number | null;
  served_by: string | null;
}

function projectedOf(r: TicketBrief | undefined): ProjectedTicket | undefined {
  if (!r || r.business_day === null) return undefined;
  return {
    businessDay: r.business_day,
    unitId: r.unit_id,
    itemId: r.item_id,
    ...(r.called_at != null ? { calledAt: r.called_at } : {}),
    ...(r.started_at != null ? { startedAt: r.started_at } : {}),
  };
}

function addInPlace(d: Durations, ms: number): void {
  const b = bucketOf(ms);
  d.sumMs += ms;
  d.count++;
  d.histogram[b] = (d.histogram[b] ?? 0) + 1;
}
