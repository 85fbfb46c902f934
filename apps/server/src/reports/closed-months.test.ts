/** The months a report's days touch, and figures added up across them. */
import { describe, expect, it } from 'vitest';
import { mergeInto, monthsOf } from './closed-months';
import { emptyReportFigures } from './report-query';

describe('closed months', () => {
  it('splits a range into its months, marking the whole ones', () => {
    expect(monthsOf('2026-01-15', '2026-03-31')).toEqual([
      { month: '2026-01', from: '2026-01-15', to: '2026-01-31', whole: false },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-28', whole: true },
      { month: '2026-03', from: '2026-03-01', to: '2026-03-31', whole: true },
    ]);
    expect(monthsOf('2025-12-31', '2026-01-01').map((s) => s.month)).toEqual([
      '2025-12',
      '2026-01',
    ]);
  });

  it('merges counts, sums, the longest wait and histograms', () => {
    const a = emptyReportFigures();
    const b = emptyReportFigures();
    b.served = 2;
    b.wait = {
      sumMs: 120_000,
      count: 2,
      histogram: b.wait.histogram.map((_, i) => (i === 1 ? 2 : 0)),
    };
    b.waitMaxMs = 70_000;
    mergeInto(a, b);
    mergeInto(a, b);
    expect(a.served).toBe(4);
    expect(a.wait.count).toBe(4);
    expect(a.wait.histogram[1]).toBe(4);
    expect(a.waitMaxMs).toBe(70_000);
  });
});
