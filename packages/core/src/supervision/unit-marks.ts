/**
 * S10 Unit marks, for the supervisor's hall map: each unit of the site with
 * its people waiting, its longest wait, and a level: the higher of its
 * longest wait against the wait limit (S1's edges) and its backlog (S5's).
 * Every unit of the site is listed, waiting or not, by id.
 */
import { higher, levelAt, minutesSince, queueTickets } from './measure';
import type { SupervisionSettings } from './settings';
import type { HallState } from '../state';
import type { AlertLevel } from './types';

export interface UnitMark {
  unitId: string;
  waiting: number;
  /** ms the oldest waiting ticket has waited (0 when nobody waits). */
  longestWaitMs: number;
  level?: AlertLevel;
}

export function unitMarks(
  state: HallState,
  siteId: string,
  now: number,
  settings: SupervisionSettings,
): UnitMark[] {
  return Object.values(state.catalog.units)
    .filter((u) => u.siteId === siteId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((u) => {
      const waiting = queueTickets(state, `u|${u.id}`);
      let oldest = now;
      for (const t of waiting) oldest = Math.min(oldest, t.issuedAt);
      const longest = Math.max(0, now - oldest);
      const level = higher(
        levelAt(minutesSince(now, oldest), settings.waitLimitMinutes),
        higher(
          levelAt(waiting.length, settings.backlogWaiting),
          levelAt(minutesSince(now, oldest), settings.backlogWaitMinutes),
        ),
      );
      return {
        unitId: u.id,
        waiting: waiting.length,
        longestWaitMs: waiting.length ? longest : 0,
        ...(waiting.length && level ? { level } : {}),
      };
    });
}
