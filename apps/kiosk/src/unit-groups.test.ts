import { describe, expect, it } from 'vitest';
import { groupUnits, isChoosable, isSoldOut } from './unit-groups';
import { testCatalog } from './test-catalog';

describe('groupUnits', () => {
  it('orders the groups as the hall is laid out: whole, permanent, comprehensive', () => {
    const groups = groupUnits(testCatalog());
    expect(groups.map((g) => g.kind)).toEqual(['whole', 'permanent', 'comprehensive']);
    expect(groups[2]?.units.map((u) => u.id)).toEqual(['jiaoyu', 'wenti']);
  });

  it("puts a township's 一窗受理 unit in its own group, first, not among the rota units", () => {
    const catalog = testCatalog();
    const intake = {
      ...catalog.units.find((u) => u.id === 'jiaoyu')!,
      id: 'twn-zh',
      rotaWeekdays: undefined,
      intake: true,
    };
    const groups = groupUnits({ units: [...catalog.units, intake] });
    expect(groups.map((g) => g.kind)).toEqual(['intake', 'whole', 'permanent', 'comprehensive']);
    expect(groups[0]?.units.map((u) => u.id)).toEqual(['twn-zh']);
    expect(groups[3]?.units.map((u) => u.id)).toEqual(['jiaoyu', 'wenti']);
  });

  it('narrows to one site when asked', () => {
    expect(groupUnits(testCatalog(), 'some-township')).toEqual([]);
  });
});

describe('isChoosable / isSoldOut', () => {
  it('a unit off its rota day cannot be chosen', () => {
    const units = testCatalog().units;
    expect(isChoosable(units.find((u) => u.id === 'jiaoyu')!)).toBe(true);
    expect(isChoosable(units.find((u) => u.id === 'wenti')!)).toBe(false);
  });

  it('an item is sold out only when it has a quota and none is left', () => {
    expect(isSoldOut({ dailyQuota: 5, remainingToday: 0 })).toBe(true);
    expect(isSoldOut({ dailyQuota: 5, remainingToday: 1 })).toBe(false);
    expect(isSoldOut({})).toBe(false);
  });
});
