import { describe, expect, it } from 'vitest';
import { ratingFigures, type FigureCase, type FigureRating } from './figures';

const r = (level: FigureRating['level'], more: Partial<FigureRating> = {}): FigureRating => ({
  level,
  defaulted: false,
  void: false,
  ...more,
});
const c = (status: FigureCase['status'], rectifiedLate = false): FigureCase => ({
  status,
  rectifiedLate,
});

describe('R11 figures', () => {
  it('R11 参评率, 满意率, 差评率 and 差评整改率 over a period', () => {
    const f = ratingFigures(10, [r(5), r(4), r(3), r(2), r(1)], [c('closed'), c('closed', true)]);
    expect(f).toMatchObject({ finished: 10, rated: 5, satisfied: 3, bad: 2 });
    expect(f.ratedRate).toBe(0.5);
    expect(f.satisfactionRate).toBe(0.6);
    expect(f.badRate).toBe(0.4);
    // One case closed on time, one whose 整改 was late.
    expect(f.rectificationRate).toBe(0.5);
  });

  it('R11 a voided rating and its case leave the figures; a default is not participation', () => {
    const f = ratingFigures(
      4,
      [r(1, { void: true }), r(3, { defaulted: true }), r(5)],
      [c('voided')],
    );
    expect(f).toMatchObject({ rated: 1, defaulted: 1, satisfied: 2, bad: 0, casesOpened: 0 });
    expect(f.ratedRate).toBe(0.25);
    expect(f.satisfactionRate).toBe(1);
    expect(f.rectificationRate).toBeNull();
  });

  it('R11 nothing to divide by is null, and open cases are not yet rectified', () => {
    expect(ratingFigures(0, [], [])).toMatchObject({
      ratedRate: null,
      satisfactionRate: null,
      badRate: null,
      rectificationRate: null,
    });
    expect(ratingFigures(1, [r(2)], [c('open')]).rectificationRate).toBe(0);
  });

  it('R11 a row standing for n alike ratings or cases counts as n of them', () => {
    const one = (x: FigureRating, k: number) => Array.from({ length: k }, () => x);
    const ratings = [r(5), r(2), r(3, { defaulted: true }), r(1, { void: true })];
    const counts = [7, 2, 3, 4];
    const cases = [c('closed'), c('closed', true), c('open'), c('voided')];
    const caseCounts = [2, 1, 3, 5];
    expect(
      ratingFigures(
        20,
        ratings.map((x, i) => ({ ...x, n: counts[i] })),
        cases.map((x, i) => ({ ...x, n: caseCounts[i] })),
      ),
    ).toEqual(
      ratingFigures(
        20,
        ratings.flatMap((x, i) => one(x, counts[i]!)),
        cases.flatMap((x, i) => Array.from({ length: caseCounts[i]! }, () => x)),
      ),
    );
  });
});
