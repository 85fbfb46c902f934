import { describe, expect, it } from 'vitest';
import { workCalendar } from '../calendar/working-days';
import { caseDeadlines } from './case-deadlines';
import { RATING_DEFAULTS } from './settings';

const cal = workCalendar();
const shanghai = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 8);

describe('R7 case deadlines', () => {
  it('R7 a 差评 on the eve of 国庆: 回访 by the first working day after, 整改 by the fifth', () => {
    const d = caseDeadlines(shanghai(2026, 9, 30, 16), 'Asia/Shanghai', cal, RATING_DEFAULTS);
    expect(d).toEqual({
      followUpDueDay: '2026-10-08',
      followUpDueAt: shanghai(2026, 10, 9, 0) - 1,
      rectifyDueDay: '2026-10-13',
      rectifyDueAt: shanghai(2026, 10, 14, 0) - 1,
      calendarConfirmed: true,
    });
  });

  it('R7 the deadline can fall on a 调休 Saturday', () => {
    const d = caseDeadlines(shanghai(2026, 10, 9, 10), 'Asia/Shanghai', cal, RATING_DEFAULTS);
    expect(d.followUpDueDay).toBe('2026-10-10');
  });

  it("R7 the day is the site's local day (late evening in Shanghai is the next UTC day's eve)", () => {
    // 2026-03-06 23:30 in Shanghai is a Friday there, still Friday 15:30 in UTC.
    const at = shanghai(2026, 3, 6, 23.5);
    expect(caseDeadlines(at, 'Asia/Shanghai', cal, RATING_DEFAULTS).followUpDueDay).toBe(
      '2026-03-09',
    );
    // 2026-03-09 01:00 in Shanghai (a Monday) is still Sunday in UTC.
    const monday = shanghai(2026, 3, 9, 1);
    expect(caseDeadlines(monday, 'Asia/Shanghai', cal, RATING_DEFAULTS).followUpDueDay).toBe(
      '2026-03-10',
    );
  });

  it('R7 the 整改 days are a setting (浙江 15)', () => {
    const d = caseDeadlines(shanghai(2026, 3, 2, 9), 'Asia/Shanghai', cal, {
      followUpWorkingDays: 1,
      rectifyWorkingDays: 15,
    });
    expect(d.rectifyDueDay).toBe('2026-03-23');
  });

  it('R7 a deadline in a year the calendar does not know is marked unconfirmed', () => {
    const d = caseDeadlines(shanghai(2026, 12, 29, 9), 'Asia/Shanghai', cal, RATING_DEFAULTS);
    expect(d.rectifyDueDay).toBe('2027-01-05');
    expect(d.calendarConfirmed).toBe(false);
  });
});
