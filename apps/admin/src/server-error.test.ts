/** A server refusal lands beside the field it is about, whichever way the server names it. */
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, apiErrorFrom } from '@hallq/client';
import { fieldOfError } from './server-error';

const refusal = (code: string, details?: Record<string, unknown>) =>
  apiErrorFrom(400, { error: { code, message: '中文', messageEn: 'en', details } });

describe('fieldOfError', () => {
  const staffFields = ['username', 'password', 'name', 'windowIds'];

  it('a code about one field: the username taken, the weak password', () => {
    expect(fieldOfError(refusal('HALLQ_E_USERNAME_TAKEN', { username: 'w07' }), staffFields)).toBe(
      'username',
    );
    expect(fieldOfError(refusal('HALLQ_E_WEAK_PASSWORD', { reason: 'short' }), staffFields)).toBe(
      'password',
    );
  });

  it('a schema problem names its field by path', () => {
    const err = refusal('HALLQ_E_VALIDATION', { problems: ['/dailyQuota must be >= 0'] });
    expect(fieldOfError(err, ['name', 'dailyQuota'])).toBe('dailyQuota');
  });

  it('a detail keyed by the field, or { field }', () => {
    expect(
      fieldOfError(refusal('HALLQ_E_VALIDATION', { openingHours: { start: '12:00' } }), [
        'name',
        'openingHours',
      ]),
    ).toBe('openingHours');
    expect(
      fieldOfError(refusal('HALLQ_E_VALIDATION', { field: 'printerUrl' }), ['name', 'printerUrl']),
    ).toBe('printerUrl');
  });

  it('an id clash on the ticket prefix goes to the prefix, not the id', () => {
    const err = refusal('HALLQ_E_ID_TAKEN', { ticketPrefix: 'A', unitId: 'yibao' });
    expect(fieldOfError(err, ['id', 'ticketPrefix', 'name'])).toBe('ticketPrefix');
  });

  it('a refusal about no field of the form, or no refusal at all, belongs to the whole form', () => {
    expect(fieldOfError(refusal('HALLQ_E_FORBIDDEN', { role: 'admin' }), staffFields)).toBe(
      undefined,
    );
    expect(fieldOfError(new NetworkError(), staffFields)).toBe(undefined);
    expect(fieldOfError(new ApiError(409, 'HALLQ_E_WINDOW_NUMBER_TAKEN', 'x', 'x'), ['name'])).toBe(
      undefined,
    );
  });
});
