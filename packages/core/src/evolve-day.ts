/**
 * apply for the business day (Q1–Q3): each event moves its site's day forward
 * (never back); day.closed expires the listed tickets, signs the site's windows out
 * and drops the site's counters of earlier days so the state stays bounded.
 */
import { businessTime } from './business-time';
import type { DayClosed, HallEvent } from './events';
import { dayOfKey, itemOfKey } from './keys';
import { dropTicket } from './evolve-helpers';
import type { HallState } from './state';

export function advanceDay(state: HallState, event: HallEvent): void {
  const site = state.catalog.sites[event.siteId];
  if (!site) return;
  const day = businessTime(event.at, site.timeZone).day;
  const stored = state.businessDays[site.id];
  if (stored === undefined || stored < day) state.businessDays[site.id] = day;
}

function itemSiteId(state: HallState, itemId: string): string | undefined {
  const unitId = state.catalog.items[itemId]?.unitId;
  return unitId === undefined ? undefined : state.catalog.units[unitId]?.siteId;
}

/** Counters of `siteId` for days before `today`, dropped. */
function pruneCounters(state: HallState, siteId: string, today: string): void {
  for (const key of Object.keys(state.serials)) {
    if (key.startsWith(`${siteId}|`) && dayOfKey(key) < today) delete state.serials[key];
  }
  for (const key of Object.keys(state.itemIssued)) {
    const site = itemSiteId(state, itemOfKey(key));
    if ((site === undefined || site === siteId) && dayOfKey(key) < today) {
      delete state.itemIssued[key];
    }
  }
}

export function onDayClosed(state: HallState, event: DayClosed): void {
  for (const id of event.expiredTicketIds) dropTicket(state, id);
  for (const id of Object.keys(state.windows)) {
    if (state.catalog.windows[id]?.siteId !== event.siteId) continue;
    // The hall has closed: every window of the site is signed out, so screens
    // show 未登录 overnight and each clerk signs in afresh in the morning.
    state.windows[id] = { id, status: 'signedOut', priorityStreak: 0 };
  }
  const today = state.businessDays[event.siteId] ?? event.businessDay;
  pruneCounters(state, event.siteId, today);
  // 过号 tickets stay restorable for the rest of their own day only (Q24).
  for (const [id, ticket] of Object.entries(state.noShows)) {
    if (ticket.siteId === event.siteId && ticket.businessDay < today) delete state.noShows[id];
  }
}
