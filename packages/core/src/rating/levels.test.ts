import { describe, expect, it } from 'vitest';
import { isBadRating, isRatingLevel, isSatisfied, LEVEL_NAMES, RATING_LEVELS } from './levels';
import { RATING_DEFAULTS, ratingSettings } from './settings';

describe('R1 levels', () => {
  it('R1 five levels, best first, named as the national scheme names them', () => {
    expect(RATING_LEVELS.map((l) => LEVEL_NAMES[l].zh)).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
  });

  it('R1 1 and 2 are 差评, 3 to 5 satisfied; nothing else is a level', () => {
    expect(RATING_LEVELS.filter(isBadRating)).toEqual([2, 1]);
    expect(RATING_LEVELS.filter(isSatisfied)).toEqual([5, 4, 3]);
    expect([0, 6, 2.5, '3', null].some(isRatingLevel)).toBe(false);
  });
});

describe('R2 settings', () => {
  it('R2 defaults: 60 s on the pad, 7 days by phone, 回访 1 and 整改 5 working days, no default', () => {
    expect(RATING_DEFAULTS).toMatchObject({
      padTimeoutSeconds: 60,
      phoneDays: 7,
      followUpWorkingDays: 1,
      rectifyWorkingDays: 5,
      defaultLevel: null,
    });
    expect(RATING_DEFAULTS.badTags).toContain('服务态度差');
  });

  it('R2 a setting given replaces its default only', () => {
    const s = ratingSettings({ rectifyWorkingDays: 15 });
    expect(s.rectifyWorkingDays).toBe(15);
    expect(s.followUpWorkingDays).toBe(1);
  });
});
