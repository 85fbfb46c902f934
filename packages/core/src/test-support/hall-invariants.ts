/** The SPEC's invariants, checked on each event and on the state after each step. */
import { expect } from 'vitest';
import { callClass } from '../call-class';
import { peopleAhead } from '../derived';
import { ticketFacts, type HallEvent } from '../events';
import type { Ticket } from '../model';
import type { HallState } from '../state';
import { indexWaiting } from '../waiting-index';
import { ACTIVE, type Observer } from './event-observer';

/** Q22: an event carries the ticket as it was, and the clerk at the window. */
export function checkFacts(before: HallState, event: HallEvent): void {
  if (!('ticket' in event) || event.type === 'ticket.issued') return;
  if (event.type === 'ticket.restored') {
    // Q24: the 过号 ticket as it was kept; `staffId` is who restored it.
    const passed = before.noShows[event.ticketId];
    expect(passed, 'ticket.restored names a 过号 ticket of the day').toBeDefined();
    expect(event.ticket).toEqual(ticketFacts(passed as Ticket));
    return;
  }
  const ticket = before.tickets[event.ticketId];
  expect(ticket, `${event.type} names an active ticket`).toBeDefined();
  expect(event.ticket).toEqual(ticketFacts(ticket as Ticket));
  const windowId =
    'windowId' in event ? event.windowId : 'fromWindowId' in event ? event.fromWindowId : undefined;
  if (windowId !== undefined)
    expect((event as { staffId?: string }).staffId).toBe(before.windows[windowId]?.staffId);
}

/** Q15/Q21: windows and tickets agree, and the state holds exactly the active tickets. */
export function checkState(state: HallState, observer: Observer): void {
  const held = new Set<string>();
  for (const window of Object.values(state.windows)) {
    if (window.currentTicketId === undefined) continue;
    expect(held.has(window.currentTicketId), 'a ticket held by two windows').toBe(false);
    held.add(window.currentTicketId);
    const ticket = state.tickets[window.currentTicketId];
    expect(ticket?.windowId).toBe(window.id);
    expect(['called', 'serving']).toContain(ticket?.status);
    // Q12: a window holding a ticket is open, or signed out with the ticket left for the supervisor.
    expect(['open', 'signedOut']).toContain(window.status);
    if (window.status === 'signedOut') expect(window.staffId).toBeUndefined();
  }
  for (const ticket of Object.values(state.tickets)) {
    expect(ticket.status).toBe(observer.status.get(ticket.id));
    if (ticket.status === 'waiting') expect(ticket.windowId).toBeUndefined();
    else expect(held.has(ticket.id)).toBe(true);
  }
  const active = [...observer.status].filter(([, s]) => ACTIVE.has(s)).map(([id]) => id);
  expect(Object.keys(state.tickets).sort()).toEqual(active.sort());
  // Q24: the kept 过号 tickets are 过号 by the events, of their site's current day.
  for (const ticket of Object.values(state.noShows)) {
    expect(observer.status.get(ticket.id)).toBe('noShow');
    expect(ticket.businessDay).toBe(state.businessDays[ticket.siteId]);
  }
  // Q18: the waiting index is exactly the waiting tickets, and the people
  // ahead it gives are the waiting tickets of the same queue called earlier.
  expect(state.queues).toEqual(indexWaiting(state.tickets));
  const waiting = Object.values(state.tickets).filter((t) => t.status === 'waiting');
  for (const ticket of waiting) {
    const sameQueue = (o: Ticket) =>
      ticket.targetWindowId !== undefined
        ? o.targetWindowId === ticket.targetWindowId
        : o.targetWindowId === undefined && o.unitId === ticket.unitId;
    const earlier = waiting.filter(
      (o) =>
        sameQueue(o) && (callClass(o) - callClass(ticket) || o.queueOrder - ticket.queueOrder) < 0,
    );
    expect(peopleAhead(state, ticket.id, 0), `people ahead of ${ticket.id}`).toBe(earlier.length);
  }
  // Bounded: the per-day counters are only those of each site's current day.
  for (const key of Object.keys(state.serials)) {
    const [siteId = '', , day] = key.split('|');
    expect(day).toBe(state.businessDays[siteId]);
  }
}
