/**
 * Q27 A village agent's 代办 (全程代办). The agent's own site is a village
 * room; the item must be one the room takes in (its `enabledItemIds`), and
 * the handling site one above the room in the tree (its township or the
 * district) that handles the item (Q26: the item's home, or a site that
 * enabled it with an intake unit). The proxy ticket is queued at that
 * unit, but it is not a queue ticket: it is never called, never on the
 * hall screen, never found by call-next (Q28).
 */
import type { Catalog } from '../model';
import { isAncestor, unitForItemAt } from '../site-items';
import { refuseProxy, type ProxyCheck } from './errors';

export interface ProxyRegistration {
  /** The agent's own site (a village room). */
  agentSiteId: string;
  /** Where the 代办 is handled. */
  siteId: string;
  itemId: string;
  /** The materials received, by name. */
  materials: readonly string[];
}

/** The office guide's materials of the item, by name (empty: the item has no guide). */
export function guideMaterials(catalog: Catalog, itemId: string): string[] {
  const item = Object.hasOwn(catalog.items, itemId) ? catalog.items[itemId] : undefined;
  return (item?.guide?.materials ?? []).map((m) => m.name);
}

/** The unit of the handling site that takes the 代办, or the refusal. */
export function checkProxyRegistration(
  catalog: Catalog,
  r: ProxyRegistration,
): ProxyCheck<{ unitId: string }> {
  const room = catalog.sites[r.agentSiteId];
  const site = Object.hasOwn(catalog.sites, r.siteId) ? catalog.sites[r.siteId] : undefined;
  const item = Object.hasOwn(catalog.items, r.itemId) ? catalog.items[r.itemId] : undefined;
  if (!room || room.level !== 'village') return refuseProxy('HALLQ_E_PROXY_NOT_VILLAGE');
  if (!site) return refuseProxy('HALLQ_E_SITE_NOT_FOUND', { siteId: r.siteId });
  if (!item) return refuseProxy('HALLQ_E_ITEM_NOT_FOUND', { itemId: r.itemId });
  if (!room.enabledItemIds?.includes(r.itemId))
    return refuseProxy('HALLQ_E_PROXY_ITEM_NOT_TAKEN', { itemId: r.itemId });
  if (!isAncestor(catalog, site.id, room))
    return refuseProxy('HALLQ_E_PROXY_SITE_NOT_ABOVE', { siteId: site.id });
  const unitId = unitForItemAt(catalog, site.id, r.itemId);
  if (unitId === undefined)
    return refuseProxy('HALLQ_E_ITEM_NOT_AT_SITE', { itemId: r.itemId, siteId: site.id });
  if (item.enabled === false || catalog.units[item.unitId]?.enabled === false)
    return refuseProxy('HALLQ_E_ITEM_DISABLED', { itemId: r.itemId });
  const known = new Set(guideMaterials(catalog, r.itemId));
  const unknown = r.materials.filter((m) => !known.has(m));
  if (unknown.length > 0) return refuseProxy('HALLQ_E_PROXY_MATERIAL_UNKNOWN', { unknown });
  return { ok: true, value: { unitId } };
}
