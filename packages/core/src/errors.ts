/**
 * Domain errors. `decide` returns one of these instead of events when a
 * command breaks a rule. The protocol package maps each code to an HTTP
 * status and zh-CN/en messages.
 */
import type { IsoWeekday } from './model';

export type DomainErrorCode =
  | 'HALLQ_E_QUEUE_EMPTY'
  | 'HALLQ_E_TICKET_NOT_FOUND'
  | 'HALLQ_E_ITEM_NOT_FOUND'
  | 'HALLQ_E_UNIT_NOT_FOUND'
  | 'HALLQ_E_WINDOW_NOT_FOUND'
  | 'HALLQ_E_SITE_NOT_FOUND'
  | 'HALLQ_E_UNIT_NOT_SERVED_TODAY'
  | 'HALLQ_E_QUOTA_EXHAUSTED'
  | 'HALLQ_E_OUTSIDE_HOURS'
  | 'HALLQ_E_WINDOW_NOT_OPEN'
  | 'HALLQ_E_WINDOW_PAUSED'
  | 'HALLQ_E_WINDOW_BUSY'
  | 'HALLQ_E_WINDOW_HELD'
  | 'HALLQ_E_TICKET_NOT_HELD'
  | 'HALLQ_E_INVALID_TRANSITION'
  | 'HALLQ_E_TRANSFER_TARGET'
  | 'HALLQ_E_DUPLICATE_ID'
  | 'HALLQ_E_ITEM_DISABLED'
  | 'HALLQ_E_ITEM_NOT_AT_SITE'
  | 'HALLQ_E_TICKET_NO_SHOW';

export interface DomainError {
  code: DomainErrorCode;
  /** Facts for the message, e.g. `{ weekdays: [1, 4] }` for UNIT_NOT_SERVED_TODAY. */
  details?: { weekdays?: IsoWeekday[]; [key: string]: unknown };
}

export const domainError = (
  code: DomainErrorCode,
  details?: DomainError['details'],
): DomainError => (details ? { code, details } : { code });

export const isDomainError = (value: unknown): value is DomainError =>
  typeof value === 'object' && value !== null && 'code' in value && !Array.isArray(value);
