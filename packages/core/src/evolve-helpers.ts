/**
 * In-place updates of a HallState, used by `apply`. Each replaces the ticket
 * or window record it changes (records are never edited), so a view that
 * holds an old record keeps seeing it whole; the maps themselves are edited.
 * `evolve` clones the maps first, which keeps it pure.
 */
import type { Ticket, WindowState } from './model';
import type { HallState } from './state';
import { joinQueue, leaveQueue } from './waiting-index';

/** Stores `ticket`, keeping the waiting index in step with its status. */
export function putTicket(state: HallState, ticket: Ticket): void {
  const old = state.tickets[ticket.id];
  if (old?.status === 'waiting') leaveQueue(state, old);
  state.tickets[ticket.id] = ticket;
  if (ticket.status === 'waiting') joinQueue(state, ticket);
}

export function dropTicket(state: HallState, ticketId: string): void {
  const old = state.tickets[ticketId];
  if (old?.status === 'waiting') leaveQueue(state, old);
  delete state.tickets[ticketId];
}

export function updateWindow(
  state: HallState,
  windowId: string,
  change: (window: WindowState) => WindowState,
): void {
  const window = state.windows[windowId];
  if (window) state.windows[windowId] = change(window);
}

/** The window no longer holds `ticketId` (if it did). */
export function releaseWindow(state: HallState, windowId: string, ticketId: string): void {
  if (state.windows[windowId]?.currentTicketId !== ticketId) return;
  updateWindow(state, windowId, ({ currentTicketId: _released, ...window }) => window);
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

/**
 * A copy of `state` whose maps can be edited without touching `state`. The
 * records inside are shared (they are replaced, never edited) and so is the
 * catalogue (a command never changes it).
 */
export function cloneState(state: HallState): HallState {
  const serviceTimes: HallState['serviceTimes'] = {};
  for (const [unitId, times] of Object.entries(state.serviceTimes)) {
    serviceTimes[unitId] = times.slice();
  }
  return {
    catalog: state.catalog,
    businessDays: { ...state.businessDays },
    serials: { ...state.serials },
    itemIssued: { ...state.itemIssued },
    tickets: { ...state.tickets },
    queues: Object.fromEntries(
      Object.entries(state.queues).map(([key, [front, priority, ordinary]]) => [
        key,
        [front.slice(), priority.slice(), ordinary.slice()],
      ]),
    ),
    windows: { ...state.windows },
    noShows: { ...state.noShows },
    orderCounter: state.orderCounter,
    serviceTimes,
  };
}
