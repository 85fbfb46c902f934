/**
 * The visitor rates the rectification (R14): once a 差评's case is closed,
 * the visitor who gave it may say, once, within `phoneDays` of the closure,
 * how satisfied they are with what was done (浙江: the visitor rates again).
 */
import { refuse, type RatingCheck } from './errors';
import type { RatingLevel } from './levels';
import type { CaseStatus } from './case-steps';
import type { RatingSettings } from './settings';

const DAY_MS = 86_400_000;

export function checkRectificationRating(
  c: { status: CaseStatus; closedAt?: number; visitorLevel?: number },
  level: RatingLevel,
  at: number,
  settings: Pick<RatingSettings, 'phoneDays'>,
): RatingCheck<{ level: RatingLevel; at: number }> {
  if (c.status !== 'closed' || c.closedAt === undefined)
    return refuse('HALLQ_E_CASE_STEP_NOT_ALLOWED');
  if (c.visitorLevel !== undefined) return refuse('HALLQ_E_ALREADY_RATED');
  if (at > c.closedAt + settings.phoneDays * DAY_MS) return refuse('HALLQ_E_RATING_EXPIRED');
  return { ok: true, value: { level, at } };
}
