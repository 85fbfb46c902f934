/**
 * Which waiting tickets a window may call (Q9) and in what order (Q10, Q11).
 */
import { callClass, compareCallOrder } from './call-class';
import type { Ticket, Window } from './model';
import { isOrdinaryTurn } from './priority-ratio';
import { unitsServedBy } from './rota';
import { siteTime } from './site-time';
import type { HallState } from './state';

/**
 * A ticket is eligible at a window when it is waiting, of the window's site and
 * current day, and either transferred to this very window, or not transferred
 * to any window and of a unit the window serves today.
 */
export function isEligible(
  ticket: Ticket,
  window: Window,
  unitsToday: readonly string[],
  day: string,
): boolean {
  if (ticket.status !== 'waiting' || ticket.siteId !== window.siteId) return false;
  if (ticket.businessDay !== day) return false;
  return ticket.targetWindowId !== undefined
    ? ticket.targetWindowId === window.id
    : unitsToday.includes(ticket.unitId);
}

/** The waiting tickets `windowId` may call at `at`, in call order (ratio not applied). */
export function waitingQueue(state: HallState, windowId: string, at: number): Ticket[] {
  const window = state.catalog.windows[windowId];
  const site = window && state.catalog.sites[window.siteId];
  if (!window || !site) return [];
  const time = siteTime(state, site, at);
  const units = unitsServedBy(window, time.weekday);
  return Object.values(state.tickets)
    .filter((ticket) => isEligible(ticket, window, units, time.day))
    .sort(compareCallOrder);
}

/**
 * The ticket call-next gives `windowId` at `at`: call order with the priority
 * ratio applied. One pass over the active tickets, no sort: the first in call
 * order and the first ordinary one are all it needs.
 */
export function nextTicketFor(state: HallState, windowId: string, at: number): Ticket | undefined {
  const window = state.catalog.windows[windowId];
  const site = window && state.catalog.sites[window.siteId];
  if (!window || !site) return undefined;
  const time = siteTime(state, site, at);
  const units = unitsServedBy(window, time.weekday);
  let first: Ticket | undefined;
  let firstOrdinary: Ticket | undefined;
  for (const ticket of Object.values(state.tickets)) {
    if (!isEligible(ticket, window, units, time.day)) continue;
    if (!first || compareCallOrder(ticket, first) < 0) first = ticket;
    if (callClass(ticket) === 2 && (!firstOrdinary || ticket.queueOrder < firstOrdinary.queueOrder))
      firstOrdinary = ticket;
  }
  if (!first || first.front) return first;
  const streak = state.windows[windowId]?.priorityStreak ?? 0;
  return isOrdinaryTurn(site.priorityRatio, streak) ? (firstOrdinary ?? first) : first;
}
