/**
 * The published figures of 好差评 (R11), for a site, unit, window, clerk or
 * item over a period: 参评率 (rated by the visitor ÷ finished), 满意率
 * (非常满意 + 满意 + 基本满意 ÷ rated), 差评率 (不满意 + 非常不满意 ÷ rated),
 * and 差评整改率 (cases closed with their 整改 on time ÷ cases opened).
 * A voided rating (an appeal upheld, R8) and its case leave the figures; a
 * defaulted rating counts in 满意率 and 差评率 but not as the visitor's
 * participation. A rate with nothing to divide by is null, not 0 or 100 %.
 */
import { isBadRating, isSatisfied, type RatingLevel } from './levels';

export interface FigureRating {
  level: RatingLevel;
  defaulted: boolean;
  void: boolean;
}

export interface FigureCase {
  status: 'open' | 'followedUp' | 'rectified' | 'appealed' | 'closed' | 'voided';
  /** A 整改 step was recorded after its deadline. */
  rectifiedLate: boolean;
}

export interface RatingFigures {
  finished: number;
  /** Ratings the visitors gave (not defaulted, not void). */
  rated: number;
  defaulted: number;
  satisfied: number;
  bad: number;
  casesOpened: number;
  casesClosedOnTime: number;
  /** 参评率, 0–1. */
  ratedRate: number | null;
  /** 满意率, 0–1. */
  satisfactionRate: number | null;
  /** 差评率, 0–1. */
  badRate: number | null;
  /** 差评整改率, 0–1. */
  rectificationRate: number | null;
}

const rate = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export function ratingFigures(
  finished: number,
  ratings: readonly FigureRating[],
  cases: readonly FigureCase[],
): RatingFigures {
  const counted = ratings.filter((r) => !r.void);
  const rated = counted.filter((r) => !r.defaulted).length;
  const satisfied = counted.filter((r) => isSatisfied(r.level)).length;
  const bad = counted.filter((r) => isBadRating(r.level)).length;
  const opened = cases.filter((c) => c.status !== 'voided');
  const onTime = opened.filter((c) => c.status === 'closed' && !c.rectifiedLate).length;
  return {
    finished,
    rated,
    defaulted: counted.length - rated,
    satisfied,
    bad,
    casesOpened: opened.length,
    casesClosedOnTime: onTime,
    ratedRate: rate(rated, finished),
    satisfactionRate: rate(satisfied, counted.length),
    badRate: rate(bad, counted.length),
    rectificationRate: rate(onTime, opened.length),
  };
}
