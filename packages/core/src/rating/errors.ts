/** The refusals of the rating rules; the protocol maps each to a status and messages. */
export type RatingErrorCode =
  | 'HALLQ_E_TICKET_NOT_FOUND'
  | 'HALLQ_E_TICKET_NOT_FINISHED'
  | 'HALLQ_E_ALREADY_RATED'
  | 'HALLQ_E_RATER_WRONG_WINDOW'
  | 'HALLQ_E_RATING_EXPIRED'
  | 'HALLQ_E_RATING_TAG_REQUIRED'
  | 'HALLQ_E_RATING_TAG_UNKNOWN'
  | 'HALLQ_E_CASE_STEP_NOT_ALLOWED'
  | 'HALLQ_E_CASE_OUTCOME'
  | 'HALLQ_E_NOTE_REQUIRED';

export type RatingCheck<T> = { ok: true; value: T } | { ok: false; code: RatingErrorCode };

export const refuse = (code: RatingErrorCode): { ok: false; code: RatingErrorCode } => ({
  ok: false,
  code,
});
