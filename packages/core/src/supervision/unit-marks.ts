/**
 * S10 Unit marks, for the supervisor's hall map: each unit of the site with
 * its people waiting, its longest wait, and a level: the higher of its
 * longest wait against the wait limit (S1's edges) and its backlog (S5's).
 * Every unit of the site is listed, waiting or not, by id.
 */
import { higher, levelAt, minutesSince, queueWait, siteUnits } from './measure';
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
  return [...siteUnits(state, siteId)]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((u) => {
      const { waiting, oldestIssuedAt } = queueWait(state, `u|${u.id}`);
      const oldest = Math.min(now, oldestIssuedAt ?? now);
      const longest = Math.max(0, now - oldest);
      const level = higher(
        levelAt(minutesSince(now, oldest), settings.waitLimitMinutes),
        higher(
          levelAt(waiting, settings.backlogWaiting),
          levelAt(minutesSince(now, oldest), settings.backlogWaitMinutes),
        ),
      );
      return {
        unitId: u.id,
        waiting: waiting,
        longestWaitMs: waiting ? longest : 0,
        ...(waiting && level ? { level } : {}),
      };
    });
}
