/**
 * Where a ticket's visitor goes (issue 16): the unit's and item's names, the
 * zone, and the windows that serve the ticket today — its target window, or
 * its unit's windows by today's rota. Read for every ticket view, so the
 * answer is kept per catalogue (a catalogue change loads a new object) and
 * per unit, weekday and target: a window's whole queue looks the rota up once.
 */
import {
  businessTime,
  windowsServingUnit,
  type Catalog,
  type HallState,
  type IsoWeekday,
  type Ticket,
} from '@hallq/core';

export interface TicketWhere {
  unitName?: string;
  itemName?: string;
  zone?: string;
  windowNumbers: number[];
}

const cache = new WeakMap<Catalog, Map<string, Omit<TicketWhere, 'itemName'>>>();

function windowsOf(
  catalog: Catalog,
  unitId: string,
  weekday: IsoWeekday,
  targetWindowId: string | undefined,
): Omit<TicketWhere, 'itemName'> {
  let perCatalog = cache.get(catalog);
  if (!perCatalog) cache.set(catalog, (perCatalog = new Map()));
  const key = `${unitId}|${weekday}|${targetWindowId ?? ''}`;
  const known = perCatalog.get(key);
  if (known) return known;
  const unit = catalog.units[unitId];
  const target = targetWindowId !== undefined ? catalog.windows[targetWindowId] : undefined;
  const windows = target ? [target] : windowsServingUnit(catalog, unitId, weekday);
  const zones = [...new Set(windows.map((w) => w.zone).filter((z) => z !== ''))];
  const zone = zones.length > 0 ? zones.join('、') : unit?.zone;
  const where = {
    ...(unit ? { unitName: unit.name } : {}),
    ...(zone ? { zone } : {}),
    windowNumbers: windows.map((w) => w.number),
  };
  perCatalog.set(key, where);
  return where;
}

export function ticketWhere(t: Ticket, state: HallState, now: number): TicketWhere {
  const { catalog } = state;
  const site = catalog.sites[t.siteId];
  const weekday = site ? businessTime(now, site.timeZone).weekday : 1;
  const item = catalog.items[t.itemId];
  return {
    ...windowsOf(catalog, t.unitId, weekday, t.targetWindowId),
    ...(item ? { itemName: item.name } : {}),
  };
}
