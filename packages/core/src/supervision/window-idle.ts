/**
 * S3 A window idles while its queue waits: an open window holding no ticket,
 * with someone it may call (core Q9, Q11: call-next would take a ticket),
 * and nothing done there for the site's idle minutes (yellow; twice: red).
 * "Nothing done" runs from the later of its last call or other ticket action
 * and when it was opened (signed in or resumed). One cause per idle spell.
 */
import { nextTicketFor } from '../call-order';
import { levelAt, minutesSince, siteWindows } from './measure';
import type { Condition, SupervisionRule } from './types';

export const windowIdle: SupervisionRule = {
  rule: 'window-idle',
  evaluate({ state, siteId, now, settings, windows }) {
    const limit = settings.idleMinutes;
    if (!(limit > 0)) return [];
    const out: Condition[] = [];
    for (const w of siteWindows(state, siteId)) {
      const ws = state.windows[w.id];
      if (!ws || ws.status !== 'open' || ws.currentTicketId !== undefined) continue;
      const activity = windows[w.id];
      const since = Math.max(
        activity?.statusSince ?? -Infinity,
        activity?.lastActiveAt ?? -Infinity,
      );
      if (!Number.isFinite(since)) continue;
      const level = levelAt(minutesSince(now, since), limit);
      if (!level || nextTicketFor(state, w.id, now) === undefined) continue;
      out.push({
        key: `window-idle:${w.id}:${since}`,
        rule: 'window-idle',
        level,
        siteId,
        windowId: w.id,
        ...(ws.staffId !== undefined ? { staffId: ws.staffId } : {}),
        detail: { idleMinutes: Math.floor(minutesSince(now, since)), limitMinutes: limit },
      });
    }
    return out;
  },
  closedBecause({ windowId }, { state, now }) {
    const ws = windowId !== undefined ? state.windows[windowId] : undefined;
    if (!ws || ws.status === 'signedOut') return 'window-signed-out';
    if (ws.status === 'paused') return 'window-paused';
    if (ws.currentTicketId !== undefined) return 'visitor-called';
    return nextTicketFor(state, ws.id, now) === undefined ? 'queue-empty' : 'condition-cleared';
  },
};
