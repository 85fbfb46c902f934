/**
 * `seed --catalog <file>` reads a catalogue file through catalogFromDataset:
 * the sites the file gives its units and windows are kept, so a township's
 * own windows land in the township, not in the district hall.
 */
import { describe, expect, it } from 'vitest';
import dataset from './dayan-hall.json' with { type: 'json' };
import { catalogFromDataset, demoCatalog, type HallDataset } from './dataset';

const options = { timeZone: 'Asia/Shanghai' };

describe('a catalogue file', () => {
  it('puts units and windows without a site of their own in its district hall', () => {
    const catalog = catalogFromDataset(dataset, options);
    const district = Object.values(catalog.sites).find((s) => s.level === 'district');
    expect(district).toBeDefined();
    expect(new Set(Object.values(catalog.units).map((u) => u.siteId))).toEqual(
      new Set([district?.id]),
    );
  });

  it("keeps the site a unit or window names (a township's own window)", () => {
    const copy = structuredClone(dataset) as HallDataset;
    const township = copy.sites.find((s) => s.level === 'township');
    if (!township) throw new Error('the demo file lists townships');
    const unit = copy.units[0] as (typeof copy.units)[number] & { siteId?: string };
    unit.siteId = township.id;
    const window = copy.windows[0] as (typeof copy.windows)[number] & { siteId?: string };
    window.siteId = township.id;
    const catalog = catalogFromDataset(copy, options);
    expect(catalog.units[unit.id]?.siteId).toBe(township.id);
    expect(catalog.windows[`w${window.number}`]?.siteId).toBe(township.id);
    expect(catalog.units[copy.units[1]!.id]?.siteId).not.toBe(township.id);
  });

  it('refuses a unit that names a site the file does not have', () => {
    const copy = structuredClone(dataset) as HallDataset;
    (copy.units[0] as { siteId?: string }).siteId = 'atlantis';
    expect(() => catalogFromDataset(copy, options)).toThrow(/names no known site/);
  });
});

describe('a catalogue file with township halls (core Q26)', () => {
  /** The file with its first township given the first unit as its 综合受理 and two district items. */
  function withTownship(enabled: string[], parentId?: string) {
    const copy = structuredClone(dataset) as HallDataset;
    const site = copy.sites.find((s) => s.level === 'township') as Record<string, unknown>;
    const unit = copy.units[0] as (typeof copy.units)[number] & { siteId?: string };
    unit.siteId = site.id as string;
    Object.assign(site, { intakeUnitId: unit.id, enabledItemIds: enabled });
    if (parentId) site.parentId = parentId;
    return { copy, site: site.id as string, unit: unit.id };
  }

  it('keeps the intake unit and enabled items a site gives', () => {
    const { copy, site, unit } = withTownship(['SB005', 'GA001']);
    const catalog = catalogFromDataset(copy, options);
    expect(catalog.sites[site]).toMatchObject({
      parentId: 'district',
      intakeUnitId: unit,
      enabledItemIds: ['SB005', 'GA001'],
    });
  });

  it('refuses an item the site cannot take, or a parent the file does not have', () => {
    expect(() => catalogFromDataset(withTownship(['NOPE1']).copy, options)).toThrow(
      /cannot take item NOPE1/,
    );
    expect(() => catalogFromDataset(withTownship([], 'atlantis').copy, options)).toThrow(
      /no known parent atlantis/,
    );
  });
});

describe('the demo network (core Q26)', () => {
  const { catalog } = demoCatalog(options);
  const at = (siteId: string) => ({
    units: Object.values(catalog.units).filter((u) => u.siteId === siteId),
    windows: Object.values(catalog.windows).filter((w) => w.siteId === siteId),
  });

  it('keeps the district hall as it was: 32 units, 183 items, 34 windows', () => {
    expect(at('district').units).toHaveLength(32);
    expect(at('district').windows).toHaveLength(34);
    expect(Object.keys(catalog.items)).toHaveLength(183);
    expect(catalog.sites.district?.parentId).toBeUndefined();
  });

  it('makes each of the 16 township centres a hall under the district', () => {
    const townships = Object.values(catalog.sites).filter((s) => s.level === 'township');
    expect(townships).toHaveLength(16);
    for (const t of townships) {
      expect(t.parentId, t.id).toBe('district');
      const { units, windows } = at(t.id);
      expect(units.map((u) => u.id)).toEqual([t.intakeUnitId]);
      expect(windows.length, t.id).toBeGreaterThanOrEqual(2);
      expect(windows.length, t.id).toBeLessThanOrEqual(4);
      expect(windows.every((w) => w.kind === 'comprehensive' && !w.rota)).toBe(true);
      const items = t.enabledItemIds ?? [];
      expect(items.length, t.id).toBeGreaterThanOrEqual(40);
      expect(items.length, t.id).toBeLessThanOrEqual(60);
      // Every one an item of the district's master catalogue.
      for (const id of items)
        expect(catalog.units[catalog.items[id]!.unitId]?.siteId).toBe('district');
    }
  });
});
