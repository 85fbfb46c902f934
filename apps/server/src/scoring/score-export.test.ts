/**
 * The exports' 明细 cell explains a score by rule and level: a busy unit's
 * quarter, with thousands of long waits, stays well inside what a
 * spreadsheet cell holds (32,767 characters), and a deduction alone in its
 * group still names the alert, rating or case behind it.
 */
import { describe, expect, it } from 'vitest';
import type { ScoreRow } from '@hallq/core';
import { scoreDetail, scoreExportRows } from './score-export';

const T0 = Date.UTC(2026, 6, 1);
const longWaits = Array.from({ length: 5_000 }, (_, i) => ({
  rule: 'long-wait' as const,
  level: i % 10 === 0 ? ('red' as const) : ('yellow' as const),
  points: i % 10 === 0 ? -1 : -0.5,
  at: T0 + i * 60_000,
  alertId: `0b6f1d3c-8a7e-4f1a-9c55-${String(i).padStart(12, '0')}`,
}));
const row: ScoreRow = {
  key: 'shebao',
  label: '区人力资源和社会保障局',
  score: 0,
  grade: 'fail',
  deductions: [
    ...longWaits,
    {
      rule: 'bad-rating' as const,
      level: 1 as const,
      points: -3,
      at: T0 + 1,
      ratingId: 'rating-t_x1',
    },
  ].sort((a, b) => a.at - b.at),
};

describe('the 明细 cell', () => {
  it('groups a quarter of long waits by level, with counts and points, and keeps a lone 差评 with its rating', () => {
    const cell = scoreDetail(row.deductions);
    expect(cell).toBe(
      '等候超时（红色）×500 -500；差评（非常不满意） -3 [rating-t_x1]；等候超时（黄色）×4500 -2250',
    );
    const [, line] = scoreExportRows([row], 'unit');
    expect(line).toEqual(['shebao', '区人力资源和社会保障局', 0, '不合格', 5_001, -2_753, 0, cell]);
    expect(String(line?.[7]).length).toBeLessThan(32_767);
  });

  it('reads a group of alike alerts as core gives it (P3) the same as its alerts one by one', () => {
    const grouped: ScoreRow = {
      ...row,
      deductions: [
        {
          rule: 'long-wait',
          level: 'red',
          points: -500,
          at: T0,
          n: 500,
          lastAt: T0 + 4_990 * 60_000,
        },
        { rule: 'bad-rating', level: 1, points: -3, at: T0 + 1, ratingId: 'rating-t_x1' },
        {
          rule: 'long-wait',
          level: 'yellow',
          points: -2250,
          at: T0 + 60_000,
          n: 4_500,
          lastAt: T0 + 4_999 * 60_000,
        },
      ],
    };
    expect(scoreExportRows([grouped], 'unit')).toEqual(scoreExportRows([row], 'unit'));
  });
});
