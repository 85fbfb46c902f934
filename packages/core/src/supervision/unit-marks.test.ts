import { describe, expect, it } from 'vitest';
import { MON_0900 } from '../test-support/fixture';
import { apply, fresh, issue } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import { unitMarks } from './unit-marks';

const settings = { ...input(fresh()).settings, backlogWaiting: 3, backlogWaitMinutes: 0 };
const state = apply(
  fresh(),
  issue('t1', 'yb-reg'),
  issue('t2', 'yb-reg', MON_0900 + 5 * MIN),
).state;
const yibao = (now: number, s = settings) =>
  unitMarks(state, 'hall', now, s).find((m) => m.unitId === 'yibao');

describe('S10 unit marks', () => {
  it('S10 every unit of the site, with its waiting and longest wait', () => {
    const marks = unitMarks(state, 'hall', MON_0900 + 10 * MIN, settings);
    expect(marks.map((m) => m.unitId)).toEqual(['gongan', 'jiaoyu', 'wenti', 'yibao']);
    expect(marks[0]).toEqual({ unitId: 'gongan', waiting: 0, longestWaitMs: 0 });
    expect(yibao(MON_0900 + 10 * MIN)).toEqual({
      unitId: 'yibao',
      waiting: 2,
      longestWaitMs: 10 * MIN,
    });
  });

  it('S10 yellow at the wait limit by the longest wait, red at twice it', () => {
    expect(yibao(MON_0900 + 30 * MIN - 1)?.level).toBeUndefined();
    expect(yibao(MON_0900 + 30 * MIN)?.level).toBe('yellow');
    expect(yibao(MON_0900 + 60 * MIN - 1)?.level).toBe('yellow');
    expect(yibao(MON_0900 + 60 * MIN)?.level).toBe('red');
  });

  it('S10 the backlog (S5) marks it too; the higher level counts', () => {
    const s = { ...settings, backlogWaiting: 2 };
    expect(yibao(MON_0900, s)?.level).toBe('yellow');
    expect(yibao(MON_0900 + 60 * MIN, s)?.level).toBe('red');
    expect(yibao(MON_0900, { ...s, backlogWaiting: 1 })?.level).toBe('red');
  });
});
