/**
 * When each window's state last changed (core S3, S4 read it): since when it
 * is in its status (signed in, paused, resumed, signed out, or signed out by
 * the day's close) and when it last did something with a ticket. Kept in
 * memory from the events the hall publishes (committed ones), and rebuilt at
 * boot from the log of each site's current day: its events since the site's
 * last day.closed, read through the log's (site, type, seq) index.
 */
import type Database from 'better-sqlite3';
import type { Catalog, WindowActivity } from '@hallq/core';
import type { WireEvent } from '@hallq/protocol';

const STATUS = ['window.signedIn', 'window.signedOut', 'window.paused', 'window.resumed'];
const ACTIVE = [
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.noShow',
  'ticket.transferred',
  'ticket.cancelled',
  'ticket.restored',
];

const WINDOW_ACTIVITY_TYPES = ['day.closed', ...STATUS, ...ACTIVE];

/**
 * The reads at boot, by the log's type index (`type <> 'ticket.issued'` is
 * that partial index's own condition; store/lean-writes.test.ts checks
 * the plans). `since` takes the site, then WINDOW_ACTIVITY_TYPES, then a seq.
 */
export const WINDOW_ACTIVITY_SQL = {
  lastClose: `SELECT MAX(seq) AS seq FROM events WHERE site_id = ? AND type = 'day.closed'
    AND type <> 'ticket.issued'`,
  since: `SELECT type, at, COALESCE(json_extract(event, '$.windowId'),
      json_extract(event, '$.fromWindowId')) AS window_id
    FROM events WHERE site_id = ? AND type IN (${WINDOW_ACTIVITY_TYPES.map(() => '?').join(',')})
      AND seq >= ? AND type <> 'ticket.issued' ORDER BY seq`,
  types: WINDOW_ACTIVITY_TYPES,
};

export class WindowActivityLog {
  private readonly byWindow = new Map<string, WindowActivity>();

  constructor(private readonly catalog: () => Catalog) {}

  /** One event's mark on a window: `windowId` is the window the event happened at. */
  note(type: string, siteId: string, at: number, windowId: string | undefined): void {
    if (type === 'day.closed') {
      for (const w of Object.values(this.catalog().windows)) {
        if (w.siteId === siteId) this.set(w.id, { statusSince: at });
      }
      return;
    }
    if (windowId === undefined) return;
    if (STATUS.includes(type)) this.set(windowId, { statusSince: at });
    else if (ACTIVE.includes(type)) this.set(windowId, { lastActiveAt: at });
  }

  noteWire(e: WireEvent): void {
    const p = e.payload as { siteId: string; at: number; window?: { id: string } };
    this.note(e.name, p.siteId, p.at, p.window?.id);
  }

  private set(windowId: string, change: WindowActivity): void {
    this.byWindow.set(windowId, { ...this.byWindow.get(windowId), ...change });
  }

  /** Every window's activity (a copy). */
  all(): Record<string, WindowActivity> {
    return Object.fromEntries(this.byWindow);
  }

  /** The current day's window marks of each site, from the log. */
  rebuild(db: Database.Database, siteIds: readonly string[]): void {
    const lastClose = db.prepare(WINDOW_ACTIVITY_SQL.lastClose);
    const rows = db.prepare(WINDOW_ACTIVITY_SQL.since);
    for (const siteId of siteIds) {
      const from = (lastClose.get(siteId) as { seq: number | null }).seq ?? 0;
      for (const r of rows.iterate(siteId, ...WINDOW_ACTIVITY_SQL.types, from) as Iterable<{
        type: string;
        at: number;
        window_id: string | null;
      }>) {
        this.note(r.type, siteId, r.at, r.window_id ?? undefined);
      }
    }
  }
}
