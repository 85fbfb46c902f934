/**
 * What the visitor's phone page is sent (protocol PhoneStatus): the ticket
 * as GET /tickets/:id shows it, the number each of its windows serves now,
 * the 咨询导办 desks a 过号 visitor is sent to, and the item's 办事指南 (what
 * to bring) when it has one. Built from the model for
 * one ticket: nothing about other visitors but the numbers on the windows'
 * own screens.
 */
import { catalogIndex, type HallState, type Ticket, type Window } from '@hallq/core';
import type { PhoneWindow, PhoneStatus } from '@hallq/protocol';
import { ticketView } from './views';
import { helpDesksOf } from './help-desk';

function statusWindow(state: HallState, w: Window): PhoneWindow {
  const ws = state.windows[w.id];
  const held = ws?.currentTicketId ? state.tickets[ws.currentTicketId] : undefined;
  return {
    number: w.number,
    zone: w.zone,
    status: ws?.status ?? 'signedOut',
    ...(held ? { serving: held.number } : {}),
  };
}

export function phoneStatus(t: Ticket, state: HallState, now: number): PhoneStatus {
  const ticket = ticketView(t, state, now);
  const site = state.catalog.sites[t.siteId];
  const numbers = new Set(ticket.windowNumbers ?? []);
  const windows = catalogIndex(state.catalog)
    .windowsOf(t.siteId)
    .filter((w) => numbers.has(w.number))
    .map((w) => statusWindow(state, w));
  const guide = state.catalog.items[t.itemId]?.guide;
  return {
    ticket,
    ...(guide ? { guide } : {}),
    hallName: site?.name ?? '',
    timeZone: site?.timeZone ?? 'Asia/Shanghai',
    at: now,
    windows,
    helpDesks: helpDesksOf(state.catalog, t.siteId).map((w) => ({
      number: w.number,
      zone: w.zone,
    })),
  };
}
