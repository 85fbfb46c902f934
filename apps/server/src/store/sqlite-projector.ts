/**
 * Keeps the projection tables (tickets, window_state, serials, item_issued,
 * site_state) in step with each event. Runs inside the command's transaction,
 * so the log and the projections can never disagree.
 */
import type Database from 'better-sqlite3';
import type { HallEvent, HallState, Ticket } from '@hallq/core';
import type { ProjectionContext } from './hall-store';

const TERMINAL: Partial<Record<HallEvent['type'], string>> = {
  'ticket.finished': 'done',
  'ticket.noShow': 'noShow',
  'ticket.cancelled': 'cancelled',
};

export function createProjector(db: Database.Database) {
  const insertTicket = db.prepare(`INSERT INTO tickets
    (id, site_id, issued_unit_id, unit_id, item_id, number, serial, business_day, priority, status,
     issued_at, queue_order, front, recall_count, transfer_count, device_id)
    VALUES (@id, @siteId, @unitId, @unitId, @itemId, @number, @serial, @businessDay, @priority, @status,
     @issuedAt, @queueOrder, @front, 0, 0, @deviceId)`);
  const updateActive =
    db.prepare(`UPDATE tickets SET unit_id=@unitId, item_id=@itemId, status=@status,
     called_at=@calledAt, started_at=@startedAt, finished_at=@finishedAt, window_id=@windowId,
     served_by=COALESCE(@servedBy, served_by), recall_count=@recallCount, transfer_count=@transferCount,
     queue_order=@queueOrder, front=@front, target_window_id=@targetWindowId WHERE id=@id`);
  const finish = db.prepare(`UPDATE tickets SET status=?, finished_at=?,
     started_at=CASE WHEN ?='done' THEN COALESCE(started_at, called_at) ELSE started_at END WHERE id=?`);
  const expire = db.prepare(`UPDATE tickets SET status='expired', finished_at=? WHERE id=?`);
  const upsertSerial = db.prepare(`INSERT INTO serials (site_id, unit_id, business_day, last)
     VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET last=excluded.last`);
  const bumpItem =
    db.prepare(`INSERT INTO item_issued (item_id, business_day, count) VALUES (?, ?, 1)
     ON CONFLICT DO UPDATE SET count=count+1`);
  const upsertWindow = db.prepare(`INSERT INTO window_state
     (id, status, staff_id, pause_reason, current_ticket_id, priority_streak)
     VALUES (@id, @status, @staffId, @pauseReason, @currentTicketId, @priorityStreak)
     ON CONFLICT DO UPDATE SET status=excluded.status, staff_id=excluded.staff_id,
     pause_reason=excluded.pause_reason, current_ticket_id=excluded.current_ticket_id,
     priority_streak=excluded.priority_streak`);

  const writeActive = (t: Ticket, next: HallState) =>
    updateActive.run({
      id: t.id,
      unitId: t.unitId,
      itemId: t.itemId,
      status: t.status,
      calledAt: t.calledAt ?? null,
      startedAt: t.startedAt ?? null,
      finishedAt: t.finishedAt ?? null,
      windowId: t.windowId ?? null,
      servedBy: t.windowId ? (next.windows[t.windowId]?.staffId ?? null) : null,
      recallCount: t.recallCount,
      transferCount: t.transferCount,
      queueOrder: t.queueOrder,
      front: t.front ? 1 : 0,
      targetWindowId: t.targetWindowId ?? null,
    });

  const writeWindow = (id: string, next: HallState) => {
    const w = next.windows[id];
    if (!w) return;
    upsertWindow.run({
      id,
      status: w.status,
      staffId: w.staffId ?? null,
      pauseReason: w.pauseReason ?? null,
      currentTicketId: w.currentTicketId ?? null,
      priorityStreak: w.priorityStreak,
    });
  };

  return function project(event: HallEvent, next: HallState, ctx: ProjectionContext): void {
    switch (event.type) {
      case 'ticket.issued': {
        const t = event.ticket;
        insertTicket.run({ ...t, front: t.front ? 1 : 0, deviceId: ctx.deviceId ?? null });
        upsertSerial.run(t.siteId, t.unitId, t.businessDay, t.serial);
        bumpItem.run(t.itemId, t.businessDay);
        return;
      }
      case 'day.closed': {
        for (const id of event.expiredTicketIds) expire.run(event.at, id);
        for (const w of Object.values(next.catalog.windows)) {
          if (w.siteId === event.siteId) writeWindow(w.id, next);
        }
        return;
      }
      case 'window.signedIn':
      case 'window.signedOut':
      case 'window.paused':
      case 'window.resumed':
        writeWindow(event.windowId, next);
        return;
      default: {
        const active = next.tickets[event.ticketId];
        if (active) writeActive(active, next);
        else {
          const status = TERMINAL[event.type];
          if (status) finish.run(status, event.at, status, event.ticketId);
        }
        if ('windowId' in event) writeWindow(event.windowId, next);
        if ('fromWindowId' in event) writeWindow(event.fromWindowId, next);
      }
    }
  };
}
