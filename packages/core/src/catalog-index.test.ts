import { describe, expect, it } from 'vitest';
import { catalogIndex, windowsServingUnit } from './catalog-index';
import type { Catalog, Window } from './model';
import { catalog } from './test-support/fixture';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('the catalogue index', () => {
  it("lists a site's windows by number and its units in the catalogue's order, and nothing for an unknown site", () => {
    const index = catalogIndex(catalog);
    expect(ids(index.windowsOf('hall'))).toEqual(['w1', 'w2', 'w3', 'w9']);
    expect(ids(index.windowsOf('town'))).toEqual(['t1']);
    expect(ids(index.unitsOf('hall'))).toEqual(['yibao', 'gongan', 'jiaoyu', 'wenti']);
    expect(index.windowsOf('nowhere')).toEqual([]);
    expect(index.unitsOf('nowhere')).toEqual([]);
  });

  it('Q6: follows the rota day by day for the windows serving a unit', () => {
    expect(ids(windowsServingUnit(catalog, 'jiaoyu', 1))).toEqual(['w9']);
    expect(ids(windowsServingUnit(catalog, 'jiaoyu', 2))).toEqual([]);
    expect(ids(windowsServingUnit(catalog, 'wenti', 2))).toEqual(['w9']);
    expect(ids(windowsServingUnit(catalog, 'yibao', 7))).toEqual(['w1', 'w2']);
    expect(windowsServingUnit(catalog, 'no-such-unit', 1)).toEqual([]);
    // Another site's windows never serve the unit there.
    expect(catalogIndex(catalog).servingAt('town', 'yibao', 1)).toEqual([]);
  });

  it('answers for the catalogue it was given: a changed catalogue (a new object) is indexed anew', () => {
    const before = catalogIndex(catalog);
    expect(catalogIndex(catalog)).toBe(before);
    const w4: Window = { ...(catalog.windows.w1 as Window), id: 'w4', number: 0 };
    const changed: Catalog = { ...catalog, windows: { ...catalog.windows, w4 } };
    expect(ids(catalogIndex(changed).windowsOf('hall'))).toEqual(['w4', 'w1', 'w2', 'w3', 'w9']);
    expect(ids(windowsServingUnit(changed, 'yibao', 1))).toEqual(['w4', 'w1', 'w2']);
    // The first catalogue's answers stand.
    expect(ids(before.windowsOf('hall'))).toEqual(['w1', 'w2', 'w3', 'w9']);
  });
});
