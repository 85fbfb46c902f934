/**
 * Events: the durable record. Everything else (queues, positions, figures)
 * is derived from them. Names are part of the public contract.
 */
import type { Ticket } from './model';

interface Base {
  at: number;
  siteId: string;
}

export interface TicketIssued extends Base {
  type: 'ticket.issued';
  ticket: Ticket;
}
export interface TicketCalled extends Base {
  type: 'ticket.called';
  ticketId: string;
  number: string;
  windowId: string;
  /** Set for 选号呼叫. */
  manualReason?: string;
}
export interface TicketRecalled extends Base {
  type: 'ticket.recalled';
  ticketId: string;
  number: string;
  windowId: string;
  recallCount: number;
}
export interface TicketStarted extends Base {
  type: 'ticket.started';
  ticketId: string;
  windowId: string;
}
export interface TicketFinished extends Base {
  type: 'ticket.finished';
  ticketId: string;
  windowId: string;
}
export interface TicketNoShow extends Base {
  type: 'ticket.noShow';
  ticketId: string;
  windowId: string;
}
export interface TicketTransferred extends Base {
  type: 'ticket.transferred';
  ticketId: string;
  fromWindowId: string;
  toUnitId: string;
  toItemId: string;
  toWindowId?: string;
  position: 'front' | 'back';
  queueOrder: number;
}
export interface TicketCancelled extends Base {
  type: 'ticket.cancelled';
  ticketId: string;
  reason?: string;
}
export interface WindowSignedIn extends Base {
  type: 'window.signedIn';
  windowId: string;
  staffId: string;
}
export interface WindowSignedOut extends Base {
  type: 'window.signedOut';
  windowId: string;
}
export interface WindowPaused extends Base {
  type: 'window.paused';
  windowId: string;
  reason: string;
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
  | WindowSignedIn
  | WindowSignedOut
  | WindowPaused
  | WindowResumed
  | DayClosed;

export type HallEventType = HallEvent['type'];
