/**
 * Shared helpers of the rules: the yellow and red edges (S8), the site's
 * windows and queues, and its clock.
 */
import { businessTime, type BusinessTime } from '../business-time';
import { catalogIndex } from '../catalog-index';
import type { Site, Ticket, Unit, Window } from '../model';
import { isOpenAt } from '../opening-hours';
import { unitsServedBy } from '../rota';
import type { HallState } from '../state';
import { oldestWaiting } from '../waiting-index';
import type { AlertLevel } from './types';

export const MINUTE_MS = 60_000;

/** S8: yellow at the limit, red at twice it; nothing below it, or when the limit is not positive. */
export function levelAt(value: number, limit: number): AlertLevel | undefined {
  if (!(limit > 0) || !(value >= limit)) return undefined;
  return value >= 2 * limit ? 'red' : 'yellow';
}

/** The higher of two levels. */
export function higher(
  a: AlertLevel | undefined,
  b: AlertLevel | undefined,
): AlertLevel | undefined {
  return a === 'red' || b === 'red' ? 'red' : (a ?? b);
}

export const minutesSince = (now: number, since: number): number => (now - since) / MINUTE_MS;

export function siteOf(state: HallState, siteId: string): Site | undefined {
  return Object.hasOwn(state.catalog.sites, siteId) ? state.catalog.sites[siteId] : undefined;
}

/** The site's windows by number (from the catalogue's index: shared, never to be changed). */
export function siteWindows(state: HallState, siteId: string): readonly Window[] {
  return catalogIndex(state.catalog).windowsOf(siteId);
}

/** The site's units in the catalogue's order (from the catalogue's index: shared, never to be changed). */
export function siteUnits(state: HallState, siteId: string): readonly Unit[] {
  return catalogIndex(state.catalog).unitsOf(siteId);
}

export function timeAt(site: Site, now: number): BusinessTime {
  return businessTime(now, site.timeZone);
}

/** The site's current business day (its stored day, else the clock's). */
export function dayOf(state: HallState, site: Site, now: number): string {
  return state.businessDays[site.id] ?? timeAt(site, now).day;
}

/** The waiting tickets of one queue ("u|unitId" or "w|windowId"), every class. */
export function queueTickets(state: HallState, key: string): Ticket[] {
  const queue = state.queues[key];
  if (!queue) return [];
  const out: Ticket[] = [];
  for (const list of queue) {
    for (const id of list) {
      const t = state.tickets[id];
      if (t && t.status === 'waiting') out.push(t);
    }
  }
  return out;
}

/**
 * How many wait in one queue and since when the longest has waited (its
 * earliest issue time; undefined when nobody waits), as a supervision pass
 * asks this of every unit of every site: the lengths of the waiting index's
 * lists, and the earliest issue time kept beside them (queue-oldest.ts).
 */
export function queueWait(
  state: HallState,
  key: string,
): { waiting: number; oldestIssuedAt: number | undefined } {
  return { waiting: queueLength(state, key), oldestIssuedAt: oldestWaiting(state, key) };
}

export function queueLength(state: HallState, key: string): number {
  const queue = state.queues[key];
  return queue ? queue[0].length + queue[1].length + queue[2].length : 0;
}

/** People waiting for the window today: its own queue and its units' (the rota applied). */
export function waitingFor(state: HallState, window: Window, time: BusinessTime): number {
  let n = queueLength(state, `w|${window.id}`);
  for (const unitId of unitsServedBy(window, time.weekday)) n += queueLength(state, `u|${unitId}`);
  return n;
}

/** Whether the hall is open now (core Q4). */
export const isOpenNow = (site: Site, time: BusinessTime): boolean => isOpenAt(site, time);

/**
 * When the opening span holding `now` began (the local midnight when the
 * site keeps no hours). Offsets are whole minutes, so a minute is a minute.
 */
export function spanStart(site: Site, time: BusinessTime, now: number): number {
  const minuteStart = now - (((now % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
  let start = 0;
  for (const span of site.openingHours) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(span.start);
    const e = /^(\d{1,2}):(\d{2})$/.exec(span.end);
    if (!m || !e) continue;
    const s = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(e[1]) * 60 + Number(e[2]);
    if (time.minutes >= s && time.minutes < end) start = s;
  }
  return minuteStart - (time.minutes - start) * MINUTE_MS;
}
