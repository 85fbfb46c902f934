/** apply for ticket events: the ticket life cycle (Q15–Q17). Edits `state` in place. */
import type {
  TicketCalled,
  TicketCancelled,
  TicketFinished,
  TicketIssued,
  TicketNoShow,
  TicketRecalled,
  TicketRestored,
  TicketStarted,
  TicketTransferred,
} from './events';
import { asWaiting, dropTicket, putTicket, releaseWindow, updateWindow } from './evolve-helpers';
import { itemIssuedKey, serialKey } from './keys';
import { nextStreak } from './priority-ratio';
import { countsTowardQuota } from './site-items';
import type { HallState } from './state';

/** Service durations kept per unit for estimates. */
export const SERVICE_TIMES_KEPT = 20;

export function onIssued(state: HallState, event: TicketIssued): void {
  const { ticket } = event;
  const serials = serialKey(ticket.siteId, ticket.unitId, ticket.businessDay);
  const issued = itemIssuedKey(ticket.itemId, ticket.businessDay);
  putTicket(state, ticket);
  state.serials[serials] = Math.max(state.serials[serials] ?? 0, ticket.serial);
  if (countsTowardQuota(state.catalog, ticket)) {
    state.itemIssued[issued] = (state.itemIssued[issued] ?? 0) + 1;
  }
  state.orderCounter = Math.max(state.orderCounter, ticket.queueOrder);
}

export function onCalled(state: HallState, event: TicketCalled): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  const ratio = state.catalog.sites[event.siteId]?.priorityRatio;
  // Only call-next counts towards the ratio: 选号 and front tickets do not.
  const counts = event.manualReason === undefined && !ticket.front && ratio !== undefined;
  putTicket(state, { ...ticket, status: 'called', windowId: event.windowId, calledAt: event.at });
  updateWindow(state, event.windowId, (window) => ({
    ...window,
    currentTicketId: ticket.id,
    priorityStreak: counts
      ? nextStreak(ratio, window.priorityStreak, ticket.priority)
      : window.priorityStreak,
  }));
}

export function onRecalled(state: HallState, event: TicketRecalled): void {
  const ticket = state.tickets[event.ticketId];
  if (ticket) putTicket(state, { ...ticket, recallCount: event.recallCount });
}

export function onStarted(state: HallState, event: TicketStarted): void {
  const ticket = state.tickets[event.ticketId];
  if (ticket) putTicket(state, { ...ticket, status: 'serving', startedAt: event.at });
}

export function onFinished(state: HallState, event: TicketFinished): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  // Finishing straight from "called" counts service from the call.
  const duration = Math.max(0, event.at - (ticket.startedAt ?? ticket.calledAt ?? event.at));
  dropTicket(state, ticket.id);
  releaseWindow(state, event.windowId, ticket.id);
  const recent = state.serviceTimes[ticket.unitId] ?? [];
  state.serviceTimes[ticket.unitId] = [...recent, duration].slice(-SERVICE_TIMES_KEPT);
}

export function onNoShow(state: HallState, event: TicketNoShow): void {
  const ticket = state.tickets[event.ticketId];
  dropTicket(state, event.ticketId);
  releaseWindow(state, event.windowId, event.ticketId);
  // Kept for the day, as it ended, so that it can be restored (Q24).
  if (ticket) state.noShows[ticket.id] = { ...ticket, status: 'noShow', finishedAt: event.at };
}

/** Q24: waiting again with its number (and any target window), a fresh place and no recalls. */
export function onRestored(state: HallState, event: TicketRestored): void {
  const ticket = state.noShows[event.ticketId];
  if (!ticket || state.tickets[event.ticketId]) return;
  delete state.noShows[event.ticketId];
  const {
    windowId: _windowId,
    calledAt: _calledAt,
    startedAt: _startedAt,
    finishedAt: _finishedAt,
    ...rest
  } = ticket;
  putTicket(state, {
    ...rest,
    status: 'waiting',
    queueOrder: event.queueOrder,
    front: event.position === 'front',
    recallCount: 0,
  });
  state.orderCounter = Math.max(state.orderCounter, event.queueOrder);
}

export function onTransferred(state: HallState, event: TicketTransferred): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  const { transferNote: _oldNote, ...before } = ticket;
  putTicket(state, {
    ...asWaiting(before),
    transferredFrom: event.fromWindowId,
    ...(event.note !== undefined ? { transferNote: event.note } : {}),
    unitId: event.toUnitId,
    itemId: event.toItemId,
    queueOrder: event.queueOrder,
    front: event.position === 'front',
    transferCount: ticket.transferCount + 1,
    ...(event.toWindowId !== undefined ? { targetWindowId: event.toWindowId } : {}),
  });
  releaseWindow(state, event.fromWindowId, ticket.id);
  state.orderCounter = Math.max(state.orderCounter, event.queueOrder);
}

export function onCancelled(state: HallState, event: TicketCancelled): void {
  dropTicket(state, event.ticketId);
  if (event.windowId !== undefined) releaseWindow(state, event.windowId, event.ticketId);
}
