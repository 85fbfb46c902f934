/** The report pages' arithmetic: the days asked for, months, and the heat map's grid. */
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '@hallq/protocol';
import { heatGrid, lastDays, minutes, monthRange, recentMonths } from './report-view';

const row = (key: string, issued: number): ReportRow => ({
  key,
  label: key,
  issued,
  served: 0,
  noShow: 0,
  transferredOut: 0,
  cancelled: 0,
  avgWaitMs: 0,
  p90WaitMs: 0,
  maxWaitMs: 0,
  avgServiceMs: 0,
  p90ServiceMs: 0,
  outOfOrderCalls: 0,
  alertsYellow: 0,
  alertsRed: 0,
  rated: 0,
  ratedShare: null,
  satisfiedShare: null,
  badCount: 0,
  badShare: null,
  casesOpened: 0,
  casesClosedOnTime: 0,
  rectifiedOnTimeShare: null,
});

describe('report view', () => {
  it('the last days end yesterday, in the hall’s zone', () => {
    // 2026-12-01 01:00 in Shanghai is still 30 November in UTC.
    const at = Date.UTC(2026, 10, 30, 17, 0);
    expect(lastDays(at, 'Asia/Shanghai', 90)).toEqual({ from: '2026-09-02', to: '2026-11-30' });
    expect(lastDays(at, 'UTC', 1)).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });

  it('months back from a day, and a month’s days', () => {
    expect(recentMonths('2026-02-10', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(minutes(12.2 * 60_000)).toBe(12.2);
  });

  it('the heat map’s grid: hours and weekdays with arrivals, a cell each', () => {
    const grid = heatGrid([row('1-09', 30), row('1-10', 50), row('3-09', 10), row('3-12', 0)]);
    expect(grid).toEqual({
      hours: [9, 10],
      weekdays: [1, 3],
      cells: [
        [0, 0, 30],
        [1, 0, 50],
        [0, 1, 10],
      ],
      max: 50,
    });
  });
});
