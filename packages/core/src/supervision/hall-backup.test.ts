import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import { MON_0900 } from '../test-support/fixture';
import { apply, callNext, fresh, issue, signIn } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import { hallBackup } from './hall-backup';

const issued = (n: number, itemId = 'yb-reg') =>
  Array.from({ length: n }, (_, i) => issue(`t${i}`, itemId, MON_0900 + i * 1000));
const settings = (over: object) => ({ ...input(fresh()).settings, ...over });

describe('S5 hall backs up', () => {
  it('S5 yellow at the waiting count, red at twice it', () => {
    const s = settings({ backlogWaiting: 3, backlogWaitMinutes: 0 });
    const at = (n: number) =>
      hallBackup.evaluate(input(apply(fresh(), ...issued(n)).state, { settings: s }));
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([
      expect.objectContaining({
        key: 'hall-backup:yibao:2026-11-23',
        level: 'yellow',
        unitId: 'yibao',
      }),
    ]);
    expect(at(5)[0]?.level).toBe('yellow');
    expect(at(6)[0]?.level).toBe('red');
  });

  it('S5 yellow at the longest wait, red at twice it', () => {
    const state = apply(fresh(), ...issued(1)).state;
    const s = settings({ backlogWaiting: 0, backlogWaitMinutes: 20 });
    const at = (m: number) =>
      hallBackup.evaluate(input(state, { settings: s, now: MON_0900 + m * MIN }));
    expect(at(20 - 0.001)).toEqual([]);
    expect(at(20)[0]?.level).toBe('yellow');
    expect(at(40 - 0.001)[0]?.level).toBe('yellow');
    expect(at(40)[0]?.level).toBe('red');
  });

  it('S5 suggests the windows serving the unit today that are out or free, by the rota', () => {
    const s = settings({ backlogWaiting: 1 });
    // Monday: w9 serves 教育 (jiaoyu); w1 busy, w2 signed out → w2 is suggested for 医保.
    const state = apply(
      fresh(),
      signIn('w1', 's1'),
      ...issued(2),
      callNext('w1'),
      issue('j1', 'jy-cert'),
    ).state;
    const conditions = hallBackup.evaluate(input(state, { settings: s }));
    expect(conditions.find((c) => c.unitId === 'yibao')?.detail.suggestedWindowIds).toEqual(['w2']);
    expect(conditions.find((c) => c.unitId === 'jiaoyu')?.detail.suggestedWindowIds).toEqual([
      'w9',
    ]);
  });

  it('S5 closed when the queue empties or falls below the threshold', () => {
    const s = settings({ backlogWaiting: 2, backlogWaitMinutes: 0 });
    const state = apply(fresh(), ...issued(2)).state;
    const [c] = hallBackup.evaluate(input(state, { settings: s }));
    const cancel = (id: string): Command => ({ type: 'cancel', at: MON_0900, ticketId: id });
    const one = apply(state, cancel('t0')).state;
    expect(hallBackup.evaluate(input(one, { settings: s }))).toEqual([]);
    expect(hallBackup.closedBecause(c!, input(one, { settings: s }))).toBe('backlog-cleared');
    const none = apply(one, cancel('t1')).state;
    expect(hallBackup.closedBecause(c!, input(none, { settings: s }))).toBe('queue-empty');
  });
});
