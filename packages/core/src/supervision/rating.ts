/**
 * S12 Rating (好差评): a 差评 is red at once on its window and clerk, for as
 * long as its rectification case is open (key `rating:bad:{caseId}`, closes
 * as `case-closed` once the case is closed or voided). A window whose
 * tickets finished in the site's day are left unrated (the pad timed out, or
 * the rating closed unrated) at `unratedSharePercent` of them, once it has
 * finished `unratedMinFinished`, is yellow, and stays yellow whatever the
 * share: red is the 差评's alone, so the two score apart (P1, P3). Key
 * `rating:unrated:{windowId}:{businessDay}`; closes as `day-closed` on a
 * later day, else `condition-cleared`.
 */
import { dayOf, siteOf } from './measure';
import type { Condition, SupervisionRule } from './types';

export const rating: SupervisionRule = {
  rule: 'rating',
  evaluate({ state, siteId, now, settings, cases, windowRatings }) {
    const out: Condition[] = [];
    for (const c of cases ?? []) {
      out.push({
        key: `rating:bad:${c.id}`,
        rule: 'rating',
        level: 'red',
        siteId,
        windowId: c.windowId,
        ticketId: c.ticketId,
        unitId: c.unitId,
        ...(c.staffId !== undefined ? { staffId: c.staffId } : {}),
        detail: { kind: 'bad', caseId: c.id, number: c.ticketNumber, ratingLevel: c.level },
      });
    }
    const site = siteOf(state, siteId);
    const limit = settings.unratedSharePercent;
    if (!site || !(limit > 0)) return out;
    const day = dayOf(state, site, now);
    for (const w of windowRatings ?? []) {
      if (w.finished <= 0 || w.finished < settings.unratedMinFinished) continue;
      const sharePercent = Math.round((w.unrated / w.finished) * 1000) / 10;
      if (sharePercent < limit) continue;
      const staffId = state.windows[w.windowId]?.staffId;
      out.push({
        key: `rating:unrated:${w.windowId}:${day}`,
        rule: 'rating',
        level: 'yellow',
        siteId,
        windowId: w.windowId,
        ...(staffId !== undefined ? { staffId } : {}),
        detail: {
          kind: 'unrated',
          unrated: w.unrated,
          finished: w.finished,
          sharePercent,
          limitPercent: limit,
          day,
        },
      });
    }
    return out;
  },
  closedBecause({ detail }, { state, siteId, now }) {
    if (detail.kind === 'bad') return 'case-closed';
    const site = siteOf(state, siteId);
    return site && dayOf(state, site, now) !== detail.day ? 'day-closed' : 'condition-cleared';
  },
};
