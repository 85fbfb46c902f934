import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import { MON_0900 } from '../test-support/fixture';
import { apply, callNext, fresh, issue, signIn } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import { windowIdle } from './window-idle';

const open = apply(fresh(), signIn('w1', 's1'), issue('t1', 'yb-reg')).state;
const windows = { w1: { statusSince: MON_0900 } };

describe('S3 window idle', () => {
  it('S3 yellow at the idle minutes without a call while its queue waits, red at twice', () => {
    const at = (m: number) =>
      windowIdle.evaluate(input(open, { now: MON_0900 + m * MIN, windows }));
    expect(at(5 - 0.001)).toEqual([]);
    expect(at(5)).toEqual([
      expect.objectContaining({
        key: `window-idle:w1:${MON_0900}`,
        level: 'yellow',
        windowId: 'w1',
        staffId: 's1',
      }),
    ]);
    expect(at(10 - 0.001)[0]?.level).toBe('yellow');
    expect(at(10)[0]?.level).toBe('red');
  });

  it('S3 counts from the later of its opening and its last action', () => {
    const later = { w1: { statusSince: MON_0900, lastActiveAt: MON_0900 + 4 * MIN } };
    const now = MON_0900 + 8 * MIN;
    expect(windowIdle.evaluate(input(open, { now, windows: later }))).toEqual([]);
    expect(windowIdle.evaluate(input(open, { now: now + MIN, windows: later }))[0]?.key).toBe(
      `window-idle:w1:${MON_0900 + 4 * MIN}`,
    );
  });

  it('S3 not idle with nobody to call, holding a ticket, paused, or unknown', () => {
    const now = MON_0900 + 30 * MIN;
    const empty = apply(fresh(), signIn('w1', 's1')).state;
    expect(windowIdle.evaluate(input(empty, { now, windows }))).toEqual([]);
    const holding = apply(open, callNext('w1')).state;
    expect(windowIdle.evaluate(input(holding, { now, windows }))).toEqual([]);
    const pause: Command = { type: 'pauseWindow', at: MON_0900, windowId: 'w1', reason: '午休' };
    const paused = apply(open, pause).state;
    expect(windowIdle.evaluate(input(paused, { now, windows }))).toEqual([]);
    expect(windowIdle.evaluate(input(open, { now }))).toEqual([]);
  });

  it('S3 closed because the visitor was called, or the queue emptied, or the window left', () => {
    const now = MON_0900 + 30 * MIN;
    const [c] = windowIdle.evaluate(input(open, { now, windows }));
    const called = apply(open, callNext('w1', now)).state;
    expect(windowIdle.closedBecause(c!, input(called, { now, windows }))).toBe('visitor-called');
    const cancel: Command = { type: 'cancel', at: now, ticketId: 't1' };
    const emptied = apply(open, cancel).state;
    expect(windowIdle.closedBecause(c!, input(emptied, { now, windows }))).toBe('queue-empty');
    const pause: Command = { type: 'pauseWindow', at: now, windowId: 'w1', reason: '午休' };
    expect(windowIdle.closedBecause(c!, input(apply(open, pause).state, { now }))).toBe(
      'window-paused',
    );
  });
});
