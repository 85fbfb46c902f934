/**
 * Moves a hall snapshot forward by one event, so a screen redraws without a
 * round trip. It only mirrors what the server already decided; anything it
 * cannot know exactly (e.g. longest waits) is refreshed by the periodic
 * snapshot the feed requests.
 */
import type {
  HallSnapshot,
  RecentCall,
  TicketView,
  WireEvent,
  WindowStateView,
} from '@hallq/protocol';

export const MAX_RECENT_CALLS = 12;

const withWindow = (
  s: HallSnapshot,
  id: string,
  f: (w: WindowStateView) => WindowStateView,
): HallSnapshot => ({
  ...s,
  windows: s.windows.map((w) => (w.id === id ? f(w) : w)),
});

const bumpUnit = (
  s: HallSnapshot,
  unitId: string,
  delta: number,
  priority: boolean,
): HallSnapshot => ({
  ...s,
  units: s.units.map((u) =>
    u.unitId === unitId
      ? {
          ...u,
          waiting: Math.max(0, u.waiting + delta),
          priorityWaiting: priority ? Math.max(0, u.priorityWaiting + delta) : u.priorityWaiting,
        }
      : u,
  ),
});

export function applyEvent(s: HallSnapshot, e: WireEvent): HallSnapshot {
  const next = { ...s, seq: e.payload.seq, at: e.payload.at };
  switch (e.name) {
    case 'ticket.issued':
      return bumpUnit(next, e.payload.ticket.unitId, +1, e.payload.ticket.priority === 'priority');
    case 'ticket.called':
    case 'ticket.recalled': {
      const p = e.payload;
      const call: RecentCall = {
        seq: p.seq,
        at: p.at,
        ticket: { id: p.ticket.id, number: p.ticket.number, unitId: p.ticket.unitId },
        window: { id: p.window.id, number: p.window.number },
        recall: e.name === 'ticket.recalled',
      };
      let out: HallSnapshot = {
        ...next,
        recentCalls: [call, ...next.recentCalls].slice(0, MAX_RECENT_CALLS),
      };
      if (e.name === 'ticket.called') {
        out = bumpUnit(out, p.ticket.unitId, -1, p.ticket.priority === 'priority');
      }
      return withWindow(out, p.window.id, (w) => ({
        ...w,
        current: {
          ...(w.current?.id === p.ticket.id ? w.current : placeholder(p.ticket, p.at)),
          status: 'called',
          windowId: p.window.id,
          windowNumber: p.window.number,
          recallCount: e.name === 'ticket.recalled' ? e.payload.recallCount : 0,
        },
      }));
    }
    case 'ticket.started':
      return withWindow(next, e.payload.window.id, (w) =>
        w.current
          ? { ...w, current: { ...w.current, status: 'serving', startedAt: e.payload.at } }
          : w,
      );
    case 'ticket.finished':
    case 'ticket.noShow':
      return withWindow(next, e.payload.window.id, (w) => {
        const { current: _gone, ...rest } = w;
        return rest;
      });
    case 'ticket.transferred': {
      const out = withWindow(next, e.payload.window.id, (w) => {
        const { current: _gone, ...rest } = w;
        return rest;
      });
      return bumpUnit(out, e.payload.toUnitId, +1, e.payload.ticket.priority === 'priority');
    }
    case 'ticket.cancelled':
      return bumpUnit(next, e.payload.ticket.unitId, -1, e.payload.ticket.priority === 'priority');
    case 'window.signedIn':
    case 'window.signedOut':
    case 'window.paused':
    case 'window.resumed':
      return withWindow(next, e.payload.window.id, () => e.payload.window);
    case 'day.closed':
      return {
        ...next,
        businessDay: e.payload.currentDay,
        units: next.units.map((u) => ({ ...u, waiting: 0, priorityWaiting: 0, longestWaitMs: 0 })),
        // The hall closed: every window is signed out (core rule Q2).
        windows: next.windows.map((w) => ({
          id: w.id,
          number: w.number,
          name: w.name,
          status: 'signedOut' as const,
          todayUnitIds: w.todayUnitIds,
        })),
        recentCalls: [],
      };
    case 'notice.updated':
      return { ...next, notice: e.payload.notice };
  }
}

function placeholder(
  t: {
    id: string;
    number: string;
    unitId: string;
    itemId: string;
    priority: 'normal' | 'priority';
  },
  at: number,
): TicketView {
  return {
    id: t.id,
    number: t.number,
    status: 'called',
    siteId: '',
    unitId: t.unitId,
    itemId: t.itemId,
    priority: t.priority,
    businessDay: '',
    issuedAt: at,
    ahead: 0,
    estimatedWaitMs: 0,
    recallCount: 0,
    transferCount: 0,
    front: false,
    calledAt: at,
  };
}
