/**
 * Keeps the projection tables (tickets, window_state, day_figures) in step with each event, from the event alone: no state is
 * read, so a projection is what the log says. Runs inside the command's
 * transaction, so the log and the projections can never disagree.
 */
import type Database from 'better-sqlite3';
import type { HallEvent } from '@hallq/core';
import { figureWriter } from './sqlite-day-figures';
import type { ProjectionContext } from './hall-store';

export function createProjector(db: Database.Database) {
  const insertTicket = db.prepare(`INSERT INTO tickets
    (id, site_id, issued_unit_id, unit_id, item_id, number, serial, business_day, priority, status,
     issued_at, queue_order, front, recall_count, transfer_count, device_id)
    VALUES (@id, @siteId, @unitId, @unitId, @itemId, @number, @serial, @businessDay, @priority, @status,
     @issuedAt, @queueOrder, @front, 0, 0, @deviceId)`);

  const ticket = {
    called: db.prepare(`UPDATE tickets SET status='called', called_at=@at, window_id=@windowId,
       served_by=COALESCE(@staffId, served_by) WHERE id=@ticketId`),
    recalled: db.prepare(`UPDATE tickets SET recall_count=@recallCount WHERE id=@ticketId`),
    started: db.prepare(`UPDATE tickets SET status='serving', started_at=@at WHERE id=@ticketId`),
    // Finishing straight from "called" counts service from the call.
    finished: db.prepare(`UPDATE tickets SET status='done', finished_at=@at,
       started_at=COALESCE(started_at, called_at) WHERE id=@ticketId`),
    ended: db.prepare(`UPDATE tickets SET status=@status, finished_at=@at WHERE id=@ticketId`),
    transferred: db.prepare(`UPDATE tickets SET status='waiting', unit_id=@toUnitId,
       item_id=@toItemId, queue_order=@queueOrder, front=@front, transfer_count=@transferCount,
       target_window_id=@toWindowId, window_id=NULL, called_at=NULL, started_at=NULL,
       transferred_from=@fromWindowId, transfer_note=@note
       WHERE id=@ticketId`),
    // Q24: a 过号 ticket waits again, with its number, a fresh place and no recalls.
    restored: db.prepare(`UPDATE tickets SET status='waiting', queue_order=@queueOrder,
       front=@front, recall_count=0, window_id=NULL, called_at=NULL, started_at=NULL,
       finished_at=NULL WHERE id=@ticketId AND status='noShow'`),
  };

  const window = {
    // Q11: call-next of a ticket not sent to the front moves the counter; 选号 does not.
    called: db.prepare(`WITH r AS (SELECT json_extract(json, '$.priorityRatio.priority') AS p,
         json_extract(json, '$.priorityRatio.ordinary') AS o
         FROM catalog WHERE kind='site' AND id=@siteId)
       UPDATE window_state SET priority_streak=CASE
         WHEN @manual OR NOT EXISTS (SELECT 1 FROM r)
           OR (SELECT front FROM tickets WHERE id=@ticketId) THEN priority_streak
         WHEN (SELECT p < 1 OR o < 1 FROM r) THEN 0
         WHEN @priority = 'priority' THEN
           CASE WHEN priority_streak >= (SELECT p FROM r) THEN priority_streak
           ELSE priority_streak + 1 END
         WHEN priority_streak < (SELECT p FROM r) THEN 0
         WHEN priority_streak + 1 >= (SELECT p + o FROM r) THEN 0
         ELSE priority_streak + 1 END
       WHERE id=@windowId`),
    session: db.prepare(`INSERT INTO window_state
       (id, status, staff_id, pause_reason, pause_until, priority_streak)
       VALUES (@windowId, @status, @staffId, @pauseReason, @pauseUntil, 0)
       ON CONFLICT DO UPDATE SET status=excluded.status, pause_reason=excluded.pause_reason,
       pause_until=excluded.pause_until,
       staff_id=CASE WHEN @keepStaff THEN staff_id ELSE excluded.staff_id END`),
    closeSite: db.prepare(`UPDATE window_state SET status='signedOut', staff_id=NULL,
       pause_reason=NULL, pause_until=NULL, priority_streak=0
       WHERE id IN (SELECT id FROM catalog WHERE kind='window' AND json_extract(json, '$.siteId')=?)`),
  };

  const projectFigures = figureWriter(db);

  function projectTables(event: HallEvent, ctx: ProjectionContext): void {
    switch (event.type) {
      case 'ticket.issued': {
        const t = event.ticket;
        insertTicket.run({ ...t, front: t.front ? 1 : 0, deviceId: ctx.deviceId ?? null });
        // A unit's last serial is the row's own (site, unit, day, serial)
        // key; an item's count for its daily quota is its day figure's `issued`.
        return;
      }
      case 'ticket.called':
        window.called.run({
          siteId: event.siteId,
          windowId: event.windowId,
          ticketId: event.ticketId,
          manual: event.manualReason === undefined ? 0 : 1,
          priority: event.ticket.priority,
        });
        ticket.called.run({
          at: event.at,
          windowId: event.windowId,
          staffId: event.staffId ?? null,
          ticketId: event.ticketId,
        });
        return;
      case 'ticket.recalled':
        ticket.recalled.run({ recallCount: event.recallCount, ticketId: event.ticketId });
        return;
      case 'ticket.started':
        ticket.started.run({ at: event.at, ticketId: event.ticketId });
        return;
      case 'ticket.finished':
        ticket.finished.run({ at: event.at, ticketId: event.ticketId });
        return;
      case 'ticket.noShow':
        ticket.ended.run({ status: 'noShow', at: event.at, ticketId: event.ticketId });
        return;
      case 'ticket.cancelled':
        ticket.ended.run({ status: 'cancelled', at: event.at, ticketId: event.ticketId });
        return;
      case 'ticket.transferred':
        ticket.transferred.run({
          ticketId: event.ticketId,
          toUnitId: event.toUnitId,
          toItemId: event.toItemId,
          queueOrder: event.queueOrder,
          front: event.position === 'front' ? 1 : 0,
          transferCount: event.ticket.transferCount + 1,
          toWindowId: event.toWindowId ?? null,
          fromWindowId: event.fromWindowId,
          note: event.note ?? null,
        });
        return;
      case 'ticket.restored':
        ticket.restored.run({
          ticketId: event.ticketId,
          queueOrder: event.queueOrder,
          front: event.position === 'front' ? 1 : 0,
        });
        return;
      case 'window.signedIn':
      case 'window.signedOut':
      case 'window.paused':
      case 'window.resumed':
        window.session.run({
          windowId: event.windowId,
          status: {
            'window.signedIn': 'open',
            'window.signedOut': 'signedOut',
            'window.paused': 'paused',
            'window.resumed': 'open',
          }[event.type],
          staffId: event.type === 'window.signedIn' ? event.staffId : null,
          keepStaff: event.type === 'window.paused' || event.type === 'window.resumed' ? 1 : 0,
          pauseReason: event.type === 'window.paused' ? event.reason : null,
          pauseUntil: event.type === 'window.paused' ? (event.until ?? null) : null,
        });
        return;
      case 'day.closed':
        for (const id of event.expiredTicketIds)
          ticket.ended.run({ status: 'expired', at: event.at, ticketId: id });
        window.closeSite.run(event.siteId);
        return;
    }
  }

  return function project(event: HallEvent, ctx: ProjectionContext): void {
    projectFigures(event);
    projectTables(event, ctx);
  };
}
