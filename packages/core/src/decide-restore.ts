/**
 * 过号恢复 (Q24): a visitor whose number was passed (过号) arrives later the
 * same business day; the clerk or a supervisor puts the ticket back in its
 * queue with its number, at the front or the back.
 */
import type { Restore } from './commands';
import { accept, reject } from './decision';
import type { DecideContext, Decision } from './decision';
import { ticketFacts } from './events';

export function decideRestore(ctx: DecideContext, command: Restore): Decision {
  const { state } = ctx;
  if (command.windowId !== undefined && !state.catalog.windows[command.windowId]) {
    return reject('HALLQ_E_WINDOW_NOT_FOUND', { windowId: command.windowId });
  }
  const ticket = Object.hasOwn(state.noShows, command.ticketId)
    ? state.noShows[command.ticketId]
    : undefined;
  if (!ticket) {
    // An active ticket is not 过号; anything else (unknown, another day's) is not found.
    const active = Object.hasOwn(state.tickets, command.ticketId);
    return active
      ? reject('HALLQ_E_INVALID_TRANSITION', { ticketId: command.ticketId, to: 'waiting' })
      : reject('HALLQ_E_TICKET_NOT_FOUND', { ticketId: command.ticketId });
  }
  return accept({
    type: 'ticket.restored',
    at: command.at,
    siteId: ctx.site.id,
    ticketId: ticket.id,
    ticket: ticketFacts(ticket),
    staffId: command.staffId,
    ...(command.windowId !== undefined ? { windowId: command.windowId } : {}),
    position: command.position,
    queueOrder: state.orderCounter + 1,
  });
}
