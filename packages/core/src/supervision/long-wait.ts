/**
 * S1 A visitor waits too long: a waiting ticket of the site whose wait since
 * issue reaches the site's wait limit is yellow, twice it red. One cause per
 * ticket and wait: a ticket transferred back to a queue waits anew.
 */
import { levelAt, minutesSince, queueTickets, siteOf, siteUnits, siteWindows } from './measure';
import type { Condition, SupervisionRule } from './types';

export const longWait: SupervisionRule = {
  rule: 'long-wait',
  evaluate({ state, siteId, now, settings }) {
    const limit = settings.waitLimitMinutes;
    if (!(limit > 0) || !siteOf(state, siteId)) return [];
    const keys = [
      ...siteUnits(state, siteId).map((u) => `u|${u.id}`),
      ...siteWindows(state, siteId).map((w) => `w|${w.id}`),
    ];
    const out: Condition[] = [];
    for (const key of keys) {
      for (const t of queueTickets(state, key)) {
        const minutes = minutesSince(now, t.issuedAt);
        const level = levelAt(minutes, limit);
        if (!level) continue;
        out.push({
          key: `long-wait:${t.id}:${t.transferCount}`,
          rule: 'long-wait',
          level,
          siteId,
          ticketId: t.id,
          unitId: t.unitId,
          ...(t.targetWindowId !== undefined ? { windowId: t.targetWindowId } : {}),
          detail: {
            number: t.number,
            itemId: t.itemId,
            waitMinutes: Math.floor(minutes),
            limitMinutes: limit,
          },
        });
      }
    }
    return out;
  },
  closedBecause({ ticketId }, { state }) {
    const t = ticketId !== undefined ? state.tickets[ticketId] : undefined;
    if (!t) return 'ticket-ended';
    return t.status === 'waiting' ? 'condition-cleared' : 'visitor-called';
  },
};
