/**
 * Rebuilds the core's HallState from the projections at boot, so a restart
 * costs one read of the active tickets, not a replay of a year of events.
 */
import type Database from 'better-sqlite3';
import {
  homeSiteOf,
  indexWaiting,
  initialState,
  type Catalog,
  type HallState,
  type Ticket,
  type TicketPriority,
  type TicketStatus,
  type WindowStatus,
} from '@hallq/core';

export interface TicketRow {
  id: string;
  site_id: string;
  issued_unit_id: string;
  unit_id: string;
  item_id: string;
  number: string;
  serial: number;
  business_day: string;
  priority: string;
  status: string;
  issued_at: number;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  window_id: string | null;
  served_by: string | null;
  recall_count: number;
  transfer_count: number;
  queue_order: number;
  front: number;
  target_window_id: string | null;
  device_id: string | null;
  transferred_from?: string | null;
  transfer_note?: string | null;
}

export function ticketFromRow(row: TicketRow): Ticket {
  return {
    id: row.id,
    siteId: row.site_id,
    unitId: row.unit_id,
    itemId: row.item_id,
    number: row.number,
    serial: row.serial,
    businessDay: row.business_day,
    priority: row.priority as TicketPriority,
    status: row.status as TicketStatus,
    issuedAt: row.issued_at,
    queueOrder: row.queue_order,
    front: row.front === 1,
    recallCount: row.recall_count,
    transferCount: row.transfer_count,
    ...(row.target_window_id ? { targetWindowId: row.target_window_id } : {}),
    ...(row.window_id ? { windowId: row.window_id } : {}),
    ...(row.called_at != null ? { calledAt: row.called_at } : {}),
    ...(row.started_at != null ? { startedAt: row.started_at } : {}),
    ...(row.finished_at != null ? { finishedAt: row.finished_at } : {}),
    ...(row.transferred_from ? { transferredFrom: row.transferred_from } : {}),
    ...(row.transfer_note ? { transferNote: row.transfer_note } : {}),
  };
}

const SERVICE_SAMPLES = 20;

/** Boot's reads of today, each by an index (lean-writes.test.ts checks the plans). */
export const BOOT_SQL = {
  /** A unit's last serial of the day: one probe of the tickets' (site, unit, day, serial) key. */
  lastSerial: `SELECT MAX(serial) FROM tickets
    WHERE site_id = ? AND issued_unit_id = ? AND business_day = ?`,
  /**
   * A unit's tickets of the day still waiting, called or serving, by the same
   * key: no index of active tickets is kept (migration 18), and a ticket still
   * active is of its site's current day (Q2 ends the others at the close).
   */
  active: `SELECT * FROM tickets
    WHERE site_id = ? AND issued_unit_id = ? AND business_day = ?
      AND status IN ('waiting','called','serving')`,
  /** The day's 过号 tickets, by their own partial index (migration 16). */
  noShows: `SELECT * FROM tickets WHERE site_id = ? AND business_day = ? AND status = 'noShow'`,
};

export function loadState(db: Database.Database, catalog: Catalog): HallState {
  const base = initialState(catalog);
  const businessDays: Record<string, string> = {};
  for (const r of db.prepare(`SELECT site_id, business_day FROM site_state`).all() as {
    site_id: string;
    business_day: string | null;
  }[]) {
    if (r.business_day) businessDays[r.site_id] = r.business_day;
  }
  // Today's counters only, per site: with a year of history the tables hold
  // every day, and boot must not read them all.
  const serials: Record<string, number> = {};
  const lastSerial = db.prepare(BOOT_SQL.lastSerial).pluck();
  // An item's issued count for its daily quota is its day figure.
  const itemIssued: Record<string, number> = {};
  const itemsOf = db.prepare(`SELECT id, issued FROM day_figures
    WHERE site_id = ? AND business_day = ? AND kind = 'item' AND issued > 0`);
  const tickets: Record<string, Ticket> = {};
  const activeOf = db.prepare(BOOT_SQL.active);
  for (const [siteId, day] of Object.entries(businessDays)) {
    for (const unitId of Object.keys(catalog.units)) {
      const last = lastSerial.get(siteId, unitId, day) as number | null;
      if (last === null) continue;
      serials[`${siteId}|${unitId}|${day}`] = last;
      for (const row of activeOf.all(siteId, unitId, day) as TicketRow[])
        tickets[row.id] = ticketFromRow(row);
    }
    // 限号 is the item's home hall's (core Q26): not a township's enabled master item.
    for (const r of itemsOf.all(siteId, day) as { id: string; issued: number }[])
      if (homeSiteOf(catalog, r.id) === siteId) itemIssued[`${r.id}|${day}`] = r.issued;
  }

  // 过号 tickets of each site's current day, restorable (core Q24).
  const noShows: Record<string, Ticket> = {};
  const noShowsOf = db.prepare(BOOT_SQL.noShows);
  for (const [siteId, day] of Object.entries(businessDays)) {
    for (const row of noShowsOf.all(siteId, day) as TicketRow[]) {
      noShows[row.id] = ticketFromRow(row);
    }
  }

  const windows = { ...base.windows };
  for (const r of db.prepare(`SELECT * FROM window_state`).all() as {
    id: string;
    status: string;
    staff_id: string | null;
    pause_reason: string | null;
    pause_until?: string | null;
    priority_streak: number;
  }[]) {
    if (!windows[r.id]) continue;
    windows[r.id] = {
      id: r.id,
      status: r.status as WindowStatus,
      priorityStreak: r.priority_streak,
      ...(r.staff_id ? { staffId: r.staff_id } : {}),
      ...(r.pause_reason ? { pauseReason: r.pause_reason } : {}),
      ...(r.pause_until ? { pauseUntil: r.pause_until } : {}),
    };
  }
  // A window's current ticket is the one called or serving there (core Q12;
  // migration 19), signed in or not.
  for (const t of Object.values(tickets)) {
    const w = t.windowId !== undefined ? windows[t.windowId] : undefined;
    if (w && (t.status === 'called' || t.status === 'serving'))
      windows[w.id] = { ...w, currentTicketId: t.id };
  }

  const serviceTimes: Record<string, number[]> = {};
  const recent = db.prepare(
    `SELECT finished_at - COALESCE(started_at, called_at) AS ms FROM tickets
     WHERE unit_id = ? AND status = 'done' ORDER BY finished_at DESC LIMIT ${SERVICE_SAMPLES}`,
  );
  for (const unitId of Object.keys(catalog.units)) {
    const rows = recent.all(unitId) as { ms: number }[];
    if (rows.length) serviceTimes[unitId] = rows.map((r) => r.ms).reverse();
  }

  // The order counter is global and only grows. Each logged event carries it
  // (migration 17), so the largest on the streams' last events is the
  // latest; before that, each site's row held it as of that site's last
  // command, and before that meta did.
  const counter = db
    .prepare(
      `SELECT MAX(COALESCE((SELECT MAX(order_counter) FROM site_state), 0),
        COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'order_counter'), 0),
        COALESCE((SELECT MAX((SELECT order_counter FROM events e WHERE e.site_id = s.site_id
          ORDER BY seq DESC LIMIT 1)) FROM site_state s), 0))`,
    )
    .pluck()
    .get() as number;

  return {
    ...base,
    businessDays,
    serials,
    itemIssued,
    tickets,
    queues: indexWaiting(tickets),
    windows,
    noShows,
    orderCounter: counter,
    serviceTimes,
  };
}
