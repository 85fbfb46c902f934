/** evolve for ticket events: the ticket life cycle (Q15–Q17). */
import type {
  TicketCalled,
  TicketCancelled,
  TicketFinished,
  TicketIssued,
  TicketNoShow,
  TicketRecalled,
  TicketStarted,
  TicketTransferred,
} from './events';
import { asWaiting, dropTicket, putTicket, releaseWindow, updateWindow } from './evolve-helpers';
import { itemIssuedKey, serialKey } from './keys';
import { nextStreak } from './priority-ratio';
import type { HallState } from './state';

/** Service durations kept per unit for estimates. */
export const SERVICE_TIMES_KEPT = 20;

export function onIssued(state: HallState, event: TicketIssued): HallState {
  const { ticket } = event;
  const serials = serialKey(ticket.siteId, ticket.unitId, ticket.businessDay);
  const issued = itemIssuedKey(ticket.itemId, ticket.businessDay);
  return {
    ...putTicket(state, ticket),
    serials: { ...state.serials, [serials]: Math.max(state.serials[serials] ?? 0, ticket.serial) },
    itemIssued: { ...state.itemIssued, [issued]: (state.itemIssued[issued] ?? 0) + 1 },
    orderCounter: Math.max(state.orderCounter, ticket.queueOrder),
  };
}

export function onCalled(state: HallState, event: TicketCalled): HallState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  const ratio = state.catalog.sites[event.siteId]?.priorityRatio;
  // Only call-next counts towards the ratio: 选号 and front tickets do not.
  const counts = event.manualReason === undefined && !ticket.front && ratio !== undefined;
  const next = putTicket(state, {
    ...ticket,
    status: 'called',
    windowId: event.windowId,
    calledAt: event.at,
  });
  return updateWindow(next, event.windowId, (window) => ({
    ...window,
    currentTicketId: ticket.id,
    priorityStreak: counts
      ? nextStreak(ratio, window.priorityStreak, ticket.priority)
      : window.priorityStreak,
  }));
}

export function onRecalled(state: HallState, event: TicketRecalled): HallState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  return putTicket(state, { ...ticket, recallCount: event.recallCount });
}

export function onStarted(state: HallState, event: TicketStarted): HallState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  return putTicket(state, { ...ticket, status: 'serving', startedAt: event.at });
}

export function onFinished(state: HallState, event: TicketFinished): HallState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  // Finishing straight from "called" counts service from the call.
  const duration = Math.max(0, event.at - (ticket.startedAt ?? ticket.calledAt ?? event.at));
  const recent = state.serviceTimes[ticket.unitId] ?? [];
  const next = releaseWindow(dropTicket(state, ticket.id), event.windowId, ticket.id);
  return {
    ...next,
    serviceTimes: {
      ...state.serviceTimes,
      [ticket.unitId]: [...recent, duration].slice(-SERVICE_TIMES_KEPT),
    },
  };
}

export function onNoShow(state: HallState, event: TicketNoShow): HallState {
  return releaseWindow(dropTicket(state, event.ticketId), event.windowId, event.ticketId);
}

export function onTransferred(state: HallState, event: TicketTransferred): HallState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  const moved = {
    ...asWaiting(ticket),
    unitId: event.toUnitId,
    itemId: event.toItemId,
    queueOrder: event.queueOrder,
    front: event.position === 'front',
    transferCount: ticket.transferCount + 1,
    ...(event.toWindowId !== undefined ? { targetWindowId: event.toWindowId } : {}),
  };
  const next = releaseWindow(putTicket(state, moved), event.fromWindowId, ticket.id);
  return { ...next, orderCounter: Math.max(next.orderCounter, event.queueOrder) };
}

export function onCancelled(state: HallState, event: TicketCancelled): HallState {
  return dropTicket(state, event.ticketId);
}
