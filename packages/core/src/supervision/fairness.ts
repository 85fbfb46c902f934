/**
 * S7 Fairness: a clerk whose 选号 calls (callTicket, out of the call order),
 * transfers, or 选号 calls of priority tickets beyond the priority ratio
 * (Q11) today reach the site's daily limit is yellow, twice it red.
 * Counted by the server's day figures per clerk; one cause per clerk, kind
 * and business day.
 */
import { dayOf, levelAt, siteOf } from './measure';
import type { Condition, SupervisionRule } from './types';

export const fairness: SupervisionRule = {
  rule: 'fairness',
  evaluate({ state, siteId, now, settings, clerks }) {
    const site = siteOf(state, siteId);
    if (!site) return [];
    const day = dayOf(state, site, now);
    const out: Condition[] = [];
    for (const c of clerks) {
      const counts = [
        ['out-of-order', c.outOfOrder, settings.outOfOrderPerDay],
        ['transfers', c.transfers, settings.transfersPerDay],
        ['priority', c.priorityBeyondRatio ?? 0, settings.priorityBeyondRatioPerDay],
      ] as const;
      for (const [kind, count, limit] of counts) {
        const level = levelAt(count, limit);
        if (!level) continue;
        out.push({
          key: `fairness:${c.staffId}:${kind}:${day}`,
          rule: 'fairness',
          level,
          siteId,
          staffId: c.staffId,
          detail: { kind, count, limit, day },
        });
      }
    }
    return out;
  },
  closedBecause({ detail }, { state, siteId, now }) {
    const site = siteOf(state, siteId);
    return site && dayOf(state, site, now) !== detail.day ? 'day-closed' : 'condition-cleared';
  },
};
