/**
 * How an alert reads in the stream: its rule's name, what it is about
 * (window, unit, ticket, clerk, device) and what the rule measured, as
 * dictionary keys and values, so zh-CN and en read alike. Pure.
 */
import type { AlertView } from '@hallq/protocol';

export interface Names {
  window(id: string): string | undefined;
  unit(id: string): string | undefined;
  staff(id: string): string | undefined;
}

export interface Phrase {
  key: string;
  vars?: Record<string, string | number>;
}

export const ruleKey = (rule: AlertView['rule']) => `rule.${rule}`;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What the alert is about, most specific last: 5号窗口 · 医保局 · A012 · 张三. */
export function subjectOf(alert: AlertView, names: Names): Phrase[] {
  const out: Phrase[] = [];
  if (alert.windowId)
    out.push({
      key: 'subject.window',
      vars: { name: names.window(alert.windowId) ?? alert.windowId },
    });
  if (alert.unitId)
    out.push({ key: 'subject.plain', vars: { text: names.unit(alert.unitId) ?? alert.unitId } });
  const number = str(alert.detail.number);
  if (alert.ticketId)
    out.push({ key: 'subject.ticket', vars: { number: number ?? alert.ticketId } });
  if (alert.staffId)
    out.push({ key: 'subject.staff', vars: { name: names.staff(alert.staffId) ?? alert.staffId } });
  if (alert.deviceId) out.push({ key: 'subject.device', vars: { id: alert.deviceId } });
  return out;
}

/** What the rule measured against its limit, when the rule says so. */
export function measureOf(alert: AlertView): Phrase | undefined {
  const d = alert.detail;
  const limit = num(d.limitMinutes);
  switch (alert.rule) {
    case 'long-wait':
      return { key: 'measure.wait', vars: { minutes: num(d.waitMinutes) ?? 0, limit: limit ?? 0 } };
    case 'service-overrun':
      return {
        key: 'measure.service',
        vars: { minutes: num(d.serviceMinutes) ?? 0, limit: limit ?? 0 },
      };
    case 'window-idle':
      return { key: 'measure.idle', vars: { minutes: num(d.idleMinutes) ?? 0, limit: limit ?? 0 } };
    case 'window-absent':
      return {
        key: d.status === 'paused' ? 'measure.paused' : 'measure.signedOut',
        vars: { minutes: num(d.absentMinutes) ?? 0, waiting: num(d.waiting) ?? 0 },
      };
    case 'hall-backup':
      return {
        key: 'measure.backup',
        vars: { waiting: num(d.waiting) ?? 0, minutes: num(d.longestWaitMinutes) ?? 0 },
      };
    case 'fairness':
      return {
        key:
          d.kind === 'transfers'
            ? 'measure.transfers'
            : d.kind === 'priority'
              ? 'measure.priorityBeyond'
              : 'measure.outOfOrder',
        vars: { count: num(d.count) ?? 0, limit: num(d.limit) ?? 0 },
      };
    case 'rating':
      return d.kind === 'unrated'
        ? {
            key: 'measure.unrated',
            vars: {
              unrated: num(d.unrated) ?? 0,
              finished: num(d.finished) ?? 0,
              share: num(d.sharePercent) ?? 0,
              limit: num(d.limitPercent) ?? 0,
            },
          }
        : { key: d.ratingLevel === 1 ? 'measure.badRating1' : 'measure.badRating2' };
    case 'rectification-overdue':
      return {
        key: d.step === 'followUp' ? 'measure.followUpOverdue' : 'measure.rectifyOverdue',
        vars: { days: num(d.daysLate) ?? 0, day: str(d.dueDay) ?? '' },
      };
    default:
      return undefined;
  }
}

/** Open alerts, newest first (an alert that turned red counts from then). */
export function openNewestFirst(alerts: readonly AlertView[]): AlertView[] {
  const latest = (a: AlertView) => Math.max(a.openedAt, a.redAt ?? 0);
  return alerts.filter((a) => a.closedAt === undefined).sort((a, b) => latest(b) - latest(a));
}
