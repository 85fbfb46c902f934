/**
 * The 16 township and street centres (便民服务中心) of the demo as real halls
 * (core Q26): each gets a 综合受理 unit (prefix A, its own numbering), 2–4
 * 一窗受理 windows that serve it every working day, and a subset of the
 * district's master catalogue enabled there.
 *
 * Data notes — what is reconstructed, not sourced: the source article gives
 * only the count of centres; their names and division codes come from the
 * NBS 区划代码 (dayan-hall.json). The window counts (街道 3, 镇 3, the two
 * larger towns 牛佛镇 and 何市镇 4, 乡 2), the unit, and which items each
 * level takes are a plausible reconstruction: every centre takes the
 * residents' 医保 and 社保 matters, 户口迁移 help, 残疾人证, 个体工商户 and small
 * food shops; streets add the employers' 社保 registration, property and
 * urban-road matters; towns and 乡 add farming, forestry, rural land and
 * water matters. Real centres also handle local matters the district's list
 * lacks (低保, 临时救助, 高龄津贴…); those are not in the master catalogue, so
 * not here. Opening hours are left open, like the district's, so the demo
 * works at any hour.
 */
import type { Catalog, Site, Unit, Window } from '@hallq/core';

/** Every centre: residents' 医保 and 社保, 户口迁移, 残疾人证, 个体工商户, small food shops. */
const EVERY_CENTRE = [
  ...['YB002', 'YB004', 'YB005', 'YB006', 'YB007', 'YB008', 'YB009', 'YB010'],
  ...['SB003', 'SB004', 'SB005', 'SB006', 'SB007', 'SB008', 'SB009', 'SB010'],
  'GA001',
  ...['CL001', 'CL002', 'CL003'],
  ...['GS008', 'GS009', 'GS010'],
  ...['YJ001', 'YJ006', 'YJ007', 'YJ008'],
  'JY005',
];

/** 街道: employers' 社保, more food and trade licences, property, urban roads and green space. */
const STREET = [
  ...['SB001', 'SB002', 'YB003', 'GS005'],
  ...['YJ002', 'YJ003', 'YJ004', 'YJ005'],
  ...['FC004', 'FC005', 'ZJ007', 'ZJ010', 'WT003', 'WT004', 'WJ009'],
];

/** 镇 and 乡: co-operatives, rural graves, forestry and farming, rural land, water. */
const RURAL = [
  ...['GS007', 'MZ006', 'YB003'],
  ...['NL001', 'NL002', 'NL004', 'NL007', 'NL008', 'NL009'],
  ...['GT001', 'GT002', 'GT003', 'SW001'],
];

/** 镇 (larger than a 乡): more food licences and 出版物零售. */
const TOWN = ['YJ002', 'YJ003', 'YJ004', 'YJ005', 'WT003'];

/** The larger towns get a fourth window. */
const FOUR_WINDOWS = new Set(['牛佛镇', '何市镇']);

export interface TownshipHall {
  site: Site;
  unit: Unit;
  windows: Window[];
}

type TownshipType = '街道' | '镇' | '乡';

/** The items a centre of this type enables, in the master catalogue's order. */
export function townshipItems(type: TownshipType, catalog: Catalog): string[] {
  const ids = new Set([
    ...EVERY_CENTRE,
    ...(type === '街道' ? STREET : RURAL),
    ...(type === '镇' ? TOWN : []),
  ]);
  return Object.keys(catalog.items).filter((id) => ids.has(id));
}

function windowCount(type: TownshipType, township: string): number {
  if (type === '乡') return 2;
  return FOUR_WINDOWS.has(township) ? 4 : 3;
}

/**
 * Makes each township site of `catalog` a hall under `districtId`: its unit,
 * its windows and its enabled items. `townships` are the dataset's entries
 * (with the 乡镇 name and type). Returns what it added.
 */
export function addTownshipHalls(
  catalog: Catalog,
  districtId: string,
  townships: readonly { id: string; township: string; townshipType: string }[],
): TownshipHall[] {
  return townships.map((t) => {
    const type = t.townshipType as TownshipType;
    const unit: Unit = {
      id: `${t.id}-zh`,
      siteId: t.id,
      name: `${t.township}综合受理`,
      shortName: '综合受理',
      ticketPrefix: 'A',
      kind: 'comprehensive',
      zone: '便民服务大厅',
    };
    const windows: Window[] = Array.from({ length: windowCount(type, t.township) }, (_, i) => ({
      id: `${t.id}-w${i + 1}`,
      siteId: t.id,
      number: i + 1,
      name: `${i + 1}号综合窗口`,
      zone: '便民服务大厅',
      kind: 'comprehensive',
      unitIds: [unit.id],
    }));
    const before = catalog.sites[t.id];
    if (!before) throw new Error(`township ${t.id} is not a site of the catalogue`);
    const site: Site = {
      ...before,
      parentId: districtId,
      intakeUnitId: unit.id,
      enabledItemIds: townshipItems(type, catalog),
    };
    catalog.sites[site.id] = site;
    catalog.units[unit.id] = unit;
    for (const w of windows) catalog.windows[w.id] = w;
    return { site, unit, windows };
  });
}
