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
  /** This many alike ratings (a store's grouped count); 1 when absent. */
  n?: number;
}

export interface FigureCase {
  status: 'open' | 'followedUp' | 'rectified' | 'appealed' | 'closed' | 'voided';
  /** A 整改 step was recorded after its deadline. */
  rectifiedLate: boolean;
  /** This many alike cases; 1 when absent. */
  n?: number;
}

/** How many a row stands for. */
const weight = (x: { n?: number }): number => x.n ?? 1;
const count = <T extends { n?: number }>(xs: readonly T[], keep: (x: T) => boolean): number =>
  xs.reduce((sum, x) => (keep(x) ? sum + weight(x) : sum), 0);

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
  const counted = count(ratings, (r) => !r.void);
  const rated = count(ratings, (r) => !r.void && !r.defaulted);
  const satisfied = count(ratings, (r) => !r.void && isSatisfied(r.level));
  const bad = count(ratings, (r) => !r.void && isBadRating(r.level));
  const opened = count(cases, (c) => c.status !== 'voided');
  const onTime = count(cases, (c) => c.status === 'closed' && !c.rectifiedLate);
  return {
    finished,
    rated,
    defaulted: counted - rated,
    satisfied,
    bad,
    casesOpened: opened,
    casesClosedOnTime: onTime,
    ratedRate: rate(rated, finished),
    satisfactionRate: rate(satisfied, counted),
    badRate: rate(bad, counted),
    rectificationRate: rate(onTime, opened),
  };
}
