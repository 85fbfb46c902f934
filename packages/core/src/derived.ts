/**
 * Figures derived from the state for visitors (Q18, Q19): people ahead and an
 * estimated wait. Estimates only: the ratio and manual calls can reorder.
 */
import { windowsServingUnit } from './rota';
import { siteTime } from './site-time';
import type { HallState } from './state';
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
  const site = ticket && state.catalog.sites[ticket.siteId];
  if (ahead === 0 || !ticket || !site) return 0;
  const recent = state.serviceTimes[ticket.unitId] ?? [];
  const expectedMinutes = state.catalog.items[ticket.itemId]?.expectedServiceMinutes ?? 0;
  const average = recent.length > 0 ? mean(recent) : expectedMinutes * MINUTE_MS;
  const windows =
    ticket.targetWindowId !== undefined
      ? 1
      : windowsServingUnit(state.catalog, ticket.unitId, siteTime(state, site, at).weekday).filter(
          (w) => state.windows[w.id]?.status === 'open',
        ).length;
  return Math.round((ahead * average) / Math.max(1, windows));
}
