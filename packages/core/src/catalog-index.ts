/**
 * The catalogue's lookups by site and by unit, built once per catalogue.
 *
 * A catalogue is never changed in place once the hall uses it (a change
 * makes a new one, and `evolve` keeps the same object), so an index kept in
 * a WeakMap under it stays true for its life and goes with it. The rules and
 * the wait estimate ask "the windows of this site" and "the windows serving
 * this unit today" for every site on every supervision pass and for every
 * ticket shown; without the index each answer walked every window of the
 * network (55 sites) and sorted them.
 *
 * The arrays handed out are shared: readonly, never to be changed by callers.
 */
import type { Catalog, IsoWeekday, Unit, Window } from './model';
import { unitsServedBy } from './rota';

export interface CatalogIndex {
  /** The site's windows, by window number. */
  windowsOf(siteId: string): readonly Window[];
  /** The site's units, in the catalogue's order. */
  unitsOf(siteId: string): readonly Unit[];
  /** Windows of the unit's site that serve it on `weekday`, by window number (Q6). */
  servingUnit(unitId: string, weekday: IsoWeekday): readonly Window[];
  /** Windows of `siteId` that serve the unit on `weekday`, by window number. */
  servingAt(siteId: string, unitId: string, weekday: IsoWeekday): readonly Window[];
}

const NONE: readonly never[] = Object.freeze([]);
const byNumber = (a: Window, b: Window): number => a.number - b.number;

function groupBySite<T extends { siteId: string }>(
  all: Record<string, T>,
  order?: (a: T, b: T) => number,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of Object.values(all)) {
    const list = out.get(x.siteId);
    if (list) list.push(x);
    else out.set(x.siteId, [x]);
  }
  if (order) for (const list of out.values()) list.sort(order);
  return out;
}

function build(catalog: Catalog): CatalogIndex {
  const windows = groupBySite(catalog.windows, byNumber);
  const units = groupBySite(catalog.units);
  /** `${siteId}|${weekday}|${unitId}` → the windows serving it, filled as asked. */
  const serving = new Map<string, readonly Window[]>();
  const servingAt = (siteId: string, unitId: string, weekday: IsoWeekday): readonly Window[] => {
    const key = `${siteId}|${weekday}|${unitId}`;
    let list = serving.get(key);
    if (list === undefined) {
      list = (windows.get(siteId) ?? NONE).filter((w) =>
        unitsServedBy(w, weekday).includes(unitId),
      );
      serving.set(key, list);
    }
    return list;
  };
  return {
    windowsOf: (siteId) => windows.get(siteId) ?? NONE,
    unitsOf: (siteId) => units.get(siteId) ?? NONE,
    servingAt,
    servingUnit(unitId, weekday) {
      const unit = Object.hasOwn(catalog.units, unitId) ? catalog.units[unitId] : undefined;
      return unit ? servingAt(unit.siteId, unitId, weekday) : NONE;
    },
  };
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

export function catalogIndex(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = build(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/** Windows of the unit's site that serve it on `weekday`, by window number. */
export function windowsServingUnit(
  catalog: Catalog,
  unitId: string,
  weekday: IsoWeekday,
): readonly Window[] {
  return catalogIndex(catalog).servingUnit(unitId, weekday);
}

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The weekdays (ascending) on which some window serves the unit, e.g. [1, 4] → "周一、周四办理". */
export function servedWeekdays(catalog: Catalog, unitId: string): IsoWeekday[] {
  return WEEKDAYS.filter((weekday) => windowsServingUnit(catalog, unitId, weekday).length > 0);
}
