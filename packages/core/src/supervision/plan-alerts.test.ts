import { describe, expect, it } from 'vitest';
import { MON_0900 } from '../test-support/fixture';
import { apply, callNext, fresh, issue, signIn } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import { conditionsOf } from './evaluate';
import { planAlerts, type OpenAlert } from './plan-alerts';
import type { Condition } from './types';

const waiting = apply(fresh(), issue('t1', 'yb-reg'), issue('t2', 'yb-reg')).state;

const opened = (c: Condition, at: number, over: Partial<OpenAlert> = {}): OpenAlert => ({
  id: `a-${c.key}`,
  ...c,
  openedAt: at,
  ...(c.level === 'red' ? { redAt: at } : {}),
  ...over,
});

describe('S8 conditions', () => {
  it('S8 every rule is read and each key names one cause', () => {
    const now = MON_0900 + 60 * MIN;
    const conditions = conditionsOf(
      input(waiting, { now, clerks: [{ staffId: 's1', outOfOrder: 5, transfers: 0 }] }),
    );
    expect(new Set(conditions.map((c) => c.key)).size).toBe(conditions.length);
    expect(new Set(conditions.map((c) => c.rule))).toEqual(
      new Set(['long-wait', 'hall-backup', 'window-absent', 'fairness']),
    );
  });

  it('S8 a limit of 0 turns its rule off', () => {
    const settings = { ...input(waiting).settings, waitLimitMinutes: 0 };
    const now = MON_0900 + 600 * MIN;
    expect(
      conditionsOf(input(waiting, { now, settings })).some((c) => c.rule === 'long-wait'),
    ).toBe(false);
  });
});

describe('S9 alert plan', () => {
  const longWaits = (now: number) =>
    conditionsOf(input(waiting, { now })).filter((c) => c.rule === 'long-wait');

  it('S9 a new condition opens an alert; an open alert with its key is not opened again', () => {
    const now = MON_0900 + 30 * MIN;
    const [c1, c2] = longWaits(now);
    const first = planAlerts([], input(waiting, { now }));
    expect(first.filter((x) => x.type === 'open' && x.condition.rule === 'long-wait')).toHaveLength(
      2,
    );
    const again = planAlerts([opened(c1!, now), opened(c2!, now)], input(waiting, { now }));
    expect(again.filter((x) => x.type === 'open' && x.condition.rule === 'long-wait')).toEqual([]);
  });

  it('S9 yellow escalates to red when its condition does, once', () => {
    const [c] = longWaits(MON_0900 + 30 * MIN);
    const alert = opened(c!, MON_0900 + 30 * MIN);
    const now = MON_0900 + 60 * MIN;
    const plan = planAlerts([alert], input(waiting, { now }));
    expect(plan.filter((x) => x.type === 'escalate')).toEqual([
      expect.objectContaining({ type: 'escalate', to: 'red', alert }),
    ]);
    const red = { ...alert, level: 'red' as const, redAt: now };
    expect(planAlerts([red], input(waiting, { now })).filter((x) => x.type === 'escalate')).toEqual(
      [],
    );
  });

  it('S9 an unacknowledged red alert goes to the admin after the escalation minutes, once', () => {
    const redAt = MON_0900 + 60 * MIN;
    const [c] = longWaits(redAt);
    const red = opened(c!, MON_0900 + 30 * MIN, { level: 'red', redAt });
    const esc = (a: OpenAlert, m: number) =>
      planAlerts([a], input(waiting, { now: redAt + m * MIN })).filter(
        (x) => x.type === 'escalate',
      );
    expect(esc(red, 15 - 0.001)).toEqual([]);
    expect(esc(red, 15)).toEqual([expect.objectContaining({ to: 'admin' })]);
    expect(esc({ ...red, escalatedAt: redAt + 15 * MIN }, 30)).toEqual([]);
    expect(esc({ ...red, acknowledgedAt: redAt + MIN }, 30)).toEqual([]);
  });

  it('S9 a condition gone closes its alert with the rule’s reason', () => {
    const now = MON_0900 + 40 * MIN;
    const [c] = longWaits(now);
    const called = apply(waiting, signIn('w1', 's1', now), callNext('w1', now)).state;
    const plan = planAlerts([opened(c!, now)], input(called, { now }));
    expect(plan.filter((x) => x.type === 'close')).toEqual([
      expect.objectContaining({ type: 'close', reason: 'visitor-called' }),
    ]);
  });
});
