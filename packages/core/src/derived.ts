/**
 * People ahead of a ticket (Q18), derived from the state. The wait told to
 * visitors and clerks alike is Q25 (wait-estimate.ts).
 */
import type { HallState } from './state';
import { aheadInQueue } from './waiting-index';

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
