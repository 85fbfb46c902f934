/**
 * The five levels of 好差评 (R1): 5 非常满意 … 1 非常不满意. Levels 1 and 2
 * are 差评 and open a rectification case; 3 to 5 count as satisfied.
 */
export type RatingLevel = 1 | 2 | 3 | 4 | 5;

/** Best first, as the pad shows them. */
export const RATING_LEVELS: readonly RatingLevel[] = [5, 4, 3, 2, 1];

export const LEVEL_NAMES: Readonly<Record<RatingLevel, { zh: string; en: string }>> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '基本满意', en: 'Fairly satisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

export const isRatingLevel = (value: unknown): value is RatingLevel =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5;

/** 差评: 不满意 or 非常不满意. */
export const isBadRating = (level: RatingLevel): boolean => level <= 2;

/** What 满意率 counts: 非常满意, 满意 and 基本满意. */
export const isSatisfied = (level: RatingLevel): boolean => level >= 3;
