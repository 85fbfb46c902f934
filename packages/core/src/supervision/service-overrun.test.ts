import { describe, expect, it } from 'vitest';
import { MON_0900 } from '../test-support/fixture';
import { act, apply, callNext, fresh, issue, signIn } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import { serviceOverrun } from './service-overrun';

// yb-reg expects 6 minutes: × 1.5 → yellow at 9, red at 18 minutes of service.
const serving = apply(
  fresh(),
  signIn('w1', 's1'),
  issue('t1', 'yb-reg'),
  callNext('w1'),
  act('start', 'w1', 't1', MON_0900 + MIN),
).state;

describe('S2 service overrun', () => {
  it('S2 yellow at expected minutes × factor from the start of service, red at twice that', () => {
    const at = (m: number) => serviceOverrun.evaluate(input(serving, { now: MON_0900 + m * MIN }));
    expect(at(10)).toHaveLength(1);
    expect(at(10 - 0.001)).toEqual([]);
    expect(at(10)[0]).toMatchObject({
      rule: 'service-overrun',
      level: 'yellow',
      windowId: 'w1',
      ticketId: 't1',
      staffId: 's1',
      detail: { number: 'A001', itemId: 'yb-reg', serviceMinutes: 9, limitMinutes: 9 },
    });
    expect(at(19 - 0.001)[0]?.level).toBe('yellow');
    expect(at(19)[0]?.level).toBe('red');
  });

  it('S2 a called ticket not yet started counts from the call; the factor is the site setting', () => {
    const called = apply(fresh(), signIn('w3', 's3'), issue('c1', 'ga-id'), callNext('w3')).state;
    const settings = { ...input(called).settings, serviceOverrunFactor: 1 };
    expect(serviceOverrun.evaluate(input(called, { now: MON_0900 + 15 * MIN, settings }))).toEqual([
      expect.objectContaining({ level: 'yellow', ticketId: 'c1' }),
    ]);
    const off = { ...settings, serviceOverrunFactor: 0 };
    expect(
      serviceOverrun.evaluate(input(called, { now: MON_0900 + 99 * MIN, settings: off })),
    ).toEqual([]);
  });

  it('S2 closed when the service is finished', () => {
    const now = MON_0900 + 20 * MIN;
    const [c] = serviceOverrun.evaluate(input(serving, { now }));
    expect(c).toBeDefined();
    const done = apply(serving, act('finish', 'w1', 't1', now)).state;
    expect(serviceOverrun.evaluate(input(done, { now }))).toEqual([]);
    expect(serviceOverrun.closedBecause(c!, input(done, { now }))).toBe('service-finished');
  });
});
