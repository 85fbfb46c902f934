/**
 * What a score is computed from: the alerts of the period (from the alerts
 * read model), the ratings given in it and the rectification cases opened
 * in it (from the ratings read model), each with the clerk and the unit it
 * counts against. The server resolves those; the rules only read them.
 */
import type { AlertLevel, AlertRule } from '../supervision/types';
import type { CaseStatus } from '../rating/case-steps';
import type { RatingLevel } from '../rating/levels';

export interface ScoreAlert {
  id: string;
  rule: AlertRule;
  /** The level it reached (an escalated alert counts as red). */
  level: AlertLevel;
  openedAt: number;
  staffId?: string;
  unitId?: string;
  /**
   * This many alike alerts (a store's grouped count; 1 when absent): one
   * rule, level, clerk and unit, opened from `openedAt` to `lastAt`.
   */
  n?: number;
  lastAt?: number;
}

export interface ScoreRating {
  id: string;
  /** null: unrated (counts for nothing). */
  level: RatingLevel | null;
  /** A void rating (an appeal upheld) counts for nothing. */
  void: boolean;
  at: number;
  staffId?: string;
  unitId?: string;
  /**
   * This many alike ratings (a store's grouped count; 1 when absent). Only
   * ratings that deduct nothing (满意 and above, or void) may be grouped:
   * they count in the bonus's 满意率 only.
   */
  n?: number;
}

export interface ScoreCase {
  id: string;
  ratingId: string;
  status: CaseStatus;
  openedAt: number;
  followUpDueAt: number;
  rectifyDueAt: number;
  /** A 回访 / 整改 step was recorded after its deadline. */
  followUpLate: boolean;
  rectifyLate: boolean;
  staffId?: string;
  unitId?: string;
}

export interface ScoreFacts {
  alerts: readonly ScoreAlert[];
  ratings: readonly ScoreRating[];
  cases: readonly ScoreCase[];
}

export type ScoreBy = 'clerk' | 'unit';

/** The clerk or the unit a fact counts against in a view `by`. */
export const subjectOf = (
  fact: { staffId?: string; unitId?: string },
  by: ScoreBy,
): string | undefined => (by === 'clerk' ? fact.staffId : fact.unitId);
