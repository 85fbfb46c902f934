/**
 * Acting on a held ticket (Q15): recall, start, finish, no-show; and cancelling
 * one, by the window holding it or by a supervisor. The legal transitions are
 * the table in SPEC.md.
 */
import type { Cancel, TicketAction } from './commands';
import { accept, reject } from './decision';
import { ticketFacts } from './events';
import { staffAt } from './staff-at';
import type { DecideContext, Decision } from './decision';
import type { Ticket, TicketStatus } from './model';

/** The states each action may start from. */
const FROM: Record<TicketAction['type'], readonly TicketStatus[]> = {
  recall: ['called'],
  start: ['called'],
  finish: ['called', 'serving'],
  noShow: ['called'],
};

const TO: Record<TicketAction['type'], TicketStatus> = {
  recall: 'called',
  start: 'serving',
  finish: 'done',
  noShow: 'noShow',
};

/** The ticket `windowId` holds, or why it cannot act on it. */
export function heldTicket(
  ctx: DecideContext,
  windowId: string,
  ticketId: string,
): Ticket | Decision {
  const ticket = ctx.state.tickets[ticketId];
  if (!ticket) return reject('HALLQ_E_TICKET_NOT_FOUND', { ticketId });
  if (ticket.windowId !== windowId || ctx.state.windows[windowId]?.currentTicketId !== ticketId) {
    return reject('HALLQ_E_TICKET_NOT_HELD', { ticketId, windowId });
  }
  return ticket;
}

export function decideTicketAction(ctx: DecideContext, command: TicketAction): Decision {
  const held = heldTicket(ctx, command.windowId, command.ticketId);
  if (!('id' in held)) return held;
  if (!FROM[command.type].includes(held.status)) {
    return reject('HALLQ_E_INVALID_TRANSITION', {
      ticketId: held.id,
      from: held.status,
      to: TO[command.type],
    });
  }
  const base = {
    at: command.at,
    siteId: ctx.site.id,
    ticketId: held.id,
    ticket: ticketFacts(held),
    windowId: command.windowId,
    ...staffAt(ctx, command.windowId),
  };
  switch (command.type) {
    case 'recall':
      return accept({
        ...base,
        type: 'ticket.recalled',
        number: held.number,
        recallCount: held.recallCount + 1,
      });
    case 'start':
      return accept({ ...base, type: 'ticket.started' });
    case 'finish':
      return accept({ ...base, type: 'ticket.finished' });
    case 'noShow':
      return accept({ ...base, type: 'ticket.noShow' });
  }
}

export function decideCancel(ctx: DecideContext, command: Cancel): Decision {
  const { state } = ctx;
  if (command.windowId !== undefined && !state.catalog.windows[command.windowId]) {
    return reject('HALLQ_E_WINDOW_NOT_FOUND', { windowId: command.windowId });
  }
  const ticket = state.tickets[command.ticketId];
  if (!ticket) return reject('HALLQ_E_TICKET_NOT_FOUND', { ticketId: command.ticketId });
  const held = ticket.status === 'called' || ticket.status === 'serving';
  // A clerk cancels only the ticket their window holds; a supervisor (no
  // window) any active ticket, e.g. one left at a window whose clerk left.
  if (command.windowId !== undefined && (!held || ticket.windowId !== command.windowId)) {
    return reject('HALLQ_E_TICKET_NOT_HELD', { ticketId: ticket.id, windowId: command.windowId });
  }
  return accept({
    type: 'ticket.cancelled',
    at: command.at,
    siteId: ctx.site.id,
    ticketId: ticket.id,
    ticket: ticketFacts(ticket),
    ...(held && ticket.windowId !== undefined
      ? { windowId: ticket.windowId, ...staffAt(ctx, ticket.windowId) }
      : {}),
    ...(command.reason !== undefined ? { reason: command.reason } : {}),
  });
}
