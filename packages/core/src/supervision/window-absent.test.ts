import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import { local, MON_0900 } from '../test-support/fixture';
import { apply, fresh, issue, signIn } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import { windowAbsent } from './window-absent';

const pause: Command = { type: 'pauseWindow', at: MON_0900, windowId: 'w1', reason: '午休' };
const paused = apply(fresh(), signIn('w1', 's1'), pause, issue('t1', 'yb-reg')).state;
const windows = { w1: { statusSince: MON_0900 } };

describe('S4 window absent', () => {
  it('S4 paused: yellow at the pause limit while its units have people waiting, red at twice', () => {
    const at = (m: number) =>
      windowAbsent
        .evaluate(input(paused, { now: MON_0900 + m * MIN, windows }))
        .filter((c) => c.windowId === 'w1');
    expect(at(30 - 0.001)).toEqual([]);
    expect(at(30)).toEqual([
      expect.objectContaining({
        key: `window-absent:w1:paused:${MON_0900}`,
        level: 'yellow',
        staffId: 's1',
        detail: {
          status: 'paused',
          reason: '午休',
          absentMinutes: 30,
          limitMinutes: 30,
          waiting: 1,
        },
      }),
    ]);
    expect(at(60 - 0.001)[0]?.level).toBe('yellow');
    expect(at(60)[0]?.level).toBe('red');
  });

  it('S4 nobody waiting: not absent; resumed: closed because the window resumed', () => {
    const idle = apply(fresh(), signIn('w1', 's1'), pause).state;
    const now = MON_0900 + 90 * MIN;
    expect(windowAbsent.evaluate(input(idle, { now, windows }))).toEqual([]);
    const [c] = windowAbsent.evaluate(input(paused, { now, windows }));
    const resume: Command = { type: 'resumeWindow', at: now, windowId: 'w1' };
    const back = apply(paused, resume).state;
    expect(
      windowAbsent.evaluate(input(back, { now, windows })).map((x) => x.windowId),
    ).not.toContain('w1');
    expect(windowAbsent.closedBecause(c!, input(back, { now, windows }))).toBe('window-resumed');
  });

  it('S4 signed out in opening hours: from the span start, yellow at the minutes, red at twice', () => {
    const town = apply(fresh(), issue('m1', 'mz-aid')).state;
    const at = (t: number) => windowAbsent.evaluate(input(town, { siteId: 'town', now: t }));
    expect(at(local(1, '09:10') - 1)).toEqual([]);
    expect(at(local(1, '09:10'))).toEqual([
      expect.objectContaining({
        key: `window-absent:t1:signedOut:${local(1, '09:00')}`,
        level: 'yellow',
        windowId: 't1',
      }),
    ]);
    expect(at(local(1, '09:20'))[0]?.level).toBe('red');
  });

  it('S4 out of opening hours nothing is absent; the next span starts a new cause', () => {
    const town = apply(fresh(), issue('m1', 'mz-aid')).state;
    const lunch = input(town, { siteId: 'town', now: local(1, '12:30') });
    expect(windowAbsent.evaluate(lunch)).toEqual([]);
    const [morning] = windowAbsent.evaluate(
      input(town, { siteId: 'town', now: local(1, '11:00') }),
    );
    expect(windowAbsent.closedBecause(morning!, lunch)).toBe('hall-closed');
    const afternoon = windowAbsent.evaluate(
      input(town, { siteId: 'town', now: local(1, '13:40') }),
    );
    expect(afternoon[0]?.key).toBe(`window-absent:t1:signedOut:${local(1, '13:30')}`);
  });

  it('S4 signed in again: closed because the window signed in', () => {
    const town = apply(fresh(), issue('m1', 'mz-aid')).state;
    const now = local(1, '09:30');
    const [c] = windowAbsent.evaluate(input(town, { siteId: 'town', now }));
    const back = apply(town, signIn('t1', 'sm', now)).state;
    expect(windowAbsent.closedBecause(c!, input(back, { siteId: 'town', now }))).toBe(
      'window-signed-in',
    );
  });
});
