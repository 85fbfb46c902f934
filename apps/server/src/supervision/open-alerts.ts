/**
 * The open alerts of each site, in memory: what every pass compares the
 * conditions with (core S9). Loaded from the alerts table once per site, then
 * moved by each batch of alert events once recordAdmin has written them (a
 * batch that threw is read back from the table), so a pass never reads the
 * table; a restart loads it again, and carries on where it was.
 */
import type { OpenAlert } from '@hallq/core';
import type { AlertEvent } from './alert-events';
import type { AlertTable } from './alert-table';

export class OpenAlerts {
  private readonly bySite = new Map<string, Map<string, OpenAlert>>();

  constructor(private readonly table: AlertTable) {}

  private site(siteId: string): Map<string, OpenAlert> {
    let open = this.bySite.get(siteId);
    if (!open) {
      open = new Map(this.table.open(siteId).map((a) => [a.id, a]));
      this.bySite.set(siteId, open);
    }
    return open;
  }

  of(siteId: string): OpenAlert[] {
    return [...this.site(siteId).values()];
  }

  /** Forget a site's copy: the next read takes the table's. */
  reload(siteId: string): void {
    this.bySite.delete(siteId);
  }

  /** Events just written: the copy follows them as the table did. */
  follow(events: readonly AlertEvent[]): void {
    for (const e of events) {
      const open = this.site(e.siteId);
      if (e.type === 'alert.opened') {
        const { id, key, rule, level, detail, ...subject } = e.alert;
        open.set(id, {
          id,
          key,
          rule,
          level,
          siteId: e.siteId,
          ...subject,
          detail,
          openedAt: e.at,
          ...(level === 'red' ? { redAt: e.at } : {}),
        });
        continue;
      }
      const alert = open.get(e.alertId);
      if (!alert) continue;
      if (e.type === 'alert.closed') open.delete(e.alertId);
      else if (e.type === 'alert.acknowledged')
        open.set(alert.id, { ...alert, acknowledgedAt: e.at });
      else if (e.to === 'admin') open.set(alert.id, { ...alert, escalatedAt: e.at });
      else
        open.set(alert.id, {
          ...alert,
          level: 'red',
          redAt: e.at,
          ...(e.detail ? { detail: e.detail } : {}),
        });
    }
  }
}
