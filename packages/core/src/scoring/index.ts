/**
 * 绩效考评: the scoring of clerks and units (P1–P7 of ../../SPEC.md). Pure:
 * the facts, the period and `now` are arguments.
 */
export {
  SCORING_DEFAULTS,
  scoringScheme,
  mergeScoring,
  schemeProblem,
  type ScoringScheme,
  type ScoringOverrides,
  type AlertPoints,
} from './scheme';
export { scoringPeriod, type ScoringPeriod } from './period';
export type { ScoreAlert, ScoreRating, ScoreCase, ScoreFacts, ScoreBy } from './facts';
export {
  alertDeduction,
  ratingDeduction,
  caseDeductions,
  type Deduction,
  type ScoreRule,
} from './deductions';
export {
  scoreRows,
  gradeOf,
  GRADE_NAMES,
  type Grade,
  type ScoreRow,
  type ScoreSubject,
} from './score';
