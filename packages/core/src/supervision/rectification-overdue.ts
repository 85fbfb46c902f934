/**
 * S13 A rectification step overdue: a case (整改) of the site still `open`
 * or `followedUp` after its 整改 deadline (core R7, in working days on the
 * official calendar) is red; one still `open` after its 回访 deadline is
 * yellow (R10). Key `rectification-overdue:{caseId}:{step}`; closes as
 * `case-stepped` once the case has moved past that step (or was appealed,
 * closed or voided).
 */
import { overdueSteps } from '../rating/case-steps';
import type { Condition, SupervisionRule } from './types';

const DAY_MS = 86_400_000;

export const rectificationOverdue: SupervisionRule = {
  rule: 'rectification-overdue',
  evaluate({ siteId, now, cases }) {
    const out: Condition[] = [];
    for (const c of cases ?? []) {
      for (const step of overdueSteps(c, now)) {
        const dueAt = step === 'rectify' ? c.rectifyDueAt : c.followUpDueAt;
        out.push({
          key: `rectification-overdue:${c.id}:${step}`,
          rule: 'rectification-overdue',
          level: step === 'rectify' ? 'red' : 'yellow',
          siteId,
          windowId: c.windowId,
          ticketId: c.ticketId,
          unitId: c.unitId,
          ...(c.staffId !== undefined ? { staffId: c.staffId } : {}),
          detail: {
            caseId: c.id,
            number: c.ticketNumber,
            step,
            dueDay: step === 'rectify' ? c.rectifyDueDay : c.followUpDueDay,
            daysLate: Math.max(1, Math.ceil((now - dueAt) / DAY_MS)),
          },
        });
      }
    }
    return out;
  },
  closedBecause() {
    return 'case-stepped';
  },
};
