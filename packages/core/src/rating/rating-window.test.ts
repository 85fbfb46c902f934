import { describe, expect, it } from 'vitest';
import { closeUnrated, ratingClosesAt } from './rating-window';
import { ratingSettings } from './settings';

const T0 = Date.UTC(2026, 2, 10, 2);
const DAY = 86_400_000;

describe('R6 unrated and defaulted', () => {
  it('R6 nothing is recorded while the phone still offers the rating', () => {
    const s = ratingSettings();
    expect(closeUnrated(T0, T0 + 60_000, s)).toBeUndefined();
    expect(closeUnrated(T0, T0 + 7 * DAY, s)).toBeUndefined();
  });

  it('R6 then it is recorded as unrated', () => {
    expect(closeUnrated(T0, T0 + 7 * DAY + 1, ratingSettings())).toEqual({ kind: 'unrated' });
  });

  it('R6 where a default is set, it is that level, marked defaulted', () => {
    const s = ratingSettings({ defaultLevel: 3, phoneDays: 3 });
    expect(closeUnrated(T0, T0 + 3 * DAY + 1, s)).toEqual({ kind: 'defaulted', level: 3 });
    expect(ratingClosesAt('phone', T0, s)).toBe(T0 + 3 * DAY);
  });
});
