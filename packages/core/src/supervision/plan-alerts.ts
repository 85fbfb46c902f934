/**
 * S9 Alerts follow the conditions. Given a site's open alerts and the
 * conditions true now (S8), the changes to log, in this order:
 * - a condition whose key no open alert has: open, at its level;
 * - an open yellow alert whose condition is now red: escalate to red;
 * - an open red alert not acknowledged, red for the site's escalation
 *   minutes and not yet sent to the admin: escalate to the admin;
 * - an open alert whose key is no longer among the conditions: close, with
 *   the rule's reason (the visitor was called, the window resumed…).
 * A red alert never turns yellow again, and an acknowledged one still
 * escalates to red (a new fact) but is never sent to the admin.
 */
import { conditionsOf, ruleOf } from './evaluate';
import { MINUTE_MS } from './measure';
import type { AlertSubject, CloseReason, Condition, SupervisionInput } from './types';

export interface OpenAlert extends AlertSubject {
  id: string;
  key: string;
  level: 'yellow' | 'red';
  openedAt: number;
  /** When it turned red (its opening, when it opened red). */
  redAt?: number;
  /** When it went to the admin. */
  escalatedAt?: number;
  acknowledgedAt?: number;
}

export type AlertChange =
  | { type: 'open'; condition: Condition }
  | { type: 'escalate'; alert: OpenAlert; to: 'red'; condition: Condition }
  | { type: 'escalate'; alert: OpenAlert; to: 'admin' }
  | { type: 'close'; alert: OpenAlert; reason: CloseReason };

export function planAlerts(open: readonly OpenAlert[], input: SupervisionInput): AlertChange[] {
  const conditions = conditionsOf(input);
  const now = new Map(conditions.map((c) => [c.key, c]));
  const openKeys = new Set(open.map((a) => a.key));
  const changes: AlertChange[] = [];
  for (const c of conditions)
    if (!openKeys.has(c.key)) changes.push({ type: 'open', condition: c });
  const after = input.settings.escalateAfterMinutes * MINUTE_MS;
  for (const alert of open) {
    const c = now.get(alert.key);
    if (!c) continue;
    if (alert.level === 'yellow' && c.level === 'red') {
      changes.push({ type: 'escalate', alert, to: 'red', condition: c });
    } else if (
      alert.level === 'red' &&
      after > 0 &&
      alert.acknowledgedAt === undefined &&
      alert.escalatedAt === undefined &&
      input.now - (alert.redAt ?? alert.openedAt) >= after
    ) {
      changes.push({ type: 'escalate', alert, to: 'admin' });
    }
  }
  for (const alert of open) {
    if (now.has(alert.key)) continue;
    changes.push({ type: 'close', alert, reason: ruleOf(alert.rule).closedBecause(alert, input) });
  }
  return changes;
}
