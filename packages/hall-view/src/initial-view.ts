/**
 * The hall view of a site before any event of its business day: every window
 * signed out, no one waiting. The server builds it from its catalogue; a
 * screen never builds one (it starts from the server's snapshot).
 */
import type { HallSnapshot } from '@hallq/protocol';

export interface ViewWindow {
  id: string;
  number: number;
  name: string;
  todayUnitIds: string[];
}

export interface InitialViewInput {
  siteId: string;
  businessDay: string;
  at: number;
  seq: number;
  /** The site's units, in the order screens list them. */
  unitIds: readonly string[];
  windows: readonly ViewWindow[];
  notice: string;
}

export function initialHallView(input: InitialViewInput): HallSnapshot {
  return {
    seq: input.seq,
    siteId: input.siteId,
    businessDay: input.businessDay,
    at: input.at,
    units: input.unitIds.map((unitId) => ({ unitId, waiting: 0, priorityWaiting: 0 })),
    windows: [...input.windows]
      .sort((a, b) => a.number - b.number)
      .map((w) => ({
        id: w.id,
        number: w.number,
        name: w.name,
        status: 'signedOut' as const,
        todayUnitIds: [...w.todayUnitIds],
      })),
    recentCalls: [],
    notice: input.notice,
  };
}
