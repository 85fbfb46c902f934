/** What decide returns, and the context each command handler decides in. */
import type { BusinessTime } from './business-time';
import { domainError } from './errors';
import type { DomainError, DomainErrorCode } from './errors';
import type { HallEvent } from './events';
import type { Site } from './model';
import type { HallState } from './state';

export type Decision = { ok: true; events: HallEvent[] } | { ok: false; error: DomainError };

/** The state to decide against (after any day rollover), the command's site and its business time. */
export interface DecideContext {
  state: HallState;
  site: Site;
  time: BusinessTime;
}

export const accept = (...events: HallEvent[]): Decision => ({ ok: true, events });

export const reject = (code: DomainErrorCode, details?: DomainError['details']): Decision => ({
  ok: false,
  error: domainError(code, details),
});
