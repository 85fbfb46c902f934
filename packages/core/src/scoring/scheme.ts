/**
 * 绩效考评's scoring scheme (P1), kept on the site as `site.scoring` and
 * changed with the site settings. A score starts at `baseScore`; each alert
 * (by rule and level), each 差评 and each late rectification step takes off
 * its points; a high 满意率 adds a bonus. The cut-offs turn a score into
 * 优秀, 良好, 合格 or 不合格. Absent settings take the defaults below.
 */
import type { AlertLevel, AlertRule } from '../supervision/types';

export type AlertPoints = Readonly<Record<AlertLevel, number>>;

export interface ScoringScheme {
  baseScore: number;
  /** Points off per alert, by rule and by the level it reached (a rule not listed: none). */
  alertPoints: Readonly<Partial<Record<AlertRule, AlertPoints>>>;
  /** Points off per 不满意 (level 2) that was not voided. */
  dissatisfiedPoints: number;
  /** Points off per 非常不满意 (level 1) that was not voided. */
  veryDissatisfiedPoints: number;
  /** Points off per case whose 回访 came (or is still due) after its deadline. */
  lateFollowUpPoints: number;
  /** Points off per case whose 整改 came (or is still due) after its deadline. */
  lateRectifyPoints: number;
  /** Points added when the 满意率 of the period reaches `bonusSatisfactionRate`… */
  bonusPoints: number;
  bonusSatisfactionRate: number;
  /** …over at least this many ratings. */
  bonusMinRatings: number;
  /** A score at or above each cut-off has that grade; below `pass` it is 不合格. */
  grades: Readonly<{ excellent: number; good: number; pass: number }>;
}

/** What a site stores: any part of the scheme; alert points per rule. */
export type ScoringOverrides = Partial<Omit<ScoringScheme, 'alertPoints' | 'grades'>> & {
  alertPoints?: Partial<Record<AlertRule, AlertPoints>>;
  grades?: Partial<ScoringScheme['grades']>;
};

export const SCORING_DEFAULTS: Readonly<ScoringScheme> = Object.freeze({
  baseScore: 100,
  alertPoints: Object.freeze({
    'long-wait': { yellow: 0.5, red: 1 },
    'service-overrun': { yellow: 0.5, red: 1 },
    'window-idle': { yellow: 1, red: 2 },
    'window-absent': { yellow: 1, red: 2 },
    'hall-backup': { yellow: 1, red: 2 },
    'device-fault': { yellow: 0, red: 0 },
    fairness: { yellow: 1, red: 2 },
    'proxy-overdue': { yellow: 1, red: 2 },
    // A 差评 and a late step already take off their own points (P4, P5): their
    // red alerts add nothing; a window's unrated share (yellow) does.
    rating: { yellow: 1, red: 0 },
    'rectification-overdue': { yellow: 0, red: 0 },
  }),
  dissatisfiedPoints: 2,
  veryDissatisfiedPoints: 3,
  lateFollowUpPoints: 1,
  lateRectifyPoints: 2,
  bonusPoints: 2,
  bonusSatisfactionRate: 0.98,
  bonusMinRatings: 20,
  grades: Object.freeze({ excellent: 95, good: 85, pass: 70 }),
});

/** The site's scheme: its own settings over the defaults (alert points rule by rule). */
export function scoringScheme(overrides: ScoringOverrides = {}): ScoringScheme {
  return {
    ...SCORING_DEFAULTS,
    ...overrides,
    alertPoints: { ...SCORING_DEFAULTS.alertPoints, ...overrides.alertPoints },
    grades: { ...SCORING_DEFAULTS.grades, ...overrides.grades },
  };
}

/** Overrides merged over a site's stored ones (what PATCH /sites does). */
export function mergeScoring(
  before: ScoringOverrides = {},
  change: ScoringOverrides,
): ScoringOverrides {
  return {
    ...before,
    ...change,
    ...(before.alertPoints || change.alertPoints
      ? { alertPoints: { ...before.alertPoints, ...change.alertPoints } }
      : {}),
    ...(before.grades || change.grades ? { grades: { ...before.grades, ...change.grades } } : {}),
  };
}

/** Why a scheme cannot grade: cut-offs out of order, or above the base score. */
export function schemeProblem(scheme: ScoringScheme): string | undefined {
  const { excellent, good, pass } = scheme.grades;
  if (!(excellent > good && good > pass)) return 'gradesOutOfOrder';
  if (excellent > scheme.baseScore + scheme.bonusPoints) return 'excellentUnreachable';
  return undefined;
}
