import { describe, expect, it } from 'vitest';
import { groupUnits, isChoosable, isSoldOut } from './unit-groups';
import { testCatalog } from './test-catalog';

describe('groupUnits', () => {
  it('orders the groups as the hall is laid out: whole, permanent, comprehensive', () => {
    const groups = groupUnits(testCatalog());
    expect(groups.map((g) => g.kind)).toEqual(['whole', 'permanent', 'comprehensive']);
    expect(groups[2]?.units.map((u) => u.id)).toEqual(['jiaoyu', 'wenti']);
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
