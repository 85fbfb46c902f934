import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { decide } from './decide';
import { MON_0900 } from './test-support/fixture';
import { apply, callNext, fresh, issue, rejection, signIn, signOut } from './test-support/run';

const pause = (windowId: string, reason = '午休'): Command => ({
  type: 'pauseWindow',
  at: MON_0900,
  windowId,
  reason,
});
const resume = (windowId: string): Command => ({ type: 'resumeWindow', at: MON_0900, windowId });

describe('window sessions', () => {
  it('Q12 signIn opens the window for that staff member', () => {
    const { state, events } = apply(fresh(), signIn('w1', 'li'));
    expect(events).toEqual([
      { type: 'window.signedIn', at: MON_0900, siteId: 'hall', windowId: 'w1', staffId: 'li' },
    ]);
    expect(state.windows.w1).toEqual({
      id: 'w1',
      status: 'open',
      staffId: 'li',
      priorityStreak: 0,
    });
  });

  it('Q12 a supervisor covering a window (顶岗) is recorded on window.signedIn', () => {
    const cover: Command = { ...signIn('w1', 'sup-1'), cover: true } as Command;
    const { state, events } = apply(fresh(), cover);
    expect(events).toEqual([
      {
        type: 'window.signedIn',
        at: MON_0900,
        siteId: 'hall',
        windowId: 'w1',
        staffId: 'sup-1',
        cover: true,
      },
    ]);
    expect(state.windows.w1).toMatchObject({ status: 'open', staffId: 'sup-1' });
    expect(apply(fresh(), signIn('w2', 'li')).events[0]).not.toHaveProperty('cover');
  });

  it('Q12 signIn again by the same staff is accepted with no events; another staff is refused', () => {
    const { state } = apply(fresh(), signIn('w1', 'li'));
    expect(decide(state, signIn('w1', 'li'))).toEqual({ ok: true, events: [] });
    expect(rejection(state, signIn('w1', 'wang'))).toBe('HALLQ_E_WINDOW_HELD');
  });

  it('Q12 a staff member signed in elsewhere is signed out there first', () => {
    const { state } = apply(fresh(), signIn('w1', 'li'));
    const { state: after, events } = apply(state, signIn('w2', 'li'));
    expect(events.map((e) => [e.type, 'windowId' in e ? e.windowId : undefined])).toEqual([
      ['window.signedOut', 'w1'],
      ['window.signedIn', 'w2'],
    ]);
    expect(after.windows.w1?.status).toBe('signedOut');
    expect(after.windows.w1?.staffId).toBeUndefined();
    expect(after.windows.w2?.staffId).toBe('li');
  });

  it('Q12 signing in elsewhere is refused while the old window holds a ticket', () => {
    const { state } = apply(fresh(), signIn('w1', 'li'), issue('t1', 'yb-reg'), callNext('w1'));
    expect(rejection(state, signIn('w2', 'li'))).toBe('HALLQ_E_WINDOW_BUSY');
  });

  it('Q12 signOut needs a signed-in window', () => {
    expect(rejection(fresh(), signOut('w1'))).toBe('HALLQ_E_WINDOW_NOT_OPEN');
    const paused = apply(fresh(), signIn('w1', 'li'), pause('w1')).state;
    expect(apply(paused, signOut('w1')).state.windows.w1).toEqual({
      id: 'w1',
      status: 'signedOut',
      priorityStreak: 0,
    });
  });

  it('Q12 signOut while holding a ticket signs out and leaves the ticket at the window for the supervisor', () => {
    const { state } = apply(fresh(), signIn('w1', 'li'), issue('t1', 'yb-reg'), callNext('w1'));
    const { state: out, events } = apply(state, signOut('w1'));
    expect(events).toEqual([
      { type: 'window.signedOut', at: MON_0900, siteId: 'hall', windowId: 'w1' },
    ]);
    expect(out.windows.w1).toMatchObject({ status: 'signedOut', currentTicketId: 't1' });
    expect(out.windows.w1?.staffId).toBeUndefined();
    expect(out.tickets.t1).toMatchObject({ status: 'called', windowId: 'w1' });
    // Nobody calls there meanwhile; whoever signs in next (the supervisor) holds the ticket.
    expect(rejection(out, callNext('w1'))).toBe('HALLQ_E_WINDOW_NOT_OPEN');
    const back = apply(out, signIn('w1', 'zhao')).state;
    expect(back.windows.w1).toMatchObject({
      status: 'open',
      staffId: 'zhao',
      currentTicketId: 't1',
    });
    expect(rejection(back, callNext('w1'))).toBe('HALLQ_E_WINDOW_BUSY');
  });

  it('Q12 pause needs an open window holding no ticket, and records the reason', () => {
    expect(rejection(fresh(), pause('w1'))).toBe('HALLQ_E_WINDOW_NOT_OPEN');
    const open = apply(fresh(), signIn('w1', 'li')).state;
    const paused = apply(open, pause('w1', '暂停服务')).state;
    expect(paused.windows.w1).toMatchObject({ status: 'paused', pauseReason: '暂停服务' });
    expect(rejection(paused, pause('w1'))).toBe('HALLQ_E_INVALID_TRANSITION');
    const busy = apply(open, issue('t1', 'yb-reg'), callNext('w1')).state;
    expect(rejection(busy, pause('w1'))).toBe('HALLQ_E_WINDOW_BUSY');
  });

  it('Q12 resume needs a paused window', () => {
    expect(rejection(fresh(), resume('w1'))).toBe('HALLQ_E_WINDOW_NOT_OPEN');
    const open = apply(fresh(), signIn('w1', 'li')).state;
    expect(rejection(open, resume('w1'))).toBe('HALLQ_E_INVALID_TRANSITION');
    const resumed = apply(open, pause('w1'), resume('w1')).state;
    expect(resumed.windows.w1).toEqual({
      id: 'w1',
      status: 'open',
      staffId: 'li',
      priorityStreak: 0,
    });
  });

  it('Q12 window commands on an unknown window give WINDOW_NOT_FOUND', () => {
    for (const command of [signIn('w404', 'li'), signOut('w404'), pause('w404'), resume('w404')]) {
      expect(rejection(fresh(), command)).toBe('HALLQ_E_WINDOW_NOT_FOUND');
    }
  });
});
