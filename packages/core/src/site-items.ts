/**
 * The master catalogue and each site's enabled items (Q26). An item belongs
 * to one unit, at one site (its home). A site lower in the network takes an
 * item of an ancestor's catalogue when it lists the item in `enabledItemIds`:
 * the ticket is then queued at the site's `intakeUnitId` (its 一窗受理 unit),
 * numbered and counted at that site.
 */
import type { Catalog, Item, Site } from './model';

/** The site of the item's own unit, if both exist. */
export function homeSiteOf(catalog: Catalog, itemId: string): string | undefined {
  const item = Object.hasOwn(catalog.items, itemId) ? catalog.items[itemId] : undefined;
  const unit = item && catalog.units[item.unitId];
  return unit?.siteId;
}

/** Whether `ancestorId` is above `site` in the tree (its parent, or the parent's parent…). */
export function isAncestor(catalog: Catalog, ancestorId: string, site: Site): boolean {
  const seen = new Set<string>([site.id]);
  let parentId = site.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    if (parentId === ancestorId) return true;
    seen.add(parentId);
    parentId = catalog.sites[parentId]?.parentId;
  }
  return false;
}

/**
 * The unit of `siteId` that queues a ticket for `itemId`: the item's own unit
 * at its home site; at a site that enabled it, the site's intake unit; else
 * undefined (the item is not handled there).
 */
export function unitForItemAt(
  catalog: Catalog,
  siteId: string,
  itemId: string,
): string | undefined {
  const item: Item | undefined = Object.hasOwn(catalog.items, itemId)
    ? catalog.items[itemId]
    : undefined;
  const site = catalog.sites[siteId];
  if (!item || !site) return undefined;
  const home = homeSiteOf(catalog, itemId);
  if (home === siteId) return item.unitId;
  if (home === undefined || !site.enabledItemIds?.includes(itemId)) return undefined;
  if (!isAncestor(catalog, home, site)) return undefined;
  const intake = site.intakeUnitId === undefined ? undefined : catalog.units[site.intakeUnitId];
  return intake?.siteId === siteId ? intake.id : undefined;
}

/**
 * Every item a site handles: its own units' items, then its enabled master
 * items. A village room (Q27) queues nothing: its enabled items are the 代办
 * it takes in, listed with their home unit.
 */
export function itemsAtSite(catalog: Catalog, siteId: string): { item: Item; unitId: string }[] {
  const site = catalog.sites[siteId];
  if (site?.level === 'village') {
    return (site.enabledItemIds ?? []).flatMap((id) => {
      const item = Object.hasOwn(catalog.items, id) ? catalog.items[id] : undefined;
      return item ? [{ item, unitId: item.unitId }] : [];
    });
  }
  const own = Object.values(catalog.items)
    .filter((i) => catalog.units[i.unitId]?.siteId === siteId)
    .map((item) => ({ item, unitId: item.unitId }));
  const enabled = (catalog.sites[siteId]?.enabledItemIds ?? []).flatMap((id) => {
    const unitId = unitForItemAt(catalog, siteId, id);
    const item = catalog.items[id];
    return unitId !== undefined && item && item.unitId !== unitId ? [{ item, unitId }] : [];
  });
  return [...own, ...enabled];
}

/** 限号 (Q7) is the home hall's: only a ticket issued at the item's home site counts. */
export function countsTowardQuota(catalog: Catalog, ticket: { siteId: string; itemId: string }) {
  return homeSiteOf(catalog, ticket.itemId) === ticket.siteId;
}
