/**
 * The deductions behind a score (P3–P5), each naming the alert, rating or
 * case it comes from, so that a score explains itself.
 */
import { overdueSteps } from '../rating/case-steps';
import type { AlertLevel } from '../supervision/types';
import type { RatingLevel } from '../rating/levels';
import type { ScoreAlert, ScoreCase, ScoreRating } from './facts';
import type { ScoringScheme } from './scheme';

export type ScoreRule =
  ScoreAlert['rule'] | 'bad-rating' | 'late-follow-up' | 'late-rectify' | 'satisfaction-bonus';

export interface Deduction {
  rule: ScoreRule;
  level?: AlertLevel | RatingLevel;
  /** What it does to the score: negative for a deduction, positive for a bonus. */
  points: number;
  at: number;
  alertId?: string;
  ratingId?: string;
  caseId?: string;
}

/** P3: an alert takes off its rule's points at the level it reached. */
export function alertDeduction(alert: ScoreAlert, scheme: ScoringScheme): Deduction | undefined {
  const points = scheme.alertPoints[alert.rule]?.[alert.level] ?? 0;
  if (points <= 0) return undefined;
  return {
    rule: alert.rule,
    level: alert.level,
    points: -points,
    at: alert.openedAt,
    alertId: alert.id,
  };
}

/** P4: a 差评 that was not voided takes off its level's points. */
export function ratingDeduction(rating: ScoreRating, scheme: ScoringScheme): Deduction | undefined {
  if (rating.void || rating.level === null || rating.level > 2) return undefined;
  const points = rating.level === 1 ? scheme.veryDissatisfiedPoints : scheme.dissatisfiedPoints;
  if (points <= 0) return undefined;
  return {
    rule: 'bad-rating',
    level: rating.level,
    points: -points,
    at: rating.at,
    ratingId: rating.id,
  };
}

/**
 * P5: a case whose 回访 or 整改 was recorded late, or is still not done
 * after its deadline at `now` (R10), takes off that step's points, once
 * per step. A voided or appealed case takes off nothing.
 */
export function caseDeductions(c: ScoreCase, scheme: ScoringScheme, now: number): Deduction[] {
  if (c.status === 'voided' || c.status === 'appealed') return [];
  const overdue = overdueSteps(c, now);
  const out: Deduction[] = [];
  const push = (rule: 'late-follow-up' | 'late-rectify', points: number, at: number) => {
    if (points > 0) out.push({ rule, points: -points, at, caseId: c.id, ratingId: c.ratingId });
  };
  if (c.followUpLate || overdue.includes('followUp'))
    push('late-follow-up', scheme.lateFollowUpPoints, c.followUpDueAt);
  if (c.rectifyLate || overdue.includes('rectify'))
    push('late-rectify', scheme.lateRectifyPoints, c.rectifyDueAt);
  return out;
}
