/**
 * evolve for the business day (Q1–Q3): each event moves its site's day forward
 * (never back); day.closed expires the listed tickets, signs the site's windows out
 * and drops the site's counters of earlier days so the state stays bounded.
 */
import { businessTime } from './business-time';
import type { DayClosed, HallEvent } from './events';
import { dayOfKey, itemOfKey } from './keys';
import type { WindowState } from './model';
import type { HallState } from './state';

export function advanceDay(state: HallState, event: HallEvent): HallState {
  const site = state.catalog.sites[event.siteId];
  if (!site) return state;
  const day = businessTime(event.at, site.timeZone).day;
  const stored = state.businessDays[site.id];
  if (stored !== undefined && stored >= day) return state;
  return { ...state, businessDays: { ...state.businessDays, [site.id]: day } };
}

function itemSiteId(state: HallState, itemId: string): string | undefined {
  const unitId = state.catalog.items[itemId]?.unitId;
  return unitId === undefined ? undefined : state.catalog.units[unitId]?.siteId;
}

/** Counters of `siteId` for days before `today`, dropped. */
function pruneCounters(state: HallState, siteId: string, today: string): HallState {
  const serials = Object.fromEntries(
    Object.entries(state.serials).filter(
      ([key]) => !key.startsWith(`${siteId}|`) || dayOfKey(key) >= today,
    ),
  );
  const itemIssued = Object.fromEntries(
    Object.entries(state.itemIssued).filter(([key]) => {
      const site = itemSiteId(state, itemOfKey(key));
      return (site !== undefined && site !== siteId) || dayOfKey(key) >= today;
    }),
  );
  return { ...state, serials, itemIssued };
}

export function onDayClosed(state: HallState, event: DayClosed): HallState {
  const tickets = { ...state.tickets };
  for (const id of event.expiredTicketIds) delete tickets[id];
  const windows: Record<string, WindowState> = { ...state.windows };
  for (const [id, window] of Object.entries(state.windows)) {
    if (state.catalog.windows[id]?.siteId !== event.siteId) continue;
    // The hall has closed: every window of the site is signed out, so screens
    // show 未登录 overnight and each clerk signs in afresh in the morning.
    windows[id] = { id: window.id, status: 'signedOut', priorityStreak: 0 };
  }
  const today = state.businessDays[event.siteId] ?? event.businessDay;
  return pruneCounters({ ...state, tickets, windows }, event.siteId, today);
}
