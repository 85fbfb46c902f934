/**
 * Commands: what an actor asks of the hall. Every command carries `at` (epoch
 * ms) and any ids it creates; the core adds no time and no ids of its own.
 */
import type { TicketPriority } from './model';

interface Base {
  at: number;
}

export interface IssueTicket extends Base {
  type: 'issueTicket';
  ticketId: string;
  itemId: string;
  priority: TicketPriority;
  /** Where it is issued (the kiosk's site); absent: the item's own unit's site (Q26). */
  siteId?: string;
}
export interface SignIn extends Base {
  type: 'signIn';
  windowId: string;
  staffId: string;
  /** 顶岗: a supervisor (or admin) covers a window that is not theirs; recorded (Q12). */
  cover?: boolean;
}
export interface SignOut extends Base {
  type: 'signOut';
  windowId: string;
}
export interface CallNext extends Base {
  type: 'callNext';
  windowId: string;
}
/** 选号呼叫: call a chosen waiting ticket out of order; the reason is recorded. */
export interface CallTicket extends Base {
  type: 'callTicket';
  windowId: string;
  ticketId: string;
  reason: string;
}
export interface TicketAction extends Base {
  type: 'recall' | 'noShow' | 'start' | 'finish';
  windowId: string;
  ticketId: string;
}
export interface Transfer extends Base {
  type: 'transfer';
  windowId: string;
  ticketId: string;
  toUnitId?: string;
  toItemId?: string;
  toWindowId?: string;
  position: 'front' | 'back';
  /** Why, for the receiving window (转移说明), optional. */
  note?: string;
}
export interface Cancel extends Base {
  type: 'cancel';
  ticketId: string;
  /** The clerk's window, which must hold the ticket; absent: a supervisor's cancel (Q15). */
  windowId?: string;
  reason?: string;
}
export interface PauseWindow extends Base {
  type: 'pauseWindow';
  windowId: string;
  reason: string;
  /** Expected return, local "HH:MM" of the site (暂停服务，预计 14:30 恢复); optional. */
  until?: string;
}
export interface ResumeWindow extends Base {
  type: 'resumeWindow';
  windowId: string;
}
/**
 * 过号恢复 (Q24): a 过号 ticket of the site's current day goes back to waiting,
 * with its number, at the front or the back of its queue. `staffId` is who
 * restored it (audited): a clerk at `windowId`, or a supervisor (no window).
 */
export interface Restore extends Base {
  type: 'restore';
  ticketId: string;
  position: 'front' | 'back';
  staffId: string;
  windowId?: string;
}
/** Closes a site's business day: active tickets expire, numbering restarts. */
export interface CloseDay extends Base {
  type: 'closeDay';
  siteId: string;
}

export type Command =
  | IssueTicket
  | SignIn
  | SignOut
  | CallNext
  | CallTicket
  | TicketAction
  | Transfer
  | Cancel
  | PauseWindow
  | ResumeWindow
  | Restore
  | CloseDay;
