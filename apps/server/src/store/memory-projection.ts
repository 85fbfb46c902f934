/**
 * The in-memory store's projections, moved by each event from the event
 * alone, as the SQLite projector moves its tables (sqlite-projector.ts): the
 * tickets ever issued, the windows' sessions, the day's counters and each
 * day's figures. Records are replaced, never edited, so a transaction can
 * keep a shallow copy of the maps to roll back to.
 */
import type {
  Catalog,
  HallEvent,
  PriorityRatio,
  Ticket,
  TicketPriority,
  WindowState,
} from '@hallq/core';
import { countsTowardQuota } from '@hallq/core';
import { addChange, emptyFigures, figureChanges, type DayFigures } from './day-figures';
import type { ProjectionContext } from './hall-store';

export type StoredTicket = Ticket & { servedBy?: string; deviceId?: string };

export interface Projections {
  tickets: Map<string, StoredTicket>;
  windows: Map<string, WindowState>;
  /** "site|unit|day" → last serial. */
  serials: Map<string, number>;
  /** "item|day" → tickets issued. */
  itemIssued: Map<string, number>;
  /** "kind|id|day" → the day's figures. */
  figures: Map<string, DayFigures>;
}

export const emptyProjections = (): Projections => ({
  tickets: new Map(),
  windows: new Map(),
  serials: new Map(),
  itemIssued: new Map(),
  figures: new Map(),
});

export const copyProjections = (p: Projections): Projections => ({
  tickets: new Map(p.tickets),
  windows: new Map(p.windows),
  serials: new Map(p.serials),
  itemIssued: new Map(p.itemIssued),
  figures: new Map(p.figures),
});

export const figureKey = (kind: string, id: string, day: string): string => `${kind}|${id}|${day}`;

/** Q11's counter after a call-next of a ticket of `called` priority (as the SQL of the projector). */
function nextStreak(ratio: PriorityRatio, streak: number, called: TicketPriority): number {
  if (ratio.priority < 1 || ratio.ordinary < 1) return 0;
  const ordinaryTurn = streak >= ratio.priority;
  if (called === 'priority') return ordinaryTurn ? streak : streak + 1;
  if (!ordinaryTurn) return 0;
  return streak + 1 >= ratio.priority + ratio.ordinary ? 0 : streak + 1;
}

export function projectInMemory(
  p: Projections,
  catalog: Catalog,
  event: HallEvent,
  ctx: ProjectionContext,
): void {
  // The figures first: they read the ticket as it was before the event.
  for (const change of figureChanges(event, (id) => p.tickets.get(id))) {
    const key = figureKey(change.kind, change.id, change.businessDay);
    const row =
      p.figures.get(key) ?? emptyFigures(change.kind, change.id, change.siteId, change.businessDay);
    p.figures.set(key, addChange(row, change));
  }

  const ticket = (id: string, change: (t: StoredTicket) => StoredTicket) => {
    const t = p.tickets.get(id);
    if (t) p.tickets.set(id, change(t));
  };
  const window = (id: string, change: (w: WindowState) => WindowState): void => {
    p.windows.set(id, change(p.windows.get(id) ?? { id, status: 'signedOut', priorityStreak: 0 }));
  };
  const release = (windowId: string, ticketId: string) => {
    const w = p.windows.get(windowId);
    if (w?.currentTicketId !== ticketId) return;
    const { currentTicketId: _released, ...rest } = w;
    p.windows.set(windowId, rest);
  };
  const end = (id: string, status: Ticket['status'], at: number) =>
    ticket(id, (t) => ({ ...t, status, finishedAt: at }));

  switch (event.type) {
    case 'ticket.issued': {
      const t = event.ticket;
      p.tickets.set(t.id, { ...t, ...(ctx.deviceId ? { deviceId: ctx.deviceId } : {}) });
      const serial = `${t.siteId}|${t.unitId}|${t.businessDay}`;
      p.serials.set(serial, Math.max(p.serials.get(serial) ?? 0, t.serial));
      const issued = `${t.itemId}|${t.businessDay}`;
      // 限号 counts the item's home hall only (core Q26).
      if (countsTowardQuota(catalog, t))
        p.itemIssued.set(issued, (p.itemIssued.get(issued) ?? 0) + 1);
      return;
    }
    case 'ticket.called': {
      const ratio = catalog.sites[event.siteId]?.priorityRatio;
      const counts =
        event.manualReason === undefined &&
        ratio !== undefined &&
        !p.tickets.get(event.ticketId)?.front;
      window(event.windowId, (w) => ({
        ...w,
        currentTicketId: event.ticketId,
        priorityStreak: counts
          ? nextStreak(ratio, w.priorityStreak, event.ticket.priority)
          : w.priorityStreak,
      }));
      ticket(event.ticketId, (t) => ({
        ...t,
        status: 'called',
        calledAt: event.at,
        windowId: event.windowId,
        ...(event.staffId ? { servedBy: event.staffId } : {}),
      }));
      return;
    }
    case 'ticket.recalled':
      return ticket(event.ticketId, (t) => ({ ...t, recallCount: event.recallCount }));
    case 'ticket.started':
      return ticket(event.ticketId, (t) => ({ ...t, status: 'serving', startedAt: event.at }));
    case 'ticket.finished':
      ticket(event.ticketId, (t) => ({
        ...t,
        status: 'done',
        finishedAt: event.at,
        ...(t.startedAt === undefined && t.calledAt !== undefined ? { startedAt: t.calledAt } : {}),
      }));
      return release(event.windowId, event.ticketId);
    case 'ticket.noShow':
      end(event.ticketId, 'noShow', event.at);
      return release(event.windowId, event.ticketId);
    case 'ticket.cancelled':
      end(event.ticketId, 'cancelled', event.at);
      if (event.windowId !== undefined) release(event.windowId, event.ticketId);
      return;
    case 'ticket.transferred':
      ticket(event.ticketId, (t) => {
        const {
          windowId: _w,
          calledAt: _c,
          startedAt: _s,
          targetWindowId: _target,
          transferNote: _note,
          ...rest
        } = t;
        return {
          ...rest,
          status: 'waiting',
          transferredFrom: event.fromWindowId,
          ...(event.note !== undefined ? { transferNote: event.note } : {}),
          unitId: event.toUnitId,
          itemId: event.toItemId,
          queueOrder: event.queueOrder,
          front: event.position === 'front',
          transferCount: event.ticket.transferCount + 1,
          ...(event.toWindowId !== undefined ? { targetWindowId: event.toWindowId } : {}),
        };
      });
      return release(event.fromWindowId, event.ticketId);
    case 'ticket.restored':
      // Q24: waiting again, with its number, a fresh place and no recalls.
      return ticket(event.ticketId, (t) => {
        const { windowId: _w, calledAt: _c, startedAt: _s, finishedAt: _f, ...rest } = t;
        return {
          ...rest,
          status: 'waiting',
          queueOrder: event.queueOrder,
          front: event.position === 'front',
          recallCount: 0,
        };
      });
    case 'window.signedIn':
      return window(event.windowId, ({ pauseReason: _r, pauseUntil: _u, ...w }) => ({
        ...w,
        status: 'open',
        staffId: event.staffId,
      }));
    case 'window.signedOut':
      return window(event.windowId, ({ pauseReason: _r, pauseUntil: _u, staffId: _s, ...w }) => ({
        ...w,
        status: 'signedOut',
      }));
    case 'window.paused':
      return window(event.windowId, ({ pauseUntil: _u, ...w }) => ({
        ...w,
        status: 'paused',
        pauseReason: event.reason,
        ...(event.until !== undefined ? { pauseUntil: event.until } : {}),
      }));
    case 'window.resumed':
      return window(event.windowId, ({ pauseReason: _r, pauseUntil: _u, ...w }) => ({
        ...w,
        status: 'open',
      }));
    case 'day.closed':
      for (const id of event.expiredTicketIds) end(id, 'expired', event.at);
      for (const w of Object.values(catalog.windows)) {
        if (w.siteId === event.siteId && p.windows.has(w.id))
          p.windows.set(w.id, { id: w.id, status: 'signedOut', priorityStreak: 0 });
      }
      return;
  }
}
