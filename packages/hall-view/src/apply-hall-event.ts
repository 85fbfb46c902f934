/**
 * The one reducer of the hall view: the server keeps each site's view with it
 * and every screen mirrors the server with it, so the two cannot drift.
 * Pure and copy-on-write (a screen's React state is the previous view).
 *
 * It reads the event alone: events carry what the view needs (protocol v2).
 * An event naming a window or unit the view does not list changes only `seq`
 * and `at`.
 */
import type {
  CurrentTicket,
  HallEventPayloads,
  HallSnapshot,
  RecentCall,
  TicketRef,
  WindowStateView,
  WireEvent,
} from '@hallq/protocol';

export const MAX_RECENT_CALLS = 12;

type View = HallSnapshot;

function withWindow(view: View, id: string, change: (w: WindowStateView) => WindowStateView): View {
  const index = view.windows.findIndex((w) => w.id === id);
  if (index < 0) return view;
  const windows = view.windows.slice();
  windows[index] = change(windows[index] as WindowStateView);
  return { ...view, windows };
}

/** Waiting counts of the ticket's unit move by `delta` (never below zero). */
function countWaiting(
  view: View,
  ticket: Pick<TicketRef, 'unitId' | 'priority'>,
  delta: number,
): View {
  const index = view.units.findIndex((u) => u.unitId === ticket.unitId);
  if (index < 0) return view;
  const units = view.units.slice();
  const unit = units[index] as View['units'][number];
  units[index] = {
    ...unit,
    waiting: Math.max(0, unit.waiting + delta),
    priorityWaiting:
      ticket.priority === 'priority'
        ? Math.max(0, unit.priorityWaiting + delta)
        : unit.priorityWaiting,
  };
  return { ...view, units };
}

function withoutCurrent(w: WindowStateView): WindowStateView {
  const { current: _released, ...rest } = w;
  return rest;
}

function held(ticket: TicketRef, at: number, recallCount: number): CurrentTicket {
  return {
    id: ticket.id,
    number: ticket.number,
    unitId: ticket.unitId,
    itemId: ticket.itemId,
    priority: ticket.priority,
    issuedAt: ticket.issuedAt,
    transferCount: ticket.transferCount,
    status: 'called',
    calledAt: at,
    recallCount,
  };
}

function announce(view: View, call: RecentCall): View {
  return { ...view, recentCalls: [call, ...view.recentCalls].slice(0, MAX_RECENT_CALLS) };
}

export function applyHallEvent(previous: View, event: WireEvent): View {
  const view: View = { ...previous, seq: event.payload.seq, at: event.payload.at };
  switch (event.name) {
    case 'ticket.issued':
      return countWaiting(view, event.payload.ticket, +1);
    case 'ticket.called': {
      const { ticket, window, at, seq } = event.payload;
      const called = announce(countWaiting(view, ticket, -1), {
        seq,
        at,
        ticket: { id: ticket.id, number: ticket.number, unitId: ticket.unitId },
        window: { id: window.id, number: window.number },
        recall: false,
      });
      return withWindow(called, window.id, (w) => ({ ...w, current: held(ticket, at, 0) }));
    }
    case 'ticket.recalled': {
      const { ticket, window, at, seq, recallCount } = event.payload;
      const recalled = announce(view, {
        seq,
        at,
        ticket: { id: ticket.id, number: ticket.number, unitId: ticket.unitId },
        window: { id: window.id, number: window.number },
        recall: true,
      });
      return withWindow(recalled, window.id, (w) =>
        w.current?.id === ticket.id ? { ...w, current: { ...w.current, recallCount } } : w,
      );
    }
    case 'ticket.started': {
      const { ticket, window, at } = event.payload;
      return withWindow(view, window.id, (w) =>
        w.current?.id === ticket.id
          ? { ...w, current: { ...w.current, status: 'serving', startedAt: at } }
          : w,
      );
    }
    case 'ticket.finished':
    case 'ticket.noShow':
      return withWindow(view, event.payload.window.id, withoutCurrent);
    case 'ticket.transferred': {
      const { ticket, window, toUnitId } = event.payload;
      const released = withWindow(view, window.id, withoutCurrent);
      return countWaiting(released, { unitId: toUnitId, priority: ticket.priority }, +1);
    }
    case 'ticket.cancelled':
      // A held ticket leaves its window; a waiting one leaves its queue.
      return event.payload.window
        ? withWindow(view, event.payload.window.id, withoutCurrent)
        : countWaiting(view, event.payload.ticket, -1);
    case 'ticket.restored':
      // 过号恢复: waiting again in its unit's queue.
      return countWaiting(view, event.payload.ticket, +1);
    case 'window.signedIn':
      return withWindow(view, event.payload.window.id, (w) => {
        const { pauseReason: _reason, pauseUntil: _until, ...rest } = w;
        return { ...rest, status: 'open', staff: event.payload.staff };
      });
    case 'window.signedOut':
      return withWindow(view, event.payload.window.id, (w) => {
        const { pauseReason: _reason, pauseUntil: _until, staff: _staff, ...rest } = w;
        return { ...rest, status: 'signedOut' };
      });
    case 'window.paused':
      return withWindow(view, event.payload.window.id, ({ pauseUntil: _until, ...w }) => ({
        ...w,
        status: 'paused',
        pauseReason: event.payload.reason,
        ...(event.payload.until !== undefined ? { pauseUntil: event.payload.until } : {}),
      }));
    case 'window.resumed':
      return withWindow(view, event.payload.window.id, (w) => {
        const { pauseReason: _reason, pauseUntil: _until, ...rest } = w;
        return { ...rest, status: 'open' };
      });
    case 'day.closed': {
      const { currentDay, todayUnitIds } = event.payload;
      return {
        ...view,
        businessDay: currentDay,
        units: view.units.map((u) => ({ unitId: u.unitId, waiting: 0, priorityWaiting: 0 })),
        // The hall closed: every window is signed out (core rule Q2).
        windows: view.windows.map((w) => ({
          id: w.id,
          number: w.number,
          name: w.name,
          status: 'signedOut' as const,
          todayUnitIds: todayUnitIds[w.id] ?? w.todayUnitIds,
        })),
        recentCalls: [],
      };
    }
    case 'notice.updated':
      return { ...view, notice: event.payload.notice };
    case 'catalog.changed':
      return catalogChanged(view, event.payload);
    case 'staff.changed': {
      // A renamed clerk shows under the new name at the window they hold.
      const { id, name, staffNo } = event.payload.after;
      if (!view.windows.some((w) => w.staff?.id === id)) return view;
      return {
        ...view,
        windows: view.windows.map((w) =>
          w.staff?.id === id ? { ...w, staff: { id, name, staffNo } } : w,
        ),
      };
    }
    case 'device.changed':
    case 'device.fault':
    case 'alert.opened':
    case 'alert.escalated':
    case 'alert.acknowledged':
    case 'alert.closed':
    case 'rating.submitted':
    case 'rating.unrated':
    case 'case.opened':
    case 'case.stepped':
    case 'case.visitorRated':
    case 'calendar.changed':
    case 'proxy.registered':
    case 'proxy.stepped':
      // 电子监察's alerts: the supervisor's screen keeps them beside the view;
      // 好差评's ratings and cases are read from their own API.
      return view;
  }
}

/**
 * An admin's catalogue change, as the view shows it: a window added (signed
 * out), renamed, renumbered or given other units today (its rota); a unit
 * added to the site's waiting counts or moved off it. Items and site
 * settings do not show in the view.
 */
function catalogChanged(view: View, p: HallEventPayloads['catalog.changed']): View {
  if (p.kind === 'window' && p.window) {
    const { id, number, name, todayUnitIds } = p.window;
    const here = p.after.siteId === undefined || p.after.siteId === view.siteId;
    const others = view.windows.filter((w) => w.id !== id);
    if (!here) return others.length === view.windows.length ? view : { ...view, windows: others };
    const old = view.windows.find((w) => w.id === id);
    const next: WindowStateView = old
      ? { ...old, number, name, todayUnitIds: [...todayUnitIds] }
      : { id, number, name, status: 'signedOut', todayUnitIds: [...todayUnitIds] };
    // Screens list windows by number, as the server's rebuilt view does.
    const windows = [...others, next].sort((a, b) => a.number - b.number);
    return { ...view, windows };
  }
  if (p.kind === 'unit') {
    const listed = view.units.some((u) => u.unitId === p.id);
    const here = p.after.siteId === view.siteId;
    if (here && !listed) {
      return { ...view, units: [...view.units, { unitId: p.id, waiting: 0, priorityWaiting: 0 }] };
    }
    if (!here && listed) return { ...view, units: view.units.filter((u) => u.unitId !== p.id) };
  }
  return view;
}

/** Folds events into a view, in the order given. */
export function foldHallEvents(view: View, events: readonly WireEvent[]): View {
  return events.reduce(applyHallEvent, view);
}
