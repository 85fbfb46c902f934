/**
 * A ticket by its id, wherever it is now: active, 过号 today, or in the store
 * (any ticket ever issued: finished, cancelled, of an earlier day). Shared by
 * the routes that issue and read tickets and those that act on them.
 */
import type { FastifyInstance } from 'fastify';
import { HallqError } from '../errors';
import { ticketView } from '../domain/views';

export function ticketLookup(app: FastifyInstance) {
  /** A ticket as of `state` (the hall's current state unless a command just produced another). */
  const viewOf = (id: string, state = app.hall.state) => {
    // Own keys only: a ticket id like `constructor` must not find an Object member.
    const active = Object.hasOwn(state.tickets, id) ? state.tickets[id] : undefined;
    const ticket =
      active ?? (Object.hasOwn(state.noShows, id) ? state.noShows[id] : app.hall.store.ticket(id));
    if (!ticket) throw new HallqError('HALLQ_E_TICKET_NOT_FOUND');
    return ticketView(ticket, state, app.clock.now());
  };
  return viewOf;
}
