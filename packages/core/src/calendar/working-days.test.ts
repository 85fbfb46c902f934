import { describe, expect, it } from 'vitest';
import { weekdayOfDay } from '../business-time';
import { endOfLocalDay, shiftDay } from './local-day';
import { CN_OFFICIAL_CALENDAR } from './official-calendar';
import { addWorkingDays, calendarCovers, isWorkingDay, workCalendar } from './working-days';

const cal = workCalendar();

describe('R9 working days on the official calendar', () => {
  it('R9 a weekday is a working day, a holiday is not, a 调休 weekend day is', () => {
    expect(isWorkingDay(cal, '2026-03-10')).toBe(true); // a plain Tuesday
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false); // a plain Saturday
    expect(isWorkingDay(cal, '2026-02-16')).toBe(false); // 春节, a Monday
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // 调休 Saturday
    expect(isWorkingDay(cal, '2025-09-28')).toBe(true); // 调休 Sunday
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false); // 国庆 and 中秋 together
  });

  it('R9 5 working days from the eve of 国庆 land after the holiday, counting the 调休 Saturday', () => {
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休), 10-12 Mon, 10-13 Tue.
    expect(addWorkingDays(cal, '2026-09-30', 5)).toBe('2026-10-13');
    expect(addWorkingDays(cal, '2026-09-30', 3)).toBe('2026-10-10');
    expect(weekdayOfDay('2026-10-10')).toBe(6);
  });

  it('R9 a 1-day follow-up from a Friday before a 调休 weekend is due on that weekend', () => {
    expect(addWorkingDays(cal, '2026-02-13', 1)).toBe('2026-02-14'); // Sat, 调休
    expect(addWorkingDays(cal, '2026-02-14', 1)).toBe('2026-02-24'); // after 春节
    expect(addWorkingDays(cal, '2025-09-26', 1)).toBe('2025-09-28'); // Sun, 调休
  });

  it('R9 without holidays it is Monday to Friday; the day itself never counts', () => {
    expect(addWorkingDays(cal, '2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays(cal, '2026-03-09', 5)).toBe('2026-03-16');
    expect(addWorkingDays(workCalendar([]), '2026-10-01', 1)).toBe('2026-10-02');
  });

  it('R9 the calendar says which years it knows', () => {
    expect(calendarCovers(cal, '2025-12-30', '2026-01-06')).toBe(true);
    expect(calendarCovers(cal, '2026-12-28', '2027-01-05')).toBe(false);
  });

  it('R9 the shipped years: 28 and 33 days off, every 调休 on a weekend, each with its notice', () => {
    const days = (y: number) => [...cal.holidays].filter((d) => d.startsWith(`${y}-`)).length;
    expect(days(2025)).toBe(28);
    expect(days(2026)).toBe(33);
    for (const y of CN_OFFICIAL_CALENDAR) {
      expect(y.source).toMatch(new RegExp(`关于${y.year}年部分节假日安排的通知`));
      for (const d of y.workdays) expect(weekdayOfDay(d)).toBeGreaterThanOrEqual(6);
    }
  });

  it('R9 a day ends at the next local midnight, less 1 ms', () => {
    expect(endOfLocalDay('2026-10-13', 'Asia/Shanghai')).toBe(Date.UTC(2026, 9, 13, 16) - 1);
    expect(endOfLocalDay('2026-12-31', 'UTC')).toBe(Date.UTC(2027, 0, 1) - 1);
    expect(shiftDay('2026-02-28', 1)).toBe('2026-03-01');
  });
});
