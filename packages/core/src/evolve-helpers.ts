/**
 * Copy-on-write updates of HallState: each helper copies only the maps it
 * changes, so evolve never mutates its input.
 */
import type { Ticket, WindowState } from './model';
import type { HallState } from './state';

export function putTicket(state: HallState, ticket: Ticket): HallState {
  return { ...state, tickets: { ...state.tickets, [ticket.id]: ticket } };
}

export function dropTicket(state: HallState, ticketId: string): HallState {
  if (!(ticketId in state.tickets)) return state;
  const { [ticketId]: _dropped, ...tickets } = state.tickets;
  return { ...state, tickets };
}

export function updateWindow(
  state: HallState,
  windowId: string,
  change: (window: WindowState) => WindowState,
): HallState {
  const window = state.windows[windowId];
  if (!window) return state;
  return { ...state, windows: { ...state.windows, [windowId]: change(window) } };
}

/** The window no longer holds `ticketId` (if it did). */
export function releaseWindow(state: HallState, windowId: string, ticketId: string): HallState {
  if (state.windows[windowId]?.currentTicketId !== ticketId) return state;
  return updateWindow(state, windowId, ({ currentTicketId: _released, ...window }) => window);
}

/** A ticket without its per-call fields, as it is while waiting. */
export function asWaiting(ticket: Ticket): Ticket {
  const {
    windowId: _windowId,
    calledAt: _calledAt,
    startedAt: _startedAt,
    targetWindowId: _target,
    ...rest
  } = ticket;
  return { ...rest, status: 'waiting' };
}
