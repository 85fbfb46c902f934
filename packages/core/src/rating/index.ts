/**
 * 好差评: the rating rules (R1–R14 of ../../SPEC.md). Pure: the time comes
 * with each call, the official calendar as an argument.
 */
export {
  RATING_LEVELS,
  LEVEL_NAMES,
  isRatingLevel,
  isBadRating,
  isSatisfied,
  type RatingLevel,
} from './levels';
export { RATING_DEFAULTS, ratingSettings, type RatingSettings } from './settings';
export type { RatingErrorCode, RatingCheck } from './errors';
export { ratingClosesAt, isRatingOpen, closeUnrated, type RatingChannel } from './rating-window';
export {
  checkRating,
  type RatedTicket,
  type RatingInput,
  type AcceptedRating,
} from './check-rating';
export { caseDeadlines, type CaseDeadlines } from './case-deadlines';
export {
  decideCaseStep,
  overdueSteps,
  type CaseStatus,
  type CaseStepKind,
  type CaseOutcome,
  type CaseState,
  type CaseStep,
  type StepResult,
} from './case-steps';
export { ratingFigures, type FigureRating, type FigureCase, type RatingFigures } from './figures';
export {
  integrityFlags,
  INTEGRITY_DEFAULTS,
  type IntegrityFlag,
  type IntegritySettings,
  type ClerkRatings,
} from './integrity';
export { checkRectificationRating } from './rectification-rating';
