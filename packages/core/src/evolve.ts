/**
 * evolve(state, event) → state: applies one event. Pure: the input is never
 * mutated; only the maps that change are copied. Events that name unknown
 * tickets or windows change nothing beyond the site's day (they cannot come
 * from decide, but replaying a log must not throw).
 */
import type { HallEvent } from './events';
import { advanceDay, onDayClosed } from './evolve-day';
import {
  onCalled,
  onCancelled,
  onFinished,
  onIssued,
  onNoShow,
  onRecalled,
  onStarted,
  onTransferred,
} from './evolve-ticket';
import { onPaused, onResumed, onSignedIn, onSignedOut } from './evolve-window';
import type { HallState } from './state';

export function evolve(state: HallState, event: HallEvent): HallState {
  const dated = advanceDay(state, event);
  switch (event.type) {
    case 'ticket.issued':
      return onIssued(dated, event);
    case 'ticket.called':
      return onCalled(dated, event);
    case 'ticket.recalled':
      return onRecalled(dated, event);
    case 'ticket.started':
      return onStarted(dated, event);
    case 'ticket.finished':
      return onFinished(dated, event);
    case 'ticket.noShow':
      return onNoShow(dated, event);
    case 'ticket.transferred':
      return onTransferred(dated, event);
    case 'ticket.cancelled':
      return onCancelled(dated, event);
    case 'window.signedIn':
      return onSignedIn(dated, event);
    case 'window.signedOut':
      return onSignedOut(dated, event);
    case 'window.paused':
      return onPaused(dated, event);
    case 'window.resumed':
      return onResumed(dated, event);
    case 'day.closed':
      return onDayClosed(dated, event);
    default:
      return dated;
  }
}

export function evolveAll(state: HallState, events: readonly HallEvent[]): HallState {
  return events.reduce<HallState>((current, event) => evolve(current, event), state);
}
