import fc from 'fast-check';
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

  it('Q1 answers the same when asked again within a minute, across minutes, zones and DST changes (the cache)', () => {
    // Reference: Intl asked afresh every time.
    const fresh = (at: number, timeZone: string) => {
      const p = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        })
          .formatToParts(at)
          .map((x) => [x.type, Number(x.value)]),
      ) as Record<string, number>;
      return {
        day: `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
        minutes: (p.hour ?? 0) * 60 + (p.minute ?? 0),
      };
    };
    // Around a New York, London and Lord Howe (30-minute) DST change, and Shanghai's LMT (+08:05:43).
    const starts = [
      Date.UTC(2026, 2, 8, 7, 0),
      Date.UTC(2026, 9, 25, 1, 0),
      Date.UTC(2026, 3, 4, 15, 0),
      Date.UTC(1899, 0, 1, 0, 0),
    ];
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Shanghai'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: -3 * 60_000, max: 3 * 60_000 }),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        (asks) => {
          for (const [start, zone, offset] of asks) {
            const at = starts[start]! + offset;
            const timeZone = zones[zone]!;
            expect(businessTime(at, timeZone)).toMatchObject(fresh(at, timeZone));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
