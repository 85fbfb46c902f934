import { describe, expect, it } from 'vitest';
import { checkRectificationRating } from './rectification-rating';

const DAY = 86_400_000;
const closed = { status: 'closed' as const, closedAt: 1_000 };
const code = (r: ReturnType<typeof checkRectificationRating>) => (r.ok ? 'ok' : r.code);

describe('R14 the visitor rates the rectification', () => {
  it('R14 once the case is closed, once, within the phone’s days', () => {
    expect(checkRectificationRating(closed, 4, 2_000, { phoneDays: 7 })).toEqual({
      ok: true,
      value: { level: 4, at: 2_000 },
    });
    expect(
      code(checkRectificationRating({ ...closed, visitorLevel: 5 }, 4, 2_000, { phoneDays: 7 })),
    ).toBe('HALLQ_E_ALREADY_RATED');
    expect(code(checkRectificationRating(closed, 4, 1_000 + 7 * DAY + 1, { phoneDays: 7 }))).toBe(
      'HALLQ_E_RATING_EXPIRED',
    );
  });

  it('R14 not before the case is closed, nor a voided one', () => {
    for (const status of ['open', 'followedUp', 'rectified', 'appealed', 'voided'] as const)
      expect(code(checkRectificationRating({ status }, 4, 2_000, { phoneDays: 7 }))).toBe(
        'HALLQ_E_CASE_STEP_NOT_ALLOWED',
      );
  });
});
