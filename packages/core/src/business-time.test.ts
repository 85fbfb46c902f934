import { describe, expect, it } from 'vitest';
import { businessTime, weekdayOfDay } from './business-time';
import { local, MON_0900 } from './test-support/fixture';

describe('businessTime', () => {
  it('Q1 gives the local day, ISO weekday and minute in the site zone', () => {
    expect(businessTime(MON_0900, 'Asia/Shanghai')).toEqual({
      day: '2026-11-23',
      weekday: 1,
      minutes: 9 * 60,
    });
  });

  it('Q1 a local midnight starts the next day, whatever the UTC date', () => {
    expect(businessTime(local(1, '23:59'), 'Asia/Shanghai')).toMatchObject({
      day: '2026-11-23',
      weekday: 1,
      minutes: 23 * 60 + 59,
    });
    // 00:00 on Tuesday in Shanghai is still Monday 16:00 in UTC.
    expect(businessTime(local(2, '00:00'), 'Asia/Shanghai')).toMatchObject({
      day: '2026-11-24',
      weekday: 2,
      minutes: 0,
    });
  });

  it('Q1 the same instant is a different day in another zone', () => {
    const thursdayEarly = local(4, '00:30');
    expect(businessTime(thursdayEarly, 'Asia/Shanghai')).toMatchObject({
      day: '2026-11-26',
      weekday: 4,
    });
    expect(businessTime(thursdayEarly, 'Europe/London')).toMatchObject({
      day: '2026-11-25',
      weekday: 3,
      minutes: 16 * 60 + 30,
    });
  });

  it('Q1 Sunday is weekday 7', () => {
    expect(businessTime(local(7, '10:00'), 'Asia/Shanghai').weekday).toBe(7);
    expect(weekdayOfDay('2026-11-29')).toBe(7);
    expect(weekdayOfDay('2026-11-23')).toBe(1);
  });
});
