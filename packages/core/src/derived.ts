/**
 * Figures derived from the state for visitors (Q18, Q19): people ahead and an
 * estimated wait. Estimates only: the ratio and manual calls can reorder.
 */
import { windowsServingUnit } from './rota';
import { siteTime } from './site-time';
import type { HallState } from './state';
import type { Ticket } from './model';
import { aheadInQueue } from './waiting-index';

const MINUTE_MS = 60_000;

/**
 * Waiting tickets of the ticket's queue that come before it in call order.
 * 0 for a ticket that is not waiting or not known. `_at` is accepted for a
 * stable signature; the count does not depend on the time.
 */
export function peopleAhead(state: HallState, ticketId: string, _at: number): number {
  const ticket = state.tickets[ticketId];
  if (!ticket || ticket.status !== 'waiting') return 0;
  return aheadInQueue(state, ticket);
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * peopleAhead × average service time ÷ max(1, open windows serving the unit
 * today); a ticket transferred to one window counts that one window. Average:
 * mean of the unit's recent service times, else the item's expected minutes.
 */
export function estimatedWaitMs(
  state: HallState,
  ticketId: string,
  at: number,
  /** When the caller has just counted it: saves a second pass over the queue. */
  ahead: number = peopleAhead(state, ticketId, at),
): number {
  const ticket = state.tickets[ticketId];
  return ticket ? waitEstimator(state, at)(ticket, ahead) : 0;
}

/**
 * estimatedWaitMs for many tickets of one state at one time (a window's
 * whole queue): the open windows serving each unit are counted once per
 * unit, not once per ticket.
 */
export function waitEstimator(
  state: HallState,
  at: number,
): (ticket: Ticket, ahead: number) => number {
  const openServing = new Map<string, number>();
  return (ticket, ahead) => {
    const site = state.catalog.sites[ticket.siteId];
    if (ahead === 0 || !site) return 0;
    const recent = state.serviceTimes[ticket.unitId] ?? [];
    const expectedMinutes = state.catalog.items[ticket.itemId]?.expectedServiceMinutes ?? 0;
    const average = recent.length > 0 ? mean(recent) : expectedMinutes * MINUTE_MS;
    let windows = 1;
    if (ticket.targetWindowId === undefined) {
      const known = openServing.get(ticket.unitId);
      windows =
        known ??
        windowsServingUnit(state.catalog, ticket.unitId, siteTime(state, site, at).weekday).filter(
          (w) => state.windows[w.id]?.status === 'open',
        ).length;
      openServing.set(ticket.unitId, windows);
    }
    return Math.round((ahead * average) / Math.max(1, windows));
  };
}
