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
  /** The first (or only) one's time. */
  at: number;
  /** Alike alerts grouped (P3): how many, and the last one's opening. */
  n?: number;
  lastAt?: number;
  /** The alert behind it: only when it stands alone. */
  alertId?: string;
  ratingId?: string;
  caseId?: string;
}

/** Points to two decimals (P3, P6). */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * P3: an alert takes off its rule's points at the level it reached; a fact
 * standing for `n` alike alerts, `n` times that, as one deduction.
 */
export function alertDeduction(alert: ScoreAlert, scheme: ScoringScheme): Deduction | undefined {
  const points = scheme.alertPoints[alert.rule]?.[alert.level] ?? 0;
  if (points <= 0) return undefined;
  const n = alert.n ?? 1;
  if (n === 1)
    return {
      rule: alert.rule,
      level: alert.level,
      points: -points,
      at: alert.openedAt,
      alertId: alert.id,
    };
  return {
    rule: alert.rule,
    level: alert.level,
    points: -round2(points * n),
    at: alert.openedAt,
    n,
    lastAt: alert.lastAt ?? alert.openedAt,
  };
}

/**
 * P3: a subject's alert deductions of one rule and level as one, with
 * their count, their points summed and the first and last opening; a lone
 * one keeps its alert.
 */
export function groupAlertDeductions(deductions: readonly Deduction[]): Deduction[] {
  const groups = new Map<string, Deduction[]>();
  for (const d of deductions) {
    const key = `${d.rule}|${d.level}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.values()].map((g) => {
    if (g.length === 1) return g[0]!;
    let n = 0;
    let points = 0;
    let at = Infinity;
    let lastAt = -Infinity;
    for (const d of g) {
      n += d.n ?? 1;
      points += d.points;
      at = Math.min(at, d.at);
      lastAt = Math.max(lastAt, d.lastAt ?? d.at);
    }
    const { rule, level } = g[0]!;
    return {
      rule,
      ...(level !== undefined ? { level } : {}),
      points: round2(points),
      at,
      n,
      lastAt,
    };
  });
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
