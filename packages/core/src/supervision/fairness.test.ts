import { describe, expect, it } from 'vitest';
import { TUE_0800 } from '../test-support/fixture';
import { apply, fresh, issue } from '../test-support/run';
import { input } from '../test-support/supervision';
import { fairness } from './fairness';

describe('S7 fairness', () => {
  it('S7 选号 calls per clerk and day: yellow at the limit, red at twice', () => {
    const at = (outOfOrder: number) =>
      fairness.evaluate(input(fresh(), { clerks: [{ staffId: 's1', outOfOrder, transfers: 0 }] }));
    expect(at(4)).toEqual([]);
    expect(at(5)).toEqual([
      expect.objectContaining({
        key: 'fairness:s1:out-of-order:2026-11-23',
        level: 'yellow',
        staffId: 's1',
        detail: { kind: 'out-of-order', count: 5, limit: 5, day: '2026-11-23' },
      }),
    ]);
    expect(at(9)[0]?.level).toBe('yellow');
    expect(at(10)[0]?.level).toBe('red');
  });

  it('S7 transfers per clerk and day: yellow at the limit, red at twice', () => {
    const at = (transfers: number) =>
      fairness.evaluate(input(fresh(), { clerks: [{ staffId: 's1', outOfOrder: 0, transfers }] }));
    expect(at(9)).toEqual([]);
    expect(at(10)[0]).toMatchObject({ key: 'fairness:s1:transfers:2026-11-23', level: 'yellow' });
    expect(at(19)[0]?.level).toBe('yellow');
    expect(at(20)[0]?.level).toBe('red');
  });

  it('S7 a new business day is a new cause; the old one closes with the day', () => {
    const clerks = [{ staffId: 's1', outOfOrder: 6, transfers: 0 }];
    const [monday] = fairness.evaluate(input(fresh(), { clerks }));
    const tuesday = apply(fresh(), issue('t1', 'yb-reg', TUE_0800)).state;
    const next = input(tuesday, { now: TUE_0800, clerks: [] });
    expect(fairness.closedBecause(monday!, next)).toBe('day-closed');
    expect(fairness.closedBecause(monday!, input(fresh(), { clerks: [] }))).toBe(
      'condition-cleared',
    );
  });
});
