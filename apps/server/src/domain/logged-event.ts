/**
 * What the event log holds: the core's domain events and the server's own
 * events that are not queue facts (the scrolling notice, and every admin
 * change: catalogue, staff, devices). Each is stored once, as itself; the
 * wire form is built from it when it is sent or replayed (wire.ts), so a
 * replay is never stale and a protocol change never strands the log. The
 * versioning rule is in ../../README.md.
 *
 * Admin events carry the entry before and after the change, so the log
 * alone says what changed and the audit read model is built from it.
 */
import type { HallEvent, Item, Site, Unit, Window } from '@hallq/core';
import type { ActorRef, DeviceRecord, StaffRecord } from '@hallq/protocol';
import type { AlertEvent } from '../supervision/alert-events';
import type { RatingEvent } from '../rating/rating-events';
import type { ProxyEvent } from '../proxy/proxy-events';

export type Actor = ActorRef;

export interface NoticeUpdated {
  type: 'notice.updated';
  siteId: string;
  at: number;
  notice: string;
  /** Who set it (absent on notices logged before admin events existed). */
  actor?: Actor;
}

type Entry<K extends string, T> = { kind: K; id: string; before?: T; after: T };

export type CatalogChange =
  Entry<'site', Site> | Entry<'unit', Unit> | Entry<'item', Item> | Entry<'window', Window>;

export type CatalogChanged = {
  type: 'catalog.changed';
  siteId: string;
  at: number;
  actor: Actor;
} & CatalogChange;

export interface StaffChanged {
  type: 'staff.changed';
  siteId: string;
  at: number;
  actor: Actor;
  action: 'created' | 'updated' | 'disabled' | 'enabled' | 'passwordReset' | 'passwordChanged';
  id: string;
  before?: StaffRecord;
  after: StaffRecord;
}

export interface DeviceChanged {
  type: 'device.changed';
  siteId: string;
  at: number;
  actor: Actor;
  action: 'created' | 'revoked';
  id: string;
  after: DeviceRecord;
  /** Created by pairing (a screen's six-digit code): audited as device.paired. */
  paired?: true;
}

/** A device's fault (a kiosk's printer out of paper…), logged and broadcast to the site. */
export interface DeviceFault {
  type: 'device.fault';
  siteId: string;
  at: number;
  deviceId: string;
  deviceName: string;
  code: string;
  message: string;
  ticketId?: string;
  ticketNumber?: string;
  /** Never set: a fault is no one's change (the audit shows it without an actor). */
  actor?: Actor;
}

/**
 * A change made by an admin (or the CLI), audited and broadcast; a device's
 * fault; the supervision alerts' events (only an acknowledgement is audited);
 * and 好差评's ratings and rectification cases.
 */
export type AdminEvent =
  | CatalogChanged
  | StaffChanged
  | DeviceChanged
  | NoticeUpdated
  | DeviceFault
  | AlertEvent
  | RatingEvent
  | ProxyEvent;

export type LoggedEvent = HallEvent | AdminEvent;

/** An event with its place in its site's log. */
export interface Sequenced {
  seq: number;
  event: LoggedEvent;
}
