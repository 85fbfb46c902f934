/** Calling (Q9–Q11, Q13, Q14): call-next by the rules, or 选号 a chosen ticket. */
import { isEligible, nextTicketFor } from './call-order';
import { ticketFacts } from './events';
import { staffAt } from './staff-at';
import type { CallNext, CallTicket } from './commands';
import { accept, reject } from './decision';
import type { DecideContext, Decision } from './decision';
import type { Ticket, Window, WindowState } from './model';
import { isOrdinaryTurn } from './priority-ratio';
import { unitsServedBy } from './rota';

/** A window may call when it is open and holds no ticket. */
function readyToCall(ctx: DecideContext, windowId: string): Decision | undefined {
  const window = ctx.state.windows[windowId] as WindowState;
  if (window.status === 'signedOut') return reject('HALLQ_E_WINDOW_NOT_OPEN', { windowId });
  if (window.status === 'paused') return reject('HALLQ_E_WINDOW_PAUSED', { windowId });
  if (window.currentTicketId !== undefined) {
    return reject('HALLQ_E_WINDOW_BUSY', { windowId, ticketId: window.currentTicketId });
  }
  return undefined;
}

export function decideCallNext(ctx: DecideContext, command: CallNext): Decision {
  const refused = readyToCall(ctx, command.windowId);
  if (refused) return refused;
  const ticket = nextTicketFor(ctx.state, command.windowId, command.at);
  if (!ticket) return reject('HALLQ_E_QUEUE_EMPTY', { windowId: command.windowId });
  return accept({
    type: 'ticket.called',
    at: command.at,
    siteId: ctx.site.id,
    ticketId: ticket.id,
    ticket: ticketFacts(ticket),
    number: ticket.number,
    windowId: command.windowId,
    ...staffAt(ctx, command.windowId),
  });
}

export function decideCallTicket(ctx: DecideContext, command: CallTicket): Decision {
  const refused = readyToCall(ctx, command.windowId);
  if (refused) return refused;
  const found = ctx.state.tickets[command.ticketId];
  // Another site's ticket is not this window's to know of (Q26): not found.
  const ticket = found?.siteId === ctx.site.id ? found : undefined;
  if (!ticket) {
    // 过号 earlier today: the clerk is told it can be restored (Q24), not "not found".
    const passed = Object.hasOwn(ctx.state.noShows, command.ticketId)
      ? ctx.state.noShows[command.ticketId]
      : undefined;
    return passed?.siteId === ctx.site.id
      ? reject('HALLQ_E_TICKET_NO_SHOW', { ticketId: command.ticketId })
      : reject('HALLQ_E_TICKET_NOT_FOUND', { ticketId: command.ticketId });
  }
  const window = ctx.state.catalog.windows[command.windowId] as Window;
  const units = unitsServedBy(window, ctx.time.weekday);
  if (!isEligible(ticket, window, units, ctx.time.day)) {
    return reject('HALLQ_E_INVALID_TRANSITION', {
      ticketId: ticket.id,
      from: ticket.status,
      to: 'called',
      eligible: false,
    });
  }
  return accept({
    type: 'ticket.called',
    at: command.at,
    siteId: ctx.site.id,
    ticketId: ticket.id,
    ticket: ticketFacts(ticket),
    number: ticket.number,
    windowId: command.windowId,
    ...staffAt(ctx, command.windowId),
    manualReason: command.reason,
    ...(isBeyondRatio(ctx, command, ticket) ? { beyondRatio: true as const } : {}),
  });
}

/**
 * S7: a 选号 of a priority ticket (not one sent to the front) while it was the
 * ordinary turn of the window's ratio and call-next would have given an
 * ordinary ticket.
 */
function isBeyondRatio(ctx: DecideContext, command: CallTicket, ticket: Ticket): boolean {
  if (ticket.priority !== 'priority' || ticket.front) return false;
  const streak = ctx.state.windows[command.windowId]?.priorityStreak ?? 0;
  if (!isOrdinaryTurn(ctx.site.priorityRatio, streak)) return false;
  const next = nextTicketFor(ctx.state, command.windowId, command.at);
  return next !== undefined && !next.front && next.priority === 'normal';
}
