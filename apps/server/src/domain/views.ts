/**
 * Read models built from the core model: a ticket with its place in the
 * queue, a window as its clerk reads it, and a site's hall view rebuilt from
 * scratch (at boot and after a catalogue change; between those the hall
 * service keeps it by folding events with @hallq/hall-view, and the property
 * test in hall-view-fold.test.ts holds the two equal).
 */
import {
  catalogIndex,
  businessTime,
  peopleAhead,
  unitsServedBy,
  visitorWaitEstimator,
  type HallState,
  type Ticket,
} from '@hallq/core';
import type {
  CurrentTicket,
  HallSnapshot,
  RecentCall,
  TicketView,
  UnitQueue,
  WindowDetail,
  WindowStateView,
} from '@hallq/protocol';
import { ticketWhere } from './ticket-where';

export interface StaffBrief {
  id: string;
  name: string;
  staffNo: string;
}
export type StaffLookup = (id: string) => StaffBrief | undefined;

export function ticketView(
  t: Ticket,
  state: HallState,
  now: number,
  /** People ahead, when the caller has counted them already (a whole queue at once). */
  counted?: number,
  /**
   * One estimator for a whole queue, so each queue is looked at once: by
   * default what the visitor is told (core Q25; undefined: no window open).
   */
  estimate: (ticket: Ticket, ahead: number) => number | undefined = visitorWaitEstimator(
    state,
    now,
  ),
): TicketView {
  // A ticket of a business day that has ended is over, whether or not the
  // day's close has run yet: the day ends on the site's clock (issue 16).
  const site = state.catalog.sites[t.siteId];
  const dayOver =
    (t.status === 'waiting' || t.status === 'called' || t.status === 'serving') &&
    site !== undefined &&
    t.businessDay < businessTime(now, site.timeZone).day;
  const waiting = !dayOver && t.status === 'waiting' && state.tickets[t.id] !== undefined;
  // One pass over the queue: the count feeds the estimate too.
  const ahead = waiting ? (counted ?? peopleAhead(state, t.id, now)) : 0;
  const window = t.windowId ? state.catalog.windows[t.windowId] : undefined;
  const wait = waiting ? estimate(t, ahead) : 0;
  return {
    id: t.id,
    number: t.number,
    status: dayOver ? 'expired' : t.status,
    siteId: t.siteId,
    unitId: t.unitId,
    itemId: t.itemId,
    priority: t.priority,
    businessDay: t.businessDay,
    issuedAt: t.issuedAt,
    ahead,
    estimatedWaitMs: Math.round(wait ?? 0),
    ...(waiting && wait === undefined ? { noWindowOpen: true } : {}),
    recallCount: t.recallCount,
    transferCount: t.transferCount,
    front: t.front,
    ...(t.transferredFrom !== undefined
      ? {
          transferredFrom: {
            windowId: t.transferredFrom,
            ...(state.catalog.windows[t.transferredFrom]
              ? { windowNumber: state.catalog.windows[t.transferredFrom]?.number }
              : {}),
            ...(t.transferNote !== undefined ? { note: t.transferNote } : {}),
          },
        }
      : {}),
    ...(t.windowId ? { windowId: t.windowId } : {}),
    ...(window ? { windowNumber: window.number } : {}),
    ...(t.calledAt != null ? { calledAt: t.calledAt } : {}),
    ...(t.startedAt != null ? { startedAt: t.startedAt } : {}),
    ...(t.finishedAt != null ? { finishedAt: t.finishedAt } : {}),
    ...(t.targetWindowId ? { targetWindowId: t.targetWindowId } : {}),
    ...ticketWhere(t, state, now),
  };
}

interface WindowBase {
  base: Omit<WindowStateView, 'current'>;
  current: Ticket | undefined;
}

function windowBase(
  windowId: string,
  state: HallState,
  staff: StaffLookup,
  now: number,
): WindowBase {
  const w = state.catalog.windows[windowId];
  const ws = state.windows[windowId];
  if (!w || !ws) throw new Error(`unknown window ${windowId}`);
  const site = state.catalog.sites[w.siteId];
  const weekday = businessTime(now, site?.timeZone ?? 'Asia/Shanghai').weekday;
  const who = ws.staffId ? staff(ws.staffId) : undefined;
  return {
    base: {
      id: w.id,
      number: w.number,
      name: w.name,
      status: ws.status,
      todayUnitIds: unitsServedBy(w, weekday),
      ...(ws.pauseReason ? { pauseReason: ws.pauseReason } : {}),
      ...(ws.pauseUntil ? { pauseUntil: ws.pauseUntil } : {}),
      ...(who ? { staff: who } : {}),
    },
    current: ws.currentTicketId ? state.tickets[ws.currentTicketId] : undefined,
  };
}

/** A window as its clerk reads it: the held ticket in full. */
export function windowView(
  windowId: string,
  state: HallState,
  staff: StaffLookup,
  now: number,
): WindowDetail {
  const { base, current } = windowBase(windowId, state, staff, now);
  return current ? { ...base, current: ticketView(current, state, now) } : base;
}

/** The held ticket as the hall view keeps it. */
export function currentTicket(t: Ticket): CurrentTicket {
  return {
    id: t.id,
    number: t.number,
    unitId: t.unitId,
    itemId: t.itemId,
    priority: t.priority,
    issuedAt: t.issuedAt,
    transferCount: t.transferCount,
    status: t.status === 'serving' ? 'serving' : 'called',
    calledAt: t.calledAt ?? 0,
    ...(t.startedAt != null ? { startedAt: t.startedAt } : {}),
    recallCount: t.recallCount,
  };
}

function hallWindow(
  windowId: string,
  state: HallState,
  staff: StaffLookup,
  now: number,
): WindowStateView {
  const { base, current } = windowBase(windowId, state, staff, now);
  return current ? { ...base, current: currentTicket(current) } : base;
}

/** Waiting counts per unit of the site, from the active tickets (never history). */
export function unitQueues(state: HallState, siteId: string): UnitQueue[] {
  const byUnit = new Map<string, UnitQueue>();
  for (const u of Object.values(state.catalog.units)) {
    if (u.siteId === siteId) byUnit.set(u.id, { unitId: u.id, waiting: 0, priorityWaiting: 0 });
  }
  for (const t of Object.values(state.tickets)) {
    if (t.siteId !== siteId || t.status !== 'waiting') continue;
    const q = byUnit.get(t.unitId);
    if (!q) continue;
    q.waiting++;
    if (t.priority === 'priority') q.priorityWaiting++;
  }
  return [...byUnit.values()];
}

/** A site's hall view rebuilt from the model (the fold's starting point). */
export function hallViewOf(
  state: HallState,
  siteId: string,
  seq: number,
  now: number,
  staff: StaffLookup,
  recentCalls: RecentCall[],
  notice: string,
): HallSnapshot {
  const site = state.catalog.sites[siteId];
  const windows = catalogIndex(state.catalog)
    .windowsOf(siteId)
    .map((w) => hallWindow(w.id, state, staff, now));
  return {
    seq,
    siteId,
    businessDay:
      state.businessDays[siteId] ?? businessTime(now, site?.timeZone ?? 'Asia/Shanghai').day,
    at: now,
    units: unitQueues(state, siteId),
    windows,
    recentCalls,
    notice,
  };
}
