/**
 * S2 A service runs over: a ticket held at a window (called or serving)
 * for longer than its item's expected minutes × the site's factor is
 * yellow, twice that red. Measured from the start of service, else the call.
 */
import { levelAt, minutesSince, siteWindows } from './measure';
import type { Condition, SupervisionRule } from './types';

export const serviceOverrun: SupervisionRule = {
  rule: 'service-overrun',
  evaluate({ state, siteId, now, settings }) {
    if (!(settings.serviceOverrunFactor > 0)) return [];
    const out: Condition[] = [];
    for (const w of siteWindows(state, siteId)) {
      const ws = state.windows[w.id];
      const t = ws?.currentTicketId !== undefined ? state.tickets[ws.currentTicketId] : undefined;
      if (!t || (t.status !== 'called' && t.status !== 'serving')) continue;
      const item = state.catalog.items[t.itemId];
      const begun = t.startedAt ?? t.calledAt;
      if (!item || begun === undefined) continue;
      const limit = item.expectedServiceMinutes * settings.serviceOverrunFactor;
      const minutes = minutesSince(now, begun);
      const level = levelAt(minutes, limit);
      if (!level) continue;
      out.push({
        key: `service-overrun:${t.id}:${w.id}:${t.calledAt ?? begun}`,
        rule: 'service-overrun',
        level,
        siteId,
        windowId: w.id,
        ticketId: t.id,
        unitId: t.unitId,
        ...(ws?.staffId !== undefined ? { staffId: ws.staffId } : {}),
        detail: {
          number: t.number,
          itemId: t.itemId,
          serviceMinutes: Math.floor(minutes),
          limitMinutes: Math.round(limit * 10) / 10,
        },
      });
    }
    return out;
  },
  closedBecause({ ticketId, windowId }, { state }) {
    const held = windowId !== undefined ? state.windows[windowId]?.currentTicketId : undefined;
    return held !== undefined && held === ticketId ? 'condition-cleared' : 'service-finished';
  },
};
