/**
 * Which waiting tickets a window may call (Q9) and in what order (Q10, Q11).
 */
import { compareCallOrder } from './call-class';
import type { Ticket, Window } from './model';
import { isOrdinaryTurn } from './priority-ratio';
import { unitsServedBy } from './rota';
import { siteTime } from './site-time';
import type { HallState } from './state';
import { queuesOf } from './waiting-index';

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

/** The queues a window calls from today: its own (tickets sent to it) and its units'. */
function windowQueues(window: Window, units: readonly string[]): string[] {
  return [`w|${window.id}`, ...units.map((u) => `u|${u}`)];
}

/** The waiting tickets `windowId` may call at `at`, in call order (ratio not applied). */
export function waitingQueue(state: HallState, windowId: string, at: number): Ticket[] {
  const window = state.catalog.windows[windowId];
  const site = window && state.catalog.sites[window.siteId];
  if (!window || !site) return [];
  const time = siteTime(state, site, at);
  const units = unitsServedBy(window, time.weekday);
  const out: Ticket[] = [];
  for (const queue of queuesOf(state, windowQueues(window, units))) {
    for (const list of queue) {
      for (const id of list) {
        const ticket = state.tickets[id];
        if (ticket && isEligible(ticket, window, units, time.day)) out.push(ticket);
      }
    }
  }
  return out.sort(compareCallOrder);
}

/** The first eligible ticket of a list in queueOrder (almost always its head). */
function firstEligible(
  state: HallState,
  list: readonly string[],
  eligible: (ticket: Ticket) => boolean,
): Ticket | undefined {
  for (const id of list) {
    const ticket = state.tickets[id];
    if (ticket && eligible(ticket)) return ticket;
  }
  return undefined;
}

/**
 * The ticket call-next gives `windowId` at `at`: call order with the priority
 * ratio applied. It reads only the heads of the window's queues in the
 * waiting index (Q18): the first in call order and the first ordinary one are
 * all it needs.
 */
export function nextTicketFor(state: HallState, windowId: string, at: number): Ticket | undefined {
  const window = state.catalog.windows[windowId];
  const site = window && state.catalog.sites[window.siteId];
  if (!window || !site) return undefined;
  const time = siteTime(state, site, at);
  const units = unitsServedBy(window, time.weekday);
  const eligible = (ticket: Ticket) => isEligible(ticket, window, units, time.day);
  let first: Ticket | undefined;
  let firstOrdinary: Ticket | undefined;
  for (const queue of queuesOf(state, windowQueues(window, units))) {
    queue.forEach((list, cls) => {
      const head = firstEligible(state, list, eligible);
      if (!head) return;
      if (!first || compareCallOrder(head, first) < 0) first = head;
      if (cls === 2 && (!firstOrdinary || head.queueOrder < firstOrdinary.queueOrder))
        firstOrdinary = head;
    });
  }
  if (!first || first.front) return first;
  const streak = state.windows[windowId]?.priorityStreak ?? 0;
  return isOrdinaryTurn(site.priorityRatio, streak) ? (firstOrdinary ?? first) : first;
}
