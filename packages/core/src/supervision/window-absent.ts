/**
 * S4 A window is absent: during opening hours (core Q4), while people wait
 * for it today (its units by the rota, and tickets sent to it), a window
 * paused for the site's pause limit, or signed out for its signed-out
 * minutes, is yellow; twice that, red. A signed-out window counts from its
 * sign-out, or from the start of the opening span when that is later (a
 * window nobody opened today is absent from the opening on).
 */
import {
  isOpenNow,
  levelAt,
  minutesSince,
  siteOf,
  siteWindows,
  spanStart,
  timeAt,
  waitingFor,
} from './measure';
import type { Condition, SupervisionRule } from './types';

export const windowAbsent: SupervisionRule = {
  rule: 'window-absent',
  evaluate({ state, siteId, now, settings, windows }) {
    const site = siteOf(state, siteId);
    if (!site) return [];
    const time = timeAt(site, now);
    if (!isOpenNow(site, time)) return [];
    const opened = spanStart(site, time, now);
    const out: Condition[] = [];
    for (const w of siteWindows(state, siteId)) {
      const ws = state.windows[w.id];
      if (!ws || ws.status === 'open') continue;
      const paused = ws.status === 'paused';
      const limit = paused ? settings.pauseLimitMinutes : settings.signedOutMinutes;
      const statusSince = windows[w.id]?.statusSince;
      const since = paused ? statusSince : Math.max(statusSince ?? -Infinity, opened);
      if (since === undefined || !(limit > 0)) continue;
      const level = levelAt(minutesSince(now, since), limit);
      if (!level) continue;
      const waiting = waitingFor(state, w, time);
      if (waiting === 0) continue;
      out.push({
        key: `window-absent:${w.id}:${ws.status}:${since}`,
        rule: 'window-absent',
        level,
        siteId,
        windowId: w.id,
        ...(ws.staffId !== undefined ? { staffId: ws.staffId } : {}),
        detail: {
          status: ws.status,
          ...(ws.pauseReason !== undefined ? { reason: ws.pauseReason } : {}),
          absentMinutes: Math.floor(minutesSince(now, since)),
          limitMinutes: limit,
          waiting,
        },
      });
    }
    return out;
  },
  closedBecause({ windowId, detail }, { state, siteId, now }) {
    const ws = windowId !== undefined ? state.windows[windowId] : undefined;
    const window = windowId !== undefined ? state.catalog.windows[windowId] : undefined;
    const site = siteOf(state, siteId);
    if (ws?.status === 'open') {
      return detail.status === 'paused' ? 'window-resumed' : 'window-signed-in';
    }
    if (ws && ws.status !== detail.status) {
      return ws.status === 'paused' ? 'window-paused' : 'window-signed-out';
    }
    if (!site || !window) return 'condition-cleared';
    const time = timeAt(site, now);
    if (!isOpenNow(site, time)) return 'hall-closed';
    return waitingFor(state, window, time) === 0 ? 'queue-empty' : 'condition-cleared';
  },
};
