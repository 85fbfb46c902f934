/**
 * The board's list (GET /alerts, status open, no other filter): each site's
 * open alerts as the supervisor sees them, a read model moved by the alert
 * events once their transaction has committed (alert-engine.ts `record`,
 * the one way alert events are written). Each event puts its alert in as
 * the alerts table now holds it (a primary-key read), so this model never
 * applies an event by a second set of rules: the table's apply is the one. A site's list is loaded from the table's
 * index of open alerts at its first read, and a closed alert leaves it.
 *
 * A read then costs a sort of the site's open alerts (a hall has tens to a
 * few hundred), instead of reading, parsing and mapping every row of them.
 */
import type { AlertView } from '@hallq/protocol';
import type { AlertTable } from './alert-table';

/** As the table lists them: newest first, then by id. */
const newestFirst = (a: AlertView, b: AlertView) =>
  b.openedAt - a.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class OpenAlertViews {
  private readonly bySite = new Map<string, Map<string, AlertView>>();

  constructor(private readonly table: AlertTable) {}

  /** An alert event was committed: its alert as it now stands in the alerts table. */
  follow(alert: AlertView): void {
    const open = this.bySite.get(alert.siteId);
    // Not read yet: the first read takes the table's (which has this event).
    if (!open) return;
    if (alert.closedAt !== undefined) open.delete(alert.id);
    else open.set(alert.id, alert);
  }

  /** Forget a site's list (a write that failed): the next read takes the table's. */
  reload(siteId: string): void {
    this.bySite.delete(siteId);
  }

  /** The site's open alerts, newest first, at most `limit`. */
  list(siteId: string, limit: number): AlertView[] {
    let open = this.bySite.get(siteId);
    if (!open) {
      const rows = this.table.list({
        siteIds: [siteId],
        status: 'open',
        limit: Number.MAX_SAFE_INTEGER,
      });
      open = new Map(rows.map((a) => [a.id, a]));
      this.bySite.set(siteId, open);
    }
    return [...open.values()].sort(newestFirst).slice(0, limit);
  }
}
