/**
 * Two of the read models the rules read beside the hall's model: each
 * device's health (core S6) from the device list the heartbeats keep, and
 * each clerk's 选号 calls and transfers of the day (core S7) from the day
 * figures. A device with a live socket is seen now (screens report over
 * HTTP only now and then; socket.io's pings find a dead one within seconds).
 * A printer fault's start is when the engine first saw it (a restart starts
 * it again; an open alert keeps its level).
 */
import type Database from 'better-sqlite3';
import type { ClerkDay, DeviceHealth, PrinterFault } from '@hallq/core';
import type { DeviceRow } from '../domain/accounts';

const PRINTER_FAULTS: readonly string[] = ['paperOut', 'coverOpen', 'offline'];

export class DeviceWatch {
  private readonly faultSince = new Map<string, { status: string; since: number }>();
  /** When each device's socket was last seen connected (by a pass). */
  private readonly socketSeen = new Map<string, number>();

  health(
    rows: readonly DeviceRow[],
    now: number,
    connected: ReadonlySet<string> = new Set(),
  ): DeviceHealth[] {
    const out: DeviceHealth[] = [];
    for (const d of rows) {
      // Rating pads (好差评) are not yet watched by S6.
      if (d.revoked_at !== null || d.kind === 'rater') continue;
      const status = d.printer_status ?? '';
      let fault: DeviceHealth['printerFault'];
      if (PRINTER_FAULTS.includes(status)) {
        const seen = this.faultSince.get(d.id);
        const since = seen && seen.status === status ? seen.since : now;
        this.faultSince.set(d.id, { status, since });
        fault = { status: status as PrinterFault, since };
      } else {
        this.faultSince.delete(d.id);
      }
      if (connected.has(d.id)) this.socketSeen.set(d.id, now);
      const seen = Math.max(d.last_seen_at ?? -Infinity, this.socketSeen.get(d.id) ?? -Infinity);
      const lastSeenAt = Number.isFinite(seen) ? seen : null;
      out.push({
        id: d.id,
        siteId: d.site_id,
        kind: d.kind,
        ...(lastSeenAt !== null ? { lastSeenAt } : {}),
        ...(fault ? { printerFault: fault } : {}),
      });
    }
    return out;
  }
}

export function clerkDayReader(db: Database.Database) {
  const rows = db.prepare(`SELECT id, out_of_order, transferred_out FROM day_figures
    WHERE site_id = ? AND business_day = ? AND kind = 'clerk'
      AND (out_of_order > 0 OR transferred_out > 0)`);
  return (siteId: string, businessDay: string): ClerkDay[] =>
    (
      rows.all(siteId, businessDay) as {
        id: string;
        out_of_order: number;
        transferred_out: number;
      }[]
    ).map((r) => ({ staffId: r.id, outOfOrder: r.out_of_order, transfers: r.transferred_out }));
}

/** The day figures' clerks with their 选号 calls of priority tickets beyond the ratio (core S7). */
export function withPriorityCalls(
  clerks: readonly ClerkDay[],
  beyond: ReadonlyMap<string, number>,
): ClerkDay[] {
  const out = clerks.map((c) => ({ ...c, priorityBeyondRatio: beyond.get(c.staffId) ?? 0 }));
  for (const [staffId, n] of beyond)
    if (!clerks.some((c) => c.staffId === staffId))
      out.push({ staffId, outOfOrder: 0, transfers: 0, priorityBeyondRatio: n });
  return out;
}
