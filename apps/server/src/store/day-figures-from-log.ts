/**
 * The day_figures and hour_figures rows built once from the whole event log,
 * for a database that had history before migration 5 (open-database.ts runs
 * it while the server is not yet listening).
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
  type DayFigures,
  type Durations,
  type FigureChange,
} from './day-figures';
import {
  DAY_FIGURES_SQL,
  FIGURE_COLUMNS,
  figuresFromRow,
  projectedOf,
  type FigureRow,
  type TicketBrief,
} from './sqlite-day-figures';
import { hourTotals } from '../reports/hour-figures';
import { alertCountsFromTable } from '../reports/alert-counts';

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

function addInPlace(d: Durations, ms: number): void {
  const b = bucketOf(ms);
  d.sumMs += ms;
  d.count++;
  d.histogram[b] = (d.histogram[b] ?? 0) + 1;
}
