import { describe, expect, it } from 'vitest';
import { TUE_0800 } from '../test-support/fixture';
import { apply, fresh, issue, signIn } from '../test-support/run';
import { input } from '../test-support/supervision';
import { conditionsOf } from './evaluate';
import { rating } from './rating';
import type { OpenCase } from './types';

const bad: OpenCase = {
  id: 'case-1',
  ticketId: 't1',
  ticketNumber: 'A001',
  unitId: 'yibao',
  windowId: 'w1',
  staffId: 's1',
  level: 1,
  status: 'open',
  followUpDueDay: '2026-11-24',
  followUpDueAt: TUE_0800 + 16 * 3_600_000,
  rectifyDueDay: '2026-11-30',
  rectifyDueAt: TUE_0800 + 7 * 86_400_000,
};

describe('S12 rating', () => {
  it('S12 a 差评 is red at once on its window and clerk while its case is open', () => {
    expect(rating.evaluate(input(fresh(), { cases: [bad] }))).toEqual([
      {
        key: 'rating:bad:case-1',
        rule: 'rating',
        level: 'red',
        siteId: 'hall',
        windowId: 'w1',
        ticketId: 't1',
        unitId: 'yibao',
        staffId: 's1',
        detail: { kind: 'bad', caseId: 'case-1', number: 'A001', ratingLevel: 1 },
      },
    ]);
    expect(rating.evaluate(input(fresh(), { cases: [] }))).toEqual([]);
    expect(
      rating.closedBecause(
        { rule: 'rating', siteId: 'hall', detail: { kind: 'bad' } },
        input(fresh()),
      ),
    ).toBe('case-closed');
  });

  it('S12 unrated share of a window’s day: yellow from the site’s share, never red', () => {
    const state = apply(fresh(), signIn('w1', 's1')).state;
    const at = (unrated: number, finished = 10) =>
      rating.evaluate(input(state, { windowRatings: [{ windowId: 'w1', finished, unrated }] }));
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([
      {
        key: 'rating:unrated:w1:2026-11-23',
        rule: 'rating',
        level: 'yellow',
        siteId: 'hall',
        windowId: 'w1',
        staffId: 's1',
        detail: {
          kind: 'unrated',
          unrated: 3,
          finished: 10,
          sharePercent: 30,
          limitPercent: 30,
          day: '2026-11-23',
        },
      },
    ]);
    expect(at(6)[0]?.level).toBe('yellow');
    expect(at(10)[0]?.level).toBe('yellow');
  });

  it('S12 not before the window finished the minimum, and off at 0', () => {
    const at = (unrated: number, finished: number, over = {}) =>
      rating.evaluate(
        input(fresh(), {
          settings: { ...input(fresh()).settings, ...over },
          windowRatings: [{ windowId: 'w1', finished, unrated }],
        }),
      );
    expect(at(4, 4)).toEqual([]);
    expect(at(5, 5)[0]?.level).toBe('yellow');
    expect(at(5, 5, { unratedSharePercent: 0 })).toEqual([]);
    expect(at(1, 2, { unratedMinFinished: 2 })[0]?.level).toBe('yellow');
  });

  it('S12 is among the site’s conditions; a new day is a new cause', () => {
    const windowRatings = [{ windowId: 'w1', finished: 10, unrated: 4 }];
    const [monday] = conditionsOf(input(fresh(), { windowRatings })).filter(
      (c) => c.rule === 'rating',
    );
    expect(monday?.key).toBe('rating:unrated:w1:2026-11-23');
    const tuesday = apply(fresh(), issue('t9', 'yb-reg', TUE_0800)).state;
    expect(rating.closedBecause(monday!, input(tuesday, { now: TUE_0800 }))).toBe('day-closed');
    expect(rating.closedBecause(monday!, input(fresh()))).toBe('condition-cleared');
  });
});
