/**
 * The catalogue (sites, units, items, windows) as stored rows of JSON. It is
 * configuration, not history: the seed and the CLI write it, the hall reads it.
 */
import type Database from 'better-sqlite3';
import type { Catalog, Item, Site, Unit, Window } from '@hallq/core';

type Kind = 'site' | 'unit' | 'item' | 'window';

/**
 * Records keyed by ids that come from requests: without a prototype, so an id
 * such as `constructor` or `__proto__` finds nothing instead of an Object
 * member (which answered GET /windows/constructor with a 500).
 */
const byId = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function loadCatalog(db: Database.Database): Catalog {
  const catalog: Catalog = { sites: byId(), units: byId(), items: byId(), windows: byId() };
  const rows = db.prepare(`SELECT kind, id, json FROM catalog`).all() as {
    kind: Kind;
    id: string;
    json: string;
  }[];
  for (const row of rows) {
    const value = JSON.parse(row.json);
    if (row.kind === 'site') catalog.sites[row.id] = value as Site;
    else if (row.kind === 'unit') catalog.units[row.id] = value as Unit;
    else if (row.kind === 'item') catalog.items[row.id] = value as Item;
    else catalog.windows[row.id] = value as Window;
  }
  return catalog;
}

export function saveCatalogEntry(
  db: Database.Database,
  kind: Kind,
  value: Site | Unit | Item | Window,
): void {
  db.prepare(`INSERT OR REPLACE INTO catalog (kind, id, json) VALUES (?, ?, ?)`).run(
    kind,
    value.id,
    JSON.stringify(value),
  );
}

export function saveCatalog(db: Database.Database, catalog: Catalog): void {
  db.transaction(() => {
    for (const s of Object.values(catalog.sites)) saveCatalogEntry(db, 'site', s);
    for (const u of Object.values(catalog.units)) saveCatalogEntry(db, 'unit', u);
    for (const i of Object.values(catalog.items)) saveCatalogEntry(db, 'item', i);
    for (const w of Object.values(catalog.windows)) saveCatalogEntry(db, 'window', w);
  })();
}
