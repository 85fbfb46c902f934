/**
 * What a visitor is told about the wait (Q25): no estimate at all while no
 * window of the ticket's queue is signed in, and otherwise
 * `ahead × perPerson ÷ windows`, where everything but `ahead` belongs to the
 * queue, not to the ticket. So a ticket later in call order (more people
 * ahead) is never told a shorter wait than an earlier one of its queue.
 *
 * perPerson is the median of the unit's recent service times (Q17 keeps the
 * last 20 in the model: bounded, no history is read), never below a floor of
 * half the unit's typical expected minutes: a clerk who finishes ten tickets
 * in a row without serving anyone moves the median little and the estimate
 * not below the floor. The clerk's queue list shows the same estimate.
 */
import { catalogIndex } from './catalog-index';
import type { Catalog, Ticket, Window } from './model';
import { itemsAtSite } from './site-items';
import { siteTime } from './site-time';
import type { HallState } from './state';
import { aheadInQueue, queueKey } from './waiting-index';

const MINUTE_MS = 60_000;
/** The floor per person ahead, as a share of the queue's expected minutes. */
export const WAIT_FLOOR_SHARE = 0.5;
/** Expected minutes of a queue none of whose items names any (a support window's). */
export const DEFAULT_EXPECTED_MINUTES = 10;

/** One queue's figures: how many windows call it now, and the time per person ahead. */
export interface QueueFigures {
  /** Windows signed in (open or paused) that call this queue today; ≥ 1. */
  windows: number;
  /** max(median of recent services, floor). */
  perPersonMs: number;
  /** WAIT_FLOOR_SHARE × the queue's expected minutes. */
  floorMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * A unit's typical expected minutes: the median over its items, and for a
 * township's intake unit over the master items it takes (Q26); kept per catalogue.
 */
const expectedCache = new WeakMap<Catalog, Map<string, number>>();
export function unitExpectedMinutes(catalog: Catalog, unitId: string): number {
  let perCatalog = expectedCache.get(catalog);
  if (!perCatalog) {
    const byUnit = new Map<string, number[]>();
    const add = (unit: string, minutes: number): void => {
      const list = byUnit.get(unit);
      if (list) list.push(minutes);
      else byUnit.set(unit, [minutes]);
    };
    for (const item of Object.values(catalog.items)) add(item.unitId, item.expectedServiceMinutes);
    for (const site of Object.values(catalog.sites)) {
      for (const { item, unitId: at } of itemsAtSite(catalog, site.id)) {
        if (at !== item.unitId) add(at, item.expectedServiceMinutes);
      }
    }
    perCatalog = new Map([...byUnit].map(([u, minutes]) => [u, median(minutes)]));
    expectedCache.set(catalog, perCatalog);
  }
  const minutes = perCatalog.get(unitId);
  return minutes !== undefined && Number.isFinite(minutes) && minutes > 0
    ? minutes
    : DEFAULT_EXPECTED_MINUTES;
}

/** A window is staffed when a clerk is signed in there, open or briefly paused. */
const staffed = (state: HallState, w: Window): boolean => {
  const status = state.windows[w.id]?.status;
  return status === 'open' || status === 'paused';
};

function unitPerPerson(state: HallState, unitId: string): { perPersonMs: number; floorMs: number } {
  const expectedMs = unitExpectedMinutes(state.catalog, unitId) * MINUTE_MS;
  const floorMs = WAIT_FLOOR_SHARE * expectedMs;
  const recent = state.serviceTimes[unitId] ?? [];
  const typical = recent.length > 0 ? median(recent) : expectedMs;
  return { perPersonMs: Math.max(typical, floorMs), floorMs };
}

/**
 * The figures of the ticket's queue (its unit's, or the window it was sent
 * to), or undefined when no window calling that queue is signed in.
 */
export function queueFigures(
  state: HallState,
  ticket: Ticket,
  at: number,
): QueueFigures | undefined {
  const { catalog } = state;
  const site = catalog.sites[ticket.siteId];
  if (!site) return undefined;
  if (ticket.targetWindowId !== undefined) {
    const target = catalog.windows[ticket.targetWindowId];
    if (!target || !staffed(state, target)) return undefined;
    // A window's queue holds tickets sent from any unit: the slowest of the
    // window's own units stands for everyone in it.
    const parts = target.unitIds.map((u) => unitPerPerson(state, u));
    const floorMs =
      parts.length > 0
        ? Math.max(...parts.map((p) => p.floorMs))
        : WAIT_FLOOR_SHARE * DEFAULT_EXPECTED_MINUTES * MINUTE_MS;
    const perPersonMs = Math.max(floorMs, ...parts.map((p) => p.perPersonMs));
    return { windows: 1, perPersonMs, floorMs };
  }
  const { weekday } = siteTime(state, site, at);
  let windows = 0;
  for (const w of catalogIndex(catalog).servingAt(site.id, ticket.unitId, weekday)) {
    if (staffed(state, w)) windows++;
  }
  if (windows === 0) return undefined;
  return { windows, ...unitPerPerson(state, ticket.unitId) };
}

/** The estimate from the queue's figures: 0 for the next in line. */
export const waitFrom = (figures: QueueFigures, ahead: number): number =>
  Math.round((ahead * figures.perPersonMs) / figures.windows);

/**
 * The wait a visitor is told (Q25), in ms, or undefined: no window of its
 * queue is signed in (窗口暂未开放). Only waiting tickets are estimated.
 */
export function visitorWaitMs(
  state: HallState,
  ticketId: string,
  at: number,
  ahead?: number,
): number | undefined {
  const ticket = Object.hasOwn(state.tickets, ticketId) ? state.tickets[ticketId] : undefined;
  if (!ticket || ticket.status !== 'waiting') return undefined;
  const figures = queueFigures(state, ticket, at);
  return figures && waitFrom(figures, ahead ?? aheadInQueue(state, ticket));
}

/**
 * visitorWaitMs for many tickets of one state at one time (a whole queue):
 * each queue's figures are worked out once.
 */
export function visitorWaitEstimator(
  state: HallState,
  at: number,
): (ticket: Ticket, ahead: number) => number | undefined {
  const known = new Map<string, QueueFigures | undefined>();
  return (ticket, ahead) => {
    const key = queueKey(ticket);
    let figures = known.get(key);
    if (!known.has(key)) {
      figures = queueFigures(state, ticket, at);
      known.set(key, figures);
    }
    return figures && waitFrom(figures, ahead);
  };
}
