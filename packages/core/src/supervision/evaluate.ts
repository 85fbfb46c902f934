/**
 * S8 The conditions true now: every rule's, for one site, each with a key
 * naming its cause (rule + subject) that no other condition shares.
 */
import { deviceFault } from './device-fault';
import { fairness } from './fairness';
import { hallBackup } from './hall-backup';
import { longWait } from './long-wait';
import { proxyOverdue } from './proxy-overdue';
import { rating } from './rating';
import { rectificationOverdue } from './rectification-overdue';
import { serviceOverrun } from './service-overrun';
import type { AlertRule, Condition, SupervisionInput, SupervisionRule } from './types';
import { windowAbsent } from './window-absent';
import { windowIdle } from './window-idle';

export const SUPERVISION_RULES: readonly SupervisionRule[] = [
  longWait,
  serviceOverrun,
  windowIdle,
  windowAbsent,
  hallBackup,
  deviceFault,
  fairness,
  proxyOverdue,
  rating,
  rectificationOverdue,
];

export const ruleOf = (rule: AlertRule): SupervisionRule =>
  SUPERVISION_RULES.find((r) => r.rule === rule) as SupervisionRule;

export function conditionsOf(input: SupervisionInput): Condition[] {
  const byKey = new Map<string, Condition>();
  for (const rule of SUPERVISION_RULES) {
    for (const c of rule.evaluate(input)) if (!byKey.has(c.key)) byKey.set(c.key, c);
  }
  return [...byKey.values()];
}
