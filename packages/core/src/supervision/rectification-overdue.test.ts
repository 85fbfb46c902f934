import { describe, expect, it } from 'vitest';
import { TUE_0800 } from '../test-support/fixture';
import { fresh } from '../test-support/run';
import { input } from '../test-support/supervision';
import { conditionsOf } from './evaluate';
import { rectificationOverdue } from './rectification-overdue';
import type { OpenCase } from './types';

const HOUR = 3_600_000;
const open: OpenCase = {
  id: 'case-1',
  ticketId: 't1',
  ticketNumber: 'A001',
  unitId: 'yibao',
  windowId: 'w1',
  staffId: 's1',
  level: 2,
  status: 'open',
  followUpDueDay: '2026-11-24',
  followUpDueAt: TUE_0800 + 16 * HOUR - 1,
  rectifyDueDay: '2026-11-30',
  rectifyDueAt: TUE_0800 + 6 * 24 * HOUR + 16 * HOUR - 1,
};

const at = (now: number, c: OpenCase = open) =>
  rectificationOverdue.evaluate(input(fresh(), { now, cases: [c] }));

describe('S13 rectification overdue', () => {
  it('S13 整改 past its working-day deadline is red; not at the deadline', () => {
    const followedUp = { ...open, status: 'followedUp' as const };
    expect(at(open.rectifyDueAt, followedUp)).toEqual([]);
    expect(at(open.rectifyDueAt + 1, followedUp)).toEqual([
      {
        key: 'rectification-overdue:case-1:rectify',
        rule: 'rectification-overdue',
        level: 'red',
        siteId: 'hall',
        windowId: 'w1',
        ticketId: 't1',
        unitId: 'yibao',
        staffId: 's1',
        detail: {
          caseId: 'case-1',
          number: 'A001',
          step: 'rectify',
          dueDay: '2026-11-30',
          daysLate: 1,
        },
      },
    ]);
  });

  it('S13 回访 past its deadline is yellow while the case is still open', () => {
    expect(at(open.followUpDueAt)).toEqual([]);
    expect(at(open.followUpDueAt + 1)).toEqual([
      expect.objectContaining({
        key: 'rectification-overdue:case-1:followUp',
        level: 'yellow',
        detail: {
          caseId: 'case-1',
          number: 'A001',
          step: 'followUp',
          dueDay: '2026-11-24',
          daysLate: 1,
        },
      }),
    ]);
    expect(at(open.rectifyDueAt + 1).map((c) => c.level)).toEqual(['yellow', 'red']);
  });

  it('S13 a case past the step (rectified, appealed) is overdue on nothing, and closes as stepped', () => {
    const late = open.rectifyDueAt + 3 * 24 * HOUR;
    expect(at(late, { ...open, status: 'rectified' })).toEqual([]);
    expect(at(late, { ...open, status: 'appealed' })).toEqual([]);
    const all = conditionsOf(input(fresh(), { now: late, cases: [open] }));
    expect(all.filter((c) => c.rule === 'rectification-overdue')).toHaveLength(2);
    expect(all.find((c) => c.rule === 'rating')?.level).toBe('red');
    expect(
      rectificationOverdue.closedBecause(
        { rule: 'rectification-overdue', siteId: 'hall', detail: {} },
        input(fresh()),
      ),
    ).toBe('case-stepped');
  });
});
