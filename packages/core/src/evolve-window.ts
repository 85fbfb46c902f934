/** apply for window events: signed out ⇄ open ⇄ paused (Q12). */
import type { WindowPaused, WindowResumed, WindowSignedIn, WindowSignedOut } from './events';
import { updateWindow } from './evolve-helpers';
import type { HallState } from './state';

export function onSignedIn(state: HallState, event: WindowSignedIn): void {
  updateWindow(
    state,
    event.windowId,
    ({ pauseReason: _reason, pauseUntil: _until, ...window }) => ({
      ...window,
      status: 'open',
      staffId: event.staffId,
    }),
  );
}

export function onSignedOut(state: HallState, event: WindowSignedOut): void {
  updateWindow(
    state,
    event.windowId,
    ({ pauseReason: _reason, pauseUntil: _until, staffId: _staff, ...window }) => ({
      ...window,
      status: 'signedOut',
    }),
  );
}

export function onPaused(state: HallState, event: WindowPaused): void {
  updateWindow(state, event.windowId, ({ pauseUntil: _until, ...window }) => ({
    ...window,
    status: 'paused',
    pauseReason: event.reason,
    ...(event.until !== undefined ? { pauseUntil: event.until } : {}),
  }));
}

export function onResumed(state: HallState, event: WindowResumed): void {
  updateWindow(
    state,
    event.windowId,
    ({ pauseReason: _reason, pauseUntil: _until, ...window }) => ({
      ...window,
      status: 'open',
    }),
  );
}
