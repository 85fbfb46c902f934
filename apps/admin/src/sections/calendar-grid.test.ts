/** The 工作日历 grid and the typed list of days. */
import { describe, expect, it } from 'vitest';
import { monthGrid, parseDays } from './calendar-grid';

describe('monthGrid', () => {
  it('lays October 2026 out from Monday, with 国庆 off and the 调休 Saturday on', () => {
    const holidays = new Set(['2026-10-01', '2026-10-02', '2026-10-05']);
    const workdays = new Set(['2026-10-10']);
    const weeks = monthGrid(2026, 10, holidays, workdays);
    // 1 October 2026 is a Thursday.
    expect(weeks[0]?.slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0]?.[3]).toEqual({ day: '2026-10-01', date: 1, kind: 'holiday' });
    expect(weeks[0]?.[5]?.kind).toBe('weekend');
    const tenth = weeks.flat().find((d) => d?.day === '2026-10-10');
    expect(tenth?.kind).toBe('makeup');
    expect(weeks.flat().find((d) => d?.day === '2026-10-12')?.kind).toBe('work');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});

describe('parseDays', () => {
  it('takes commas, spaces, 、 and new lines; sorts; drops repeats', () => {
    expect(parseDays('2027-01-01、2026-12-31\n2027-01-01, 2027-02-11')).toEqual([
      '2026-12-31',
      '2027-01-01',
      '2027-02-11',
    ]);
    expect(parseDays('  ')).toEqual([]);
  });
});
