import { describe, expect, it } from 'vitest';
import { MON_0900 } from '../test-support/fixture';
import { act, apply, callNext, fresh, issue, signIn } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import { longWait } from './long-wait';

const waiting = apply(fresh(), issue('t1', 'yb-reg'), issue('t2', 'ga-id', MON_0900 + MIN)).state;

describe('S1 long wait', () => {
  it('S1 nothing below the wait limit', () => {
    expect(longWait.evaluate(input(waiting, { now: MON_0900 + 30 * MIN - 1 }))).toEqual([]);
  });

  it('S1 yellow at the wait limit, red at twice it, one condition per ticket', () => {
    const at30 = longWait.evaluate(input(waiting, { now: MON_0900 + 30 * MIN }));
    expect(at30).toEqual([
      expect.objectContaining({
        key: 'long-wait:t1:0',
        rule: 'long-wait',
        level: 'yellow',
        siteId: 'hall',
        ticketId: 't1',
        unitId: 'yibao',
        detail: { number: 'A001', itemId: 'yb-reg', waitMinutes: 30, limitMinutes: 30 },
      }),
    ]);
    const at60 = longWait.evaluate(input(waiting, { now: MON_0900 + 60 * MIN }));
    expect(at60.map((c) => [c.ticketId, c.level])).toEqual([
      ['t1', 'red'],
      ['t2', 'yellow'],
    ]);
    const justBefore = longWait.evaluate(input(waiting, { now: MON_0900 + 60 * MIN - 1 }));
    expect(justBefore.find((c) => c.ticketId === 't1')?.level).toBe('yellow');
  });

  it('S1 the limit is the site setting; 0 turns the rule off', () => {
    const settings = (waitLimitMinutes: number) => ({
      ...input(waiting).settings,
      waitLimitMinutes,
    });
    const now = MON_0900 + 10 * MIN;
    expect(longWait.evaluate(input(waiting, { now, settings: settings(10) }))).toHaveLength(1);
    expect(longWait.evaluate(input(waiting, { now, settings: settings(0) }))).toEqual([]);
  });

  it('S1 a called ticket is no longer waiting: closed because the visitor was called', () => {
    const called = apply(waiting, signIn('w1', 's1'), callNext('w1', MON_0900 + 40 * MIN)).state;
    const now = MON_0900 + 40 * MIN;
    expect(longWait.evaluate(input(called, { now }))).toEqual([
      expect.objectContaining({ ticketId: 't2' }),
    ]);
    const subject = { rule: 'long-wait' as const, siteId: 'hall', ticketId: 't1', detail: {} };
    expect(longWait.closedBecause(subject, input(called, { now }))).toBe('visitor-called');
    const done = apply(called, act('finish', 'w1', 't1', now)).state;
    expect(longWait.closedBecause(subject, input(done, { now }))).toBe('ticket-ended');
  });
});
