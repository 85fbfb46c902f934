/**
 * apply(state, event) moves the hall by one event, editing `state` in place:
 * the server keeps one model and applies each committed event to it, at the
 * cost of the records the event touches (never a copy of every active
 * ticket). evolve(state, event) is the pure form the SPEC's properties are
 * stated over: the same apply on a copy of the maps, input untouched.
 *
 * Events that name unknown tickets or windows change nothing beyond the
 * site's day (they cannot come from decide, but replaying a log must not throw).
 */
import type { HallEvent } from './events';
import { advanceDay, onDayClosed } from './evolve-day';
import { cloneState } from './evolve-helpers';
import {
  onCalled,
  onCancelled,
  onFinished,
  onIssued,
  onNoShow,
  onRecalled,
  onRestored,
  onStarted,
  onTransferred,
} from './evolve-ticket';
import { onPaused, onResumed, onSignedIn, onSignedOut } from './evolve-window';
import type { HallState } from './state';

export function apply(state: HallState, event: HallEvent): void {
  advanceDay(state, event);
  switch (event.type) {
    case 'ticket.issued':
      return onIssued(state, event);
    case 'ticket.called':
      return onCalled(state, event);
    case 'ticket.recalled':
      return onRecalled(state, event);
    case 'ticket.started':
      return onStarted(state, event);
    case 'ticket.finished':
      return onFinished(state, event);
    case 'ticket.noShow':
      return onNoShow(state, event);
    case 'ticket.transferred':
      return onTransferred(state, event);
    case 'ticket.cancelled':
      return onCancelled(state, event);
    case 'ticket.restored':
      return onRestored(state, event);
    case 'window.signedIn':
      return onSignedIn(state, event);
    case 'window.signedOut':
      return onSignedOut(state, event);
    case 'window.paused':
      return onPaused(state, event);
    case 'window.resumed':
      return onResumed(state, event);
    case 'day.closed':
      return onDayClosed(state, event);
  }
}

export function evolve(state: HallState, event: HallEvent): HallState {
  const next = cloneState(state);
  apply(next, event);
  return next;
}

export function evolveAll(state: HallState, events: readonly HallEvent[]): HallState {
  const next = cloneState(state);
  for (const event of events) apply(next, event);
  return next;
}
