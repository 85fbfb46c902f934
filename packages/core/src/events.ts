/**
 * Events: the durable record. Everything else (queues, positions, figures)
 * is derived from them. Names are part of the public contract.
 */
import type { Ticket, TicketPriority } from './model';

/**
 * The log's format version. A stored event keeps the version it was written
 * with; readers upcast older ones (see the server's event-log rule in
 * apps/server/src/store/README.md). Bump it for every change to an event's
 * fields, and add the upcast in the same change.
 */
export const EVENT_VERSION = 2;

interface Base {
  at: number;
  siteId: string;
}

/**
 * The ticket as it was when the event happened (before the event moved it),
 * carried by every event about a ticket after its issue, so projections and
 * the wire form are built from the event alone.
 */
export interface TicketFacts {
  id: string;
  number: string;
  unitId: string;
  itemId: string;
  priority: TicketPriority;
  issuedAt: number;
  transferCount: number;
}

/** An event about a ticket that a window holds: the ticket and the clerk signed in there. */
interface HeldBase extends Base {
  ticketId: string;
  ticket: TicketFacts;
  windowId: string;
  /** The clerk signed into the window (absent only in events logged before v2). */
  staffId?: string;
}

export interface TicketIssued extends Base {
  type: 'ticket.issued';
  ticket: Ticket;
}
export interface TicketCalled extends HeldBase {
  type: 'ticket.called';
  number: string;
  /** Set for 选号呼叫. */
  manualReason?: string;
  /**
   * A 选号 of a priority ticket while call-next would have given an ordinary
   * one by the priority ratio (Q11): a call beyond the ratio (S7).
   */
  beyondRatio?: true;
}
export interface TicketRecalled extends HeldBase {
  type: 'ticket.recalled';
  number: string;
  recallCount: number;
}
export interface TicketStarted extends HeldBase {
  type: 'ticket.started';
}
export interface TicketFinished extends HeldBase {
  type: 'ticket.finished';
}
export interface TicketNoShow extends HeldBase {
  type: 'ticket.noShow';
}
export interface TicketTransferred extends Base {
  type: 'ticket.transferred';
  ticketId: string;
  ticket: TicketFacts;
  /** The clerk who transferred it (absent only in events logged before v2). */
  staffId?: string;
  fromWindowId: string;
  toUnitId: string;
  toItemId: string;
  toWindowId?: string;
  position: 'front' | 'back';
  queueOrder: number;
  /** Why it was sent on, for the receiving window (absent: none given). */
  note?: string;
}
/** 过号恢复 (Q24): a 过号 ticket of the day is waiting again, with its number. */
export interface TicketRestored extends Base {
  type: 'ticket.restored';
  ticketId: string;
  ticket: TicketFacts;
  /** Who restored it: a clerk (at `windowId`) or a supervisor. */
  staffId: string;
  windowId?: string;
  position: 'front' | 'back';
  queueOrder: number;
}
export interface TicketCancelled extends Base {
  type: 'ticket.cancelled';
  ticketId: string;
  ticket: TicketFacts;
  /** The window that held it (called or serving), which is released; absent for a waiting ticket. */
  windowId?: string;
  /** The clerk at that window (Q22). */
  staffId?: string;
  reason?: string;
}
export interface WindowSignedIn extends Base {
  type: 'window.signedIn';
  windowId: string;
  staffId: string;
  /** 顶岗: signed in to cover a window that is not theirs (a supervisor); the log is the audit. */
  cover?: true;
}
export interface WindowSignedOut extends Base {
  type: 'window.signedOut';
  windowId: string;
}
export interface WindowPaused extends Base {
  type: 'window.paused';
  windowId: string;
  reason: string;
  /** Expected return, local "HH:MM" (absent: not said). */
  until?: string;
}
export interface WindowResumed extends Base {
  type: 'window.resumed';
  windowId: string;
}
/** The business day ended: these tickets expired, numbering restarts. */
export interface DayClosed extends Base {
  type: 'day.closed';
  businessDay: string;
  expiredTicketIds: string[];
}

export type HallEvent =
  | TicketIssued
  | TicketCalled
  | TicketRecalled
  | TicketStarted
  | TicketFinished
  | TicketNoShow
  | TicketTransferred
  | TicketCancelled
  | TicketRestored
  | WindowSignedIn
  | WindowSignedOut
  | WindowPaused
  | WindowResumed
  | DayClosed;

export type HallEventType = HallEvent['type'];

/** The facts an event carries about `ticket` as it is now. */
export function ticketFacts(ticket: Ticket): TicketFacts {
  return {
    id: ticket.id,
    number: ticket.number,
    unitId: ticket.unitId,
    itemId: ticket.itemId,
    priority: ticket.priority,
    issuedAt: ticket.issuedAt,
    transferCount: ticket.transferCount,
  };
}
