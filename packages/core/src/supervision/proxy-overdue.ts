/**
 * S11 A 代办 past its promised date (Q29): an open proxy ticket the site
 * handles, not done by the end of its due day, is red at once (the villager
 * was promised the date). Key `proxy-overdue:{proxyId}`. Closes as
 * `proxy-done` once it is done (it leaves the open list).
 */
import type { Condition, SupervisionRule } from './types';

const DAY_MS = 86_400_000;

export const proxyOverdue: SupervisionRule = {
  rule: 'proxy-overdue',
  evaluate({ siteId, now, proxies }) {
    const out: Condition[] = [];
    for (const p of proxies ?? []) {
      if (now <= p.dueAt) continue;
      out.push({
        key: `proxy-overdue:${p.id}`,
        rule: 'proxy-overdue',
        level: 'red',
        siteId,
        unitId: p.unitId,
        detail: {
          proxyId: p.id,
          itemId: p.itemId,
          dueDay: p.dueDay,
          daysLate: Math.max(1, Math.ceil((now - p.dueAt) / DAY_MS)),
        },
      });
    }
    return out;
  },
  closedBecause() {
    return 'proxy-done';
  },
};
