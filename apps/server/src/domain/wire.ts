/**
 * Domain event → socket.io event. `before` is the event's ticket as it was
 * before the event (a finished ticket has already left `next`), `next` the
 * model after it.
 */
import type { HallEvent, HallState, Ticket } from '@hallq/core';
import type { TicketRef, WindowRef, WireEvent } from '@hallq/protocol';
import { ticketView, windowView, type StaffLookup } from './views';

const ref = (t: Ticket): TicketRef => ({
  id: t.id,
  number: t.number,
  unitId: t.unitId,
  itemId: t.itemId,
  priority: t.priority,
});

export function toWire(
  event: HallEvent,
  seq: number,
  before: Ticket | undefined,
  next: HallState,
  staff: StaffLookup,
): WireEvent {
  const base = { seq, siteId: event.siteId, at: event.at };
  const win = (id: string): WindowRef => {
    const w = next.catalog.windows[id];
    return { id, number: w?.number ?? 0, name: w?.name ?? id };
  };
  const ticket = (id: string): TicketRef => {
    const t = next.tickets[id] ?? (before?.id === id ? before : undefined);
    if (!t) throw new Error(`event for unknown ticket ${id}`);
    return ref(t);
  };
  switch (event.type) {
    case 'ticket.issued':
      return {
        name: event.type,
        payload: { ...base, ticket: ticketView(event.ticket, next, event.at) },
      };
    case 'ticket.called':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ticket(event.ticketId),
          window: win(event.windowId),
          ...(event.manualReason ? { manualReason: event.manualReason } : {}),
        },
      };
    case 'ticket.recalled':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ticket(event.ticketId),
          window: win(event.windowId),
          recallCount: event.recallCount,
        },
      };
    case 'ticket.started':
    case 'ticket.finished':
    case 'ticket.noShow':
      return {
        name: event.type,
        payload: { ...base, ticket: ticket(event.ticketId), window: win(event.windowId) },
      } as WireEvent;
    case 'ticket.transferred':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ticket(event.ticketId),
          window: win(event.fromWindowId),
          toUnitId: event.toUnitId,
          toItemId: event.toItemId,
          position: event.position,
          ...(event.toWindowId ? { toWindowId: event.toWindowId } : {}),
        },
      };
    case 'ticket.cancelled':
      return { name: event.type, payload: { ...base, ticket: ticket(event.ticketId) } };
    case 'window.signedIn':
    case 'window.signedOut':
    case 'window.resumed':
      return {
        name: event.type,
        payload: { ...base, window: windowView(event.windowId, next, staff, event.at) },
      } as WireEvent;
    case 'window.paused':
      return {
        name: event.type,
        payload: {
          ...base,
          window: windowView(event.windowId, next, staff, event.at),
          reason: event.reason,
        },
      };
    case 'day.closed':
      return {
        name: event.type,
        payload: {
          ...base,
          businessDay: event.businessDay,
          currentDay: next.businessDays[event.siteId] ?? event.businessDay,
          expired: event.expiredTicketIds.length,
        },
      };
  }
}
