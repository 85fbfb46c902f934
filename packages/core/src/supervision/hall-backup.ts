/**
 * S5 The hall backs up: a unit of the site whose people waiting reach the
 * site's backlog count, or whose longest wait reaches its backlog minutes,
 * is yellow; twice either, red. The alert suggests the windows that serve
 * the unit today by the rota (core Q6) and could take more of it now:
 * signed out, paused, or open and free. One cause per unit and day.
 */
import { windowsServingUnit } from '../catalog-index';
import {
  dayOf,
  higher,
  levelAt,
  minutesSince,
  queueLength,
  queueWait,
  siteOf,
  siteUnits,
  timeAt,
} from './measure';
import type { Condition, SupervisionRule } from './types';

export const hallBackup: SupervisionRule = {
  rule: 'hall-backup',
  evaluate({ state, siteId, now, settings }) {
    const site = siteOf(state, siteId);
    if (!site) return [];
    const time = timeAt(site, now);
    const day = dayOf(state, site, now);
    const out: Condition[] = [];
    for (const unit of siteUnits(state, siteId)) {
      const { waiting, oldestIssuedAt } = queueWait(state, `u|${unit.id}`);
      if (oldestIssuedAt === undefined) continue;
      const longest = minutesSince(now, oldestIssuedAt);
      const level = higher(
        levelAt(waiting, settings.backlogWaiting),
        levelAt(longest, settings.backlogWaitMinutes),
      );
      if (!level) continue;
      const suggested = windowsServingUnit(state.catalog, unit.id, time.weekday)
        .filter((w) => {
          const ws = state.windows[w.id];
          return !ws || ws.status !== 'open' || ws.currentTicketId === undefined;
        })
        .map((w) => w.id);
      out.push({
        key: `hall-backup:${unit.id}:${day}`,
        rule: 'hall-backup',
        level,
        siteId,
        unitId: unit.id,
        detail: {
          waiting,
          longestWaitMinutes: Math.floor(longest),
          limitWaiting: settings.backlogWaiting,
          limitMinutes: settings.backlogWaitMinutes,
          suggestedWindowIds: suggested,
        },
      });
    }
    return out;
  },
  closedBecause({ unitId }, { state }) {
    return unitId !== undefined && queueLength(state, `u|${unitId}`) === 0
      ? 'queue-empty'
      : 'backlog-cleared';
  },
};
