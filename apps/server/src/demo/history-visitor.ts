/**
 * One past visitor's way through the hall, logged as the server would have
 * logged it (history.ts writes the ticket's row): issued, called, for some a
 * 转窗 (decide-transfer.ts's event: the held ticket's facts) and the
 * receiving window's call, then finished or 过号; with what 电子监察 made of
 * the waits before each call and each window's hold (history-alerts.ts),
 * and the 好差评 that follows a finished service (history-ratings.ts).
 */
import { ticketFacts, type HallEvent, type Item, type Ticket } from '@hallq/core';
import type { PastAlerts } from './history-alerts';
import type { PastRatings } from './history-ratings';

export interface VisitorLog {
  siteId: string;
  /** The clerk signed in at each window. */
  staffOf: ReadonlyMap<string, string>;
  /** Appends one hall event to the log (the site's next seq). */
  event: (e: HallEvent) => void;
  alerts: PastAlerts;
  ratings: PastRatings;
}

export interface VisitorPath {
  /** As issued, with its item. */
  ticket: Ticket;
  item: Item;
  /** The first window, and its call. */
  windowId: string;
  calledAt: number;
  /** 转窗: to `item` at `windowId`, sent at `at`, called there at `calledAt`. */
  transfer?: { item: Item; windowId: string; at: number; calledAt: number; queueOrder: number };
  finishedAt: number;
  noShow: boolean;
}

/** Logs the visitor's events; returns how many hall events were logged. */
export function logVisitor(log: VisitorLog, path: VisitorPath): number {
  const { siteId, staffOf, event, alerts } = log;
  const { ticket, windowId, calledAt, transfer, finishedAt, noShow } = path;
  const { id, number, issuedAt } = ticket;
  const heldAt = (now: Ticket, w: string) => {
    const staffId = staffOf.get(w);
    return {
      siteId,
      ticketId: id,
      ticket: ticketFacts(now),
      windowId: w,
      ...(staffId ? { staffId } : {}),
    };
  };
  const first = heldAt(ticket, windowId);
  event({ type: 'ticket.issued', at: issuedAt, siteId, ticket });
  event({ type: 'ticket.called', at: calledAt, ...first, number });
  let last = first;
  if (transfer) {
    const { windowId: _from, ...facts } = first;
    event({
      type: 'ticket.transferred',
      at: transfer.at,
      ...facts,
      fromWindowId: windowId,
      toUnitId: transfer.item.unitId,
      toItemId: transfer.item.id,
      toWindowId: transfer.windowId,
      position: 'front',
      queueOrder: transfer.queueOrder,
    });
    last = heldAt(
      {
        ...ticket,
        unitId: transfer.item.unitId,
        itemId: transfer.item.id,
        transferCount: 1,
        queueOrder: transfer.queueOrder,
        front: true,
      },
      transfer.windowId,
    );
    event({ type: 'ticket.called', at: transfer.calledAt, ...last, number });
  }
  event({ type: noShow ? 'ticket.noShow' : 'ticket.finished', at: finishedAt, ...last });

  const facts = { id, number, issuedAt, unitId: ticket.unitId, itemId: ticket.itemId };
  const served = transfer
    ? { ...facts, unitId: transfer.item.unitId, itemId: transfer.item.id }
    : facts;
  const servedAt = transfer?.windowId ?? windowId;
  const calledLastAt = transfer?.calledAt ?? calledAt;
  alerts.waited(facts, issuedAt, calledAt, 0);
  if (transfer) {
    const firstLimit = path.item.expectedServiceMinutes;
    alerts.held(facts, firstLimit, windowId, first.staffId, calledAt, transfer.at);
    alerts.waited(served, transfer.at, transfer.calledAt, 1, transfer.windowId);
  }
  const servedLimit = (transfer?.item ?? path.item).expectedServiceMinutes;
  alerts.held(served, servedLimit, servedAt, last.staffId, calledLastAt, finishedAt);
  if (!noShow)
    log.ratings.finished({
      ticketId: id,
      ticketNumber: number,
      unitId: served.unitId,
      itemId: served.itemId,
      windowId: servedAt,
      ...(last.staffId ? { staffId: last.staffId } : {}),
      finishedAt,
    });
  return transfer ? 5 : 3;
}
