/**
 * Turns the 大安区 hall dataset (a copy of shared/data/dayan-hall.json kept in
 * the project so a fresh clone runs alone) into a core Catalog.
 */
import {
  unitForItemAt,
  type Catalog,
  type IsoWeekday,
  type Site,
  type SiteLevel,
  type Unit,
  type UnitKind,
  type WindowKind,
} from '@hallq/core';
import dataset from './dayan-hall.json' with { type: 'json' };
import { addTownshipHalls, type TownshipHall } from './townships';
import { addVillageRooms, type VillageRoom } from './villages';
import { addDemoGuides } from './guides';

interface DatasetSite {
  id: string;
  name: string;
  level: string;
  /** Absent: the file's district hall (for every site but that hall). */
  parentId?: string;
  /** A township's 综合受理 unit and the master items it takes (core Q26). */
  intakeUnitId?: string;
  enabledItemIds?: string[];
}
interface DatasetUnit {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  ticketPrefix: string;
  rotaWeekdays?: number[];
  /** The site the unit is stationed at; absent: the file's district hall. */
  siteId?: string;
}
interface DatasetItem {
  code: string;
  unitId: string;
  name: string;
  category: string;
  promisedDays: number;
  onTheSpot: boolean;
  /** What visitors call it (医保卡, 退休…), for the kiosk's search. */
  aliases?: string[];
}
interface DatasetWindow {
  /** Its id; absent: `w<number>`. Give one when two sites both have a window 1. */
  id?: string;
  number: number;
  name: string;
  zone: string;
  kind: string;
  unitIds: string[];
  label?: string;
  /** The site the window stands in; absent: the file's district hall. */
  siteId?: string;
}

/** The demo hall's own site: the district-level site of dayan-hall.json. */
export const DEMO_SITE_ID: string = (() => {
  const hall = dataset.sites.find((s) => s.level === 'district');
  if (!hall) throw new Error('dayan-hall.json names no district-level site');
  return hall.id;
})();

export interface CatalogOptions {
  timeZone: string;
}

/** The shape of a hall catalogue file (dayan-hall.json is one). */
export type HallDataset = typeof dataset;

/** The demo hall's catalogue: the file's, and the office guides of its 40 most-asked-for items (guides/). */
export function datasetCatalog(options: CatalogOptions): Catalog {
  const catalog = catalogFromDataset(dataset, options);
  addDemoGuides(
    catalog,
    new Map(
      dataset.units.map((u) => [u.id, (u as { officialName?: string }).officialName ?? u.name]),
    ),
  );
  return catalog;
}

/**
 * The demo: the district hall of the file, its 16 township halls
 * (townships.ts) and the 38 village rooms under them (villages.ts).
 */
export function demoCatalog(options: CatalogOptions): {
  catalog: Catalog;
  townships: TownshipHall[];
  villages: VillageRoom[];
} {
  const catalog = datasetCatalog(options);
  const townships = addTownshipHalls(
    catalog,
    DEMO_SITE_ID,
    dataset.sites.flatMap((s) =>
      s.level === 'township' && s.township !== undefined && s.townshipType !== undefined
        ? [{ id: s.id, township: s.township, townshipType: s.townshipType }]
        : [],
    ),
  );
  const villages = addVillageRooms(catalog, townships);
  return { catalog, townships, villages };
}

export function catalogFromDataset(dataset: HallDataset, options: CatalogOptions): Catalog {
  const catalog: Catalog = { sites: {}, units: {}, items: {}, windows: {} };
  for (const s of dataset.sites as DatasetSite[]) {
    const site: Site = {
      id: s.id,
      name: s.name,
      level: s.level as SiteLevel,
      ...(s.parentId !== undefined ? { parentId: s.parentId } : {}),
      ...(s.intakeUnitId !== undefined ? { intakeUnitId: s.intakeUnitId } : {}),
      ...(s.enabledItemIds ? { enabledItemIds: s.enabledItemIds } : {}),
      timeZone: options.timeZone,
      openingHours: [],
      workingWeekdays: [1, 2, 3, 4, 5],
      numberWidth: 3,
      priorityRatio: { priority: 2, ordinary: 1 },
    };
    catalog.sites[site.id] = site;
  }
  // A unit or window without a site of its own belongs to the file's
  // district-level hall (in dayan-hall.json: every one of them).
  const hall = Object.values(catalog.sites).find((s) => s.level === 'district');
  // The network is a tree (core Q26): a site without a parent hangs under the file's district hall.
  for (const site of Object.values(catalog.sites)) {
    if (hall && site.id !== hall.id && site.parentId === undefined) site.parentId = hall.id;
    if (site.parentId !== undefined && !catalog.sites[site.parentId])
      throw new Error(`catalogue file: site ${site.id} names no known parent ${site.parentId}`);
  }
  const siteOf = (entry: { siteId?: string }, what: string): string => {
    const id = entry.siteId ?? hall?.id;
    if (id === undefined || !catalog.sites[id]) {
      throw new Error(
        `catalogue file: ${what} names no known site (and the file has no district hall)`,
      );
    }
    return id;
  };
  const zoneOf = new Map<string, string>();
  for (const w of dataset.windows as DatasetWindow[]) {
    for (const u of w.unitIds) zoneOf.set(u, w.zone);
  }
  for (const u of dataset.units as DatasetUnit[]) {
    const unit: Unit = {
      id: u.id,
      siteId: siteOf(u, `unit ${u.id}`),
      name: u.name,
      shortName: u.shortName,
      ticketPrefix: u.ticketPrefix,
      kind: u.kind as UnitKind,
      ...(u.rotaWeekdays ? { rotaWeekdays: u.rotaWeekdays as IsoWeekday[] } : {}),
      ...(zoneOf.has(u.id) ? { zone: zoneOf.get(u.id) as string } : {}),
    };
    catalog.units[unit.id] = unit;
  }
  for (const i of dataset.items as DatasetItem[]) {
    catalog.items[i.code] = {
      id: i.code,
      unitId: i.unitId,
      code: i.code,
      name: i.name,
      category: i.category,
      promisedDays: i.promisedDays,
      onTheSpot: i.onTheSpot,
      // Intake of an application takes longer than an on-the-spot matter.
      expectedServiceMinutes: i.onTheSpot ? 8 : 15,
      ...(i.aliases?.length ? { aliases: i.aliases } : {}),
    };
  }
  // A rota names its window by id, or (as dayan-hall.json does) by number.
  const rotaByWindow = new Map<string, Record<string, string>>();
  for (const c of dataset.comprehensiveWindows as {
    windowId?: string;
    windowNumber: number;
    rota: Record<string, string>;
  }[]) {
    rotaByWindow.set(c.windowId ?? windowId(c.windowNumber), c.rota);
  }
  for (const w of dataset.windows as DatasetWindow[]) {
    const id = w.id ?? windowId(w.number);
    if (catalog.windows[id]) {
      throw new Error(
        `catalogue file: two windows have the id ${id} (give each window of a second site its own "id")`,
      );
    }
    const rota = rotaByWindow.get(id);
    catalog.windows[id] = {
      id,
      siteId: siteOf(w, `window ${w.number}`),
      number: w.number,
      name: w.label ? `${w.name}（${w.label}）` : w.name,
      zone: w.zone,
      kind: w.kind as WindowKind,
      unitIds: w.unitIds,
      ...(rota ? { rota: rota as Partial<Record<IsoWeekday, string>> } : {}),
    };
  }
  // Each enabled item must be one the site can take (an item of a site above, an intake unit of its own).
  for (const site of Object.values(catalog.sites)) {
    for (const id of site.enabledItemIds ?? []) {
      if (unitForItemAt(catalog, site.id, id) === undefined)
        throw new Error(`catalogue file: site ${site.id} cannot take item ${id}`);
    }
  }
  return catalog;
}

/** Window ids are stable and readable: w1 … w34. */
export const windowId = (n: number): string => `w${n}`;
