/** The units' queues as the supervisor reads them: marked first, waits growing on the clock. */
import { describe, expect, it } from 'vitest';
import { unitRows } from './unit-rows';

const MIN = 60_000;
const AT = Date.parse('2025-06-02T10:30:00+08:00');
const catalog = {
  units: [
    { id: 'yibao', name: '区医疗保险管理局', shortName: '医保局' },
    { id: 'shebao', name: '区社会保险事业管理局', shortName: '社保局' },
    { id: 'gongan', name: '区公安分局', shortName: '公安' },
    { id: 'jiaoyu', name: '区教育局', shortName: '教育局' },
  ],
} as never;
const figures = {
  at: AT,
  units: [
    { unitId: 'yibao', waiting: 3, longestWaitMs: 25 * MIN },
    { unitId: 'shebao', waiting: 1, longestWaitMs: 31 * MIN, level: 'yellow' as const },
    { unitId: 'gongan', waiting: 0, longestWaitMs: 0 },
    { unitId: 'jiaoyu', waiting: 12, longestWaitMs: 61 * MIN, level: 'red' as const },
  ],
};

describe('unit rows', () => {
  it('red first, then yellow, then the longest waits; units nobody waits for are counted', () => {
    const { rows, quiet } = unitRows(catalog, figures, AT);
    expect(rows.map((r) => [r.name, r.waiting, r.level])).toEqual([
      ['教育局', 12, 'red'],
      ['社保局', 1, 'yellow'],
      ['医保局', 3, undefined],
    ]);
    expect(quiet).toBe(1);
  });

  it('the longest wait keeps growing with the clock until the figures are read again', () => {
    const { rows } = unitRows(catalog, figures, AT + 4 * MIN);
    expect(rows.find((r) => r.unitId === 'yibao')?.longestWaitMs).toBe(29 * MIN);
  });
});
