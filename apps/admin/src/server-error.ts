/**
 * Which form field a server refusal belongs to, so the console shows the
 * coded error next to it (and not only in a banner). The server names the
 * field in different ways: a code that is about one field
 * (HALLQ_E_USERNAME_TAKEN), a detail keyed by the field
 * (`{ ticketPrefix: 'A' }`, `{ field: 'printerUrl' }`), or a schema
 * problem with its JSON path (`"/dailyQuota must be >= 0"`).
 */
import { ApiError } from '@hallq/client';

const FIELD_OF_CODE: Record<string, string> = {
  HALLQ_E_USERNAME_TAKEN: 'username',
  HALLQ_E_WEAK_PASSWORD: 'password',
  HALLQ_E_WINDOW_NUMBER_TAKEN: 'number',
  HALLQ_E_WINDOW_NOT_FOUND: 'windowIds',
  HALLQ_E_ALIAS_INVALID: 'aliases',
  HALLQ_E_PAIRING_CODE: 'code',
  HALLQ_E_SETUP_CODE: 'code',
};

/** The field of `fields` the error is about, or undefined when it is about the whole form. */
export function fieldOfError(err: unknown, fields: readonly string[]): string | undefined {
  if (!(err instanceof ApiError)) return undefined;
  const has = (f: string | undefined): f is string => f !== undefined && fields.includes(f);
  const byCode = FIELD_OF_CODE[err.code];
  if (has(byCode)) return byCode;
  const details = err.details ?? {};
  if (typeof details.field === 'string' && has(details.field)) return details.field;
  const problems = Array.isArray(details.problems) ? details.problems : [];
  for (const p of problems) {
    const path = typeof p === 'string' ? /^\/([A-Za-z]+)/.exec(p)?.[1] : undefined;
    if (has(path)) return path;
  }
  // An id clash names the id it refused: with a prefix clash, the prefix.
  if (err.code === 'HALLQ_E_ID_TAKEN' && has('ticketPrefix') && 'ticketPrefix' in details)
    return 'ticketPrefix';
  return Object.keys(details).find((k) => has(k));
}
