/** The state of a hall before any event: every window signed out, no tickets. */
import type { Catalog, WindowState } from './model';
import type { HallState } from './state';

export function initialState(catalog: Catalog): HallState {
  const windows: Record<string, WindowState> = {};
  for (const id of Object.keys(catalog.windows)) {
    windows[id] = { id, status: 'signedOut', priorityStreak: 0 };
  }
  return {
    catalog,
    businessDays: {},
    serials: {},
    itemIssued: {},
    tickets: {},
    queues: {},
    windows,
    noShows: {},
    orderCounter: 0,
    serviceTimes: {},
  };
}
