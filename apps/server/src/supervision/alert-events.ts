/**
 * The alert events (core S9) as the log keeps them: an alert opened, turned
 * red or went to the admin, was acknowledged (by whom, with what note), or
 * closed (why). Appended through HallService.recordAdmin like every
 * server-level event, in the site's supervision stream with its own seq
 * (domain/event-streams.ts): logged and audited, but never sent to the
 * site's screens. The alerts table (alert-table.ts) is their read model.
 */
import type { AlertLevel, AlertRule, CloseReason, ConditionDetail } from '@hallq/core';
import type { ActorRef } from '@hallq/protocol';

/** What an alert is about, as its opening names it. */
export interface AlertFacts {
  id: string;
  /** The cause (core S8): one open alert per site and key. */
  key: string;
  rule: AlertRule;
  level: AlertLevel;
  windowId?: string;
  ticketId?: string;
  unitId?: string;
  staffId?: string;
  deviceId?: string;
  detail: ConditionDetail;
}

export interface AlertOpened {
  type: 'alert.opened';
  siteId: string;
  at: number;
  alert: AlertFacts;
  /** Never set: the rules open alerts, no one's change. */
  actor?: ActorRef;
}

export interface AlertEscalated {
  type: 'alert.escalated';
  siteId: string;
  at: number;
  alertId: string;
  /** `red`: its condition turned red; `admin`: red and unacknowledged too long. */
  to: 'red' | 'admin';
  detail?: ConditionDetail;
  actor?: ActorRef;
}

export interface AlertAcknowledged {
  type: 'alert.acknowledged';
  siteId: string;
  at: number;
  alertId: string;
  note: string;
  actor: ActorRef;
}

export interface AlertClosed {
  type: 'alert.closed';
  siteId: string;
  at: number;
  alertId: string;
  reason: CloseReason;
  actor?: ActorRef;
}

export type AlertEvent = AlertOpened | AlertEscalated | AlertAcknowledged | AlertClosed;

export const isAlertEvent = (event: { type: string }): event is AlertEvent =>
  event.type.startsWith('alert.');
