/**
 * 调度: a supervisor calls a visitor to another window that is free (issue
 * 13). A visitor held at a window (called or being served where the clerk
 * left) is first sent there with the existing transfer (core Q16: to that
 * window, at the front); a waiting visitor that window may call is called
 * as it stands. The call is the window's call-next when the visitor is its
 * next, else a 选号 with the reason 监察调度. Every check runs before the
 * first change: a refusal changes nothing. Each command is audited.
 */
import { nextTicketFor, waitingQueue, type Command } from '@hallq/core';
import type { StaffRow } from '../domain/accounts';
import type { HallService } from '../domain/hall-service';
import { HallqError } from '../errors';
import type Database from 'better-sqlite3';
import { auditAction } from './action-audit';

export const DISPATCH_REASON = '监察调度';

export interface CallTo {
  ticketId: string;
  windowId: string;
  note?: string;
}

/** Checks a call-to against the hall now; returns the window holding the ticket, if any. */
export function checkCallTo(hall: HallService, c: CallTo, now: number): string | undefined {
  const state = hall.state;
  const ticket = state.tickets[c.ticketId];
  if (!ticket) throw new HallqError('HALLQ_E_TICKET_NOT_FOUND');
  const to = state.catalog.windows[c.windowId];
  if (!to || to.siteId !== ticket.siteId)
    throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND', { windowId: c.windowId });
  const ws = state.windows[c.windowId];
  if (!ws || ws.status === 'signedOut') throw new HallqError('HALLQ_E_WINDOW_NOT_OPEN');
  if (ws.status === 'paused') throw new HallqError('HALLQ_E_WINDOW_PAUSED');
  if (ws.currentTicketId !== undefined) throw new HallqError('HALLQ_E_WINDOW_BUSY');
  if (ticket.status === 'waiting') {
    if (!waitingQueue(state, c.windowId, now).some((t) => t.id === ticket.id))
      throw new HallqError('HALLQ_E_INVALID_TRANSITION', { reason: 'notEligibleThere' });
    return undefined;
  }
  const from = ticket.windowId;
  if (from === undefined) throw new HallqError('HALLQ_E_INVALID_TRANSITION');
  if (from === c.windowId)
    throw new HallqError('HALLQ_E_TRANSFER_TARGET', { reason: 'sameWindow', windowId: from });
  return from;
}

export function callTo(
  hall: HallService,
  db: Database.Database,
  actor: Pick<StaffRow, 'id' | 'name'>,
  c: CallTo,
  now: number,
): void {
  const from = checkCallTo(hall, c, now);
  const siteId = hall.state.tickets[c.ticketId]!.siteId;
  const note = c.note?.trim() || DISPATCH_REASON;
  const number = hall.state.tickets[c.ticketId]!.number;
  if (from !== undefined) {
    hall.execute(
      {
        type: 'transfer',
        ticketId: c.ticketId,
        windowId: from,
        toWindowId: c.windowId,
        position: 'front',
        note,
        at: now,
      },
      {},
      (result) =>
        auditAction(db, actor, result, {
          siteId,
          action: 'supervisor.transfer',
          target: `ticket:${c.ticketId}`,
          after: { number, fromWindowId: from, toWindowId: c.windowId, note },
        }),
    );
  }
  const next = nextTicketFor(hall.state, c.windowId, now);
  const call: Command =
    next?.id === c.ticketId
      ? { type: 'callNext', windowId: c.windowId, at: now }
      : { type: 'callTicket', windowId: c.windowId, ticketId: c.ticketId, reason: note, at: now };
  hall.execute(call, {}, (result) =>
    auditAction(db, actor, result, {
      siteId,
      action: 'supervisor.call',
      target: `ticket:${c.ticketId}`,
      after: {
        number,
        windowId: c.windowId,
        ...(from !== undefined ? { fromWindowId: from } : {}),
        note,
      },
    }),
  );
}
