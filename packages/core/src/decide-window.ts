/** Window sessions (Q12): sign in/out, pause and resume. */
import type { PauseWindow, ResumeWindow, SignIn, SignOut } from './commands';
import { accept, reject } from './decision';
import type { DecideContext, Decision } from './decision';
import type { WindowSignedOut } from './events';
import type { WindowState } from './model';

/** Every command here has passed locateSite, so the window exists. */
const windowOf = (ctx: DecideContext, windowId: string): WindowState =>
  ctx.state.windows[windowId] as WindowState;

export function decideSignIn(ctx: DecideContext, command: SignIn): Decision {
  const { state, site } = ctx;
  const window = windowOf(ctx, command.windowId);
  if (window.status !== 'signedOut') {
    return window.staffId === command.staffId
      ? accept()
      : reject('HALLQ_E_WINDOW_HELD', { windowId: window.id, staffId: window.staffId });
  }
  // One person, one window: a session elsewhere in the site ends first.
  const elsewhere = Object.values(state.windows).filter(
    (other) =>
      other.id !== window.id &&
      other.status !== 'signedOut' &&
      other.staffId === command.staffId &&
      state.catalog.windows[other.id]?.siteId === site.id,
  );
  const busy = elsewhere.find((other) => other.currentTicketId !== undefined);
  if (busy) return reject('HALLQ_E_WINDOW_BUSY', { windowId: busy.id });
  const signOuts = elsewhere.map((other): WindowSignedOut => ({
    type: 'window.signedOut',
    at: command.at,
    siteId: site.id,
    windowId: other.id,
  }));
  return accept(...signOuts, {
    type: 'window.signedIn',
    at: command.at,
    siteId: site.id,
    windowId: window.id,
    staffId: command.staffId,
    ...(command.cover ? { cover: true as const } : {}),
  });
}

/**
 * Signing out is never refused for a held ticket: a clerk who logs out, is
 * disabled or loses their session mid-service must not keep the window. The
 * ticket stays at the window (still called or serving) for the supervisor:
 * whoever signs in there next holds it, or a supervisor resolves it.
 */
export function decideSignOut(ctx: DecideContext, command: SignOut): Decision {
  const window = windowOf(ctx, command.windowId);
  if (window.status === 'signedOut')
    return reject('HALLQ_E_WINDOW_NOT_OPEN', { windowId: window.id });
  return accept({
    type: 'window.signedOut',
    at: command.at,
    siteId: ctx.site.id,
    windowId: window.id,
  });
}

export function decidePause(ctx: DecideContext, command: PauseWindow): Decision {
  const window = windowOf(ctx, command.windowId);
  if (window.status === 'signedOut')
    return reject('HALLQ_E_WINDOW_NOT_OPEN', { windowId: window.id });
  if (window.status !== 'open') {
    return reject('HALLQ_E_INVALID_TRANSITION', { from: window.status, to: 'paused' });
  }
  if (window.currentTicketId !== undefined) {
    return reject('HALLQ_E_WINDOW_BUSY', { windowId: window.id, ticketId: window.currentTicketId });
  }
  return accept({
    type: 'window.paused',
    at: command.at,
    siteId: ctx.site.id,
    windowId: window.id,
    reason: command.reason,
    ...(command.until !== undefined ? { until: command.until } : {}),
  });
}

export function decideResume(ctx: DecideContext, command: ResumeWindow): Decision {
  const window = windowOf(ctx, command.windowId);
  if (window.status === 'signedOut')
    return reject('HALLQ_E_WINDOW_NOT_OPEN', { windowId: window.id });
  if (window.status !== 'paused') {
    return reject('HALLQ_E_INVALID_TRANSITION', { from: window.status, to: 'open' });
  }
  return accept({
    type: 'window.resumed',
    at: command.at,
    siteId: ctx.site.id,
    windowId: window.id,
  });
}
