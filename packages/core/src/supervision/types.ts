/**
 * What the supervision rules read and what they return. The rules read the
 * hall's model (HallState) and three small read models the server keeps from
 * the events and the device list; `now` is an argument, never a clock.
 */
import type { HallState } from '../state';
import type { SupervisionSettings } from './settings';

export type AlertRule =
  | 'long-wait'
  | 'service-overrun'
  | 'window-idle'
  | 'window-absent'
  | 'hall-backup'
  | 'device-fault'
  | 'fairness'
  | 'proxy-overdue'
  | 'rating'
  | 'rectification-overdue';

export type AlertLevel = 'yellow' | 'red';

/** Why an alert closed: what happened to its subject (S9). */
export type CloseReason =
  | 'visitor-called'
  | 'ticket-ended'
  | 'service-finished'
  | 'window-resumed'
  | 'window-signed-in'
  | 'window-paused'
  | 'window-signed-out'
  | 'queue-empty'
  | 'hall-closed'
  | 'backlog-cleared'
  | 'device-recovered'
  | 'day-closed'
  | 'proxy-done'
  | 'case-closed'
  | 'case-stepped'
  | 'condition-cleared';

/** When a window's state last changed, from the events (the server keeps it). */
export interface WindowActivity {
  /** When it entered its current status (signed in, paused, resumed, signed out). */
  statusSince?: number;
  /** Its last call, recall, start, 办结, 过号, transfer or cancel. */
  lastActiveAt?: number;
}

export type PrinterFault = 'paperOut' | 'coverOpen' | 'offline';

/** A device of the site as its heartbeats left it. */
export interface DeviceHealth {
  id: string;
  siteId: string;
  kind: 'kiosk' | 'caller' | 'display';
  /** Its last heartbeat; absent: never seen (not installed yet). */
  lastSeenAt?: number;
  /** A kiosk's printer that cannot print, and since when. */
  printerFault?: { status: PrinterFault; since: number };
}

/** One clerk's counts for the site's current day (the day_figures read model). */
export interface ClerkDay {
  staffId: string;
  outOfOrder: number;
  transfers: number;
  /** 选号 calls of priority tickets beyond the priority ratio (ticket.called `beyondRatio`). */
  priorityBeyondRatio?: number;
}

/** A rectification case (整改) of the site not yet closed or voided (S12, S13). */
export interface OpenCase {
  id: string;
  ticketId: string;
  ticketNumber: string;
  unitId: string;
  windowId: string;
  staffId?: string;
  /** The 差评's level, 1 or 2. */
  level: number;
  status: 'open' | 'followedUp' | 'rectified' | 'appealed';
  followUpDueDay: string;
  followUpDueAt: number;
  rectifyDueDay: string;
  rectifyDueAt: number;
}

/** One window's tickets finished in the site's day, and how many of them are unrated so far (S12). */
export interface WindowRatings {
  windowId: string;
  finished: number;
  unrated: number;
}

export interface SupervisionInput {
  state: HallState;
  siteId: string;
  now: number;
  settings: SupervisionSettings;
  /** By window id; a window missing here is not judged by S3/S4 until its first event. */
  windows: Readonly<Record<string, WindowActivity>>;
  devices: readonly DeviceHealth[];
  clerks: readonly ClerkDay[];
  /** The site's open 代办 (proxy tickets not done) it handles (S11); absent: none. */
  proxies?: readonly ProxyDue[];
  /** The site's rectification cases not closed or voided (S12, S13); absent: none. */
  cases?: readonly OpenCase[];
  /** The site's windows' finished and unrated tickets of the day (S12); absent: none. */
  windowRatings?: readonly WindowRatings[];
}

/** An open proxy ticket (代办件) as S11 reads it. */
export interface ProxyDue {
  id: string;
  unitId: string;
  itemId: string;
  dueDay: string;
  dueAt: number;
}

/** What a condition measured, for the alert's reader. */
export type ConditionDetail = Record<string, number | string | string[]>;

/** A condition that is true now. `key` names its cause: one open alert per key. */
export interface Condition {
  key: string;
  rule: AlertRule;
  level: AlertLevel;
  siteId: string;
  windowId?: string;
  ticketId?: string;
  unitId?: string;
  staffId?: string;
  deviceId?: string;
  detail: ConditionDetail;
}

/** The subject of an alert: what a rule reads to tell why it closed. */
export type AlertSubject = Pick<
  Condition,
  'rule' | 'siteId' | 'windowId' | 'ticketId' | 'unitId' | 'staffId' | 'deviceId' | 'detail'
>;

export interface SupervisionRule {
  rule: AlertRule;
  evaluate(input: SupervisionInput): Condition[];
  closedBecause(alert: AlertSubject, input: SupervisionInput): CloseReason;
}
