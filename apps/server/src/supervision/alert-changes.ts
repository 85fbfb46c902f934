/**
 * A pass's planned changes (core S9) as alert events, and how many one pass
 * writes: closes first, then escalations, then openings, at most
 * MAX_CHANGES_PER_PASS per site. A hall where hundreds of visitors cross the
 * wait limit at once gets its alerts over a few passes, each a short
 * transaction, instead of one long stall of the event loop.
 */
import { randomUUID } from 'node:crypto';
import type { AlertChange } from '@hallq/core';
import type { AlertEvent } from './alert-events';

export const MAX_CHANGES_PER_PASS = 50;

const RANK: Record<AlertChange['type'], number> = { close: 0, escalate: 1, open: 2 };

/** The changes one pass makes, and whether some were left for the next pass. */
export function firstChanges(changes: readonly AlertChange[]): {
  now: AlertChange[];
  more: boolean;
} {
  const sorted = [...changes].sort((a, b) => RANK[a.type] - RANK[b.type]);
  return {
    now: sorted.slice(0, MAX_CHANGES_PER_PASS),
    more: sorted.length > MAX_CHANGES_PER_PASS,
  };
}

export function eventOf(change: AlertChange, siteId: string, at: number): AlertEvent {
  switch (change.type) {
    case 'open': {
      const { key, rule, level, detail, windowId, ticketId, unitId, staffId, deviceId } =
        change.condition;
      return {
        type: 'alert.opened',
        siteId,
        at,
        alert: {
          id: randomUUID(),
          key,
          rule,
          level,
          ...(windowId !== undefined ? { windowId } : {}),
          ...(ticketId !== undefined ? { ticketId } : {}),
          ...(unitId !== undefined ? { unitId } : {}),
          ...(staffId !== undefined ? { staffId } : {}),
          ...(deviceId !== undefined ? { deviceId } : {}),
          detail,
        },
      };
    }
    case 'escalate':
      return change.to === 'red'
        ? {
            type: 'alert.escalated',
            siteId,
            at,
            alertId: change.alert.id,
            to: 'red',
            detail: change.condition.detail,
          }
        : { type: 'alert.escalated', siteId, at, alertId: change.alert.id, to: 'admin' };
    case 'close':
      return { type: 'alert.closed', siteId, at, alertId: change.alert.id, reason: change.reason };
  }
}
