import { describe, expect, it } from 'vitest';
import { mergeYears, officialYear } from './edit-year';
import { CN_OFFICIAL_CALENDAR } from './official-calendar';
import { addWorkingDays, workCalendar } from './working-days';

describe('R13 an edited year', () => {
  it('R13 takes its days sorted and once, and replaces the shipped year', () => {
    const r = officialYear(2027, ['2027-01-01', '2027-01-01'], ['2027-01-09'], '通知');
    expect(r).toEqual({
      ok: true,
      value: {
        year: 2027,
        source: '通知',
        holidays: [['2027-01-01', '2027-01-01']],
        workdays: ['2027-01-09'],
      },
    });
    const years = mergeYears(CN_OFFICIAL_CALENDAR, [r.ok ? r.value : CN_OFFICIAL_CALENDAR[0]!]);
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    // 2026-12-31 (Thu) + 2: 2027-01-01 is off, 01-04 Mon is the second day.
    expect(addWorkingDays(workCalendar(years), '2026-12-31', 2)).toBe('2027-01-05');
  });

  it('R13 refuses a day outside the year, a day both off and on, a weekday 调休', () => {
    const problem = (h: string[], w: string[]) => {
      const r = officialYear(2027, h, w, '');
      return r.ok ? undefined : r.error;
    };
    expect(problem(['2026-12-31'], [])).toEqual({ problem: 'notInYear', day: '2026-12-31' });
    expect(problem(['2027-02-30'], [])).toEqual({ problem: 'notInYear', day: '2027-02-30' });
    expect(problem(['2027-01-09'], ['2027-01-09'])).toEqual({
      problem: 'bothOffAndOn',
      day: '2027-01-09',
    });
    expect(problem([], ['2027-01-08'])).toEqual({
      problem: 'workdayNotWeekend',
      day: '2027-01-08',
    });
  });
});
