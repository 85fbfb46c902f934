import { describe, expect, it } from 'vitest';
import { checkRating, type RatedTicket, type RatingInput } from './check-rating';
import { RATING_DEFAULTS as S } from './settings';

const T0 = Date.UTC(2026, 2, 10, 2);
const done: RatedTicket = { id: 't1', status: 'done', windowId: 'w5', finishedAt: T0 };
const pad = (over: Partial<RatingInput> = {}): RatingInput => ({
  channel: 'pad',
  raterWindowId: 'w5',
  level: 5,
  at: T0 + 10_000,
  ...over,
});
const code = (r: ReturnType<typeof checkRating>) => (r.ok ? 'ok' : r.code);

describe('R3 one rating per finished ticket', () => {
  it('R3 a finished ticket is rated once (一次一评)', () => {
    expect(checkRating(done, false, pad(), S)).toEqual({
      ok: true,
      value: { ticketId: 't1', channel: 'pad', level: 5, tags: [], at: T0 + 10_000 },
    });
    expect(code(checkRating(done, true, pad(), S))).toBe('HALLQ_E_ALREADY_RATED');
  });

  it('R3 an unknown or unfinished ticket is not rated', () => {
    expect(code(checkRating(undefined, false, pad(), S))).toBe('HALLQ_E_TICKET_NOT_FOUND');
    const serving = { id: 't1', status: 'serving', windowId: 'w5' };
    expect(code(checkRating(serving, false, pad(), S))).toBe('HALLQ_E_TICKET_NOT_FINISHED');
    const noShow = { id: 't1', status: 'noShow', windowId: 'w5', finishedAt: T0 };
    expect(code(checkRating(noShow, false, pad(), S))).toBe('HALLQ_E_TICKET_NOT_FINISHED');
  });
});

describe('R4 who rates, and until when', () => {
  it("R4 the pad rates only its own window's tickets", () => {
    expect(code(checkRating(done, false, pad({ raterWindowId: 'w6' }), S))).toBe(
      'HALLQ_E_RATER_WRONG_WINDOW',
    );
  });

  it('R4 the pad takes it until its timeout and the grace, the phone for 7 days', () => {
    const padEnd = T0 + (60 + 30) * 1000;
    expect(code(checkRating(done, false, pad({ at: padEnd }), S))).toBe('ok');
    expect(code(checkRating(done, false, pad({ at: padEnd + 1 }), S))).toBe(
      'HALLQ_E_RATING_EXPIRED',
    );
    const phone = (at: number): RatingInput => ({ channel: 'phone', level: 4, at });
    expect(code(checkRating(done, false, phone(T0 + 7 * 86_400_000), S))).toBe('ok');
    expect(code(checkRating(done, false, phone(T0 + 7 * 86_400_000 + 1), S))).toBe(
      'HALLQ_E_RATING_EXPIRED',
    );
    expect(code(checkRating(done, false, phone(T0 - 1), S))).toBe('HALLQ_E_RATING_EXPIRED');
  });
});

describe('R5 reasons for a 差评', () => {
  it('R5 不满意 and 非常不满意 need at least one configured reason', () => {
    expect(code(checkRating(done, false, pad({ level: 2 }), S))).toBe(
      'HALLQ_E_RATING_TAG_REQUIRED',
    );
    expect(code(checkRating(done, false, pad({ level: 1, tags: [] }), S))).toBe(
      'HALLQ_E_RATING_TAG_REQUIRED',
    );
    const r = checkRating(
      done,
      false,
      pad({ level: 2, tags: ['等候时间长', '等候时间长'], comment: '  等了很久 ' }),
      S,
    );
    expect(r.ok && r.value).toMatchObject({ level: 2, tags: ['等候时间长'], comment: '等了很久' });
  });

  it('R5 a reason not in the list, or any reason on a good rating, is refused', () => {
    expect(code(checkRating(done, false, pad({ level: 1, tags: ['太热'] }), S))).toBe(
      'HALLQ_E_RATING_TAG_UNKNOWN',
    );
    expect(code(checkRating(done, false, pad({ level: 4, tags: ['等候时间长'] }), S))).toBe(
      'HALLQ_E_RATING_TAG_UNKNOWN',
    );
  });

  it('R5 a blank comment is left out', () => {
    const r = checkRating(done, false, pad({ comment: '   ' }), S);
    expect(r.ok && 'comment' in r.value).toBe(false);
  });
});
