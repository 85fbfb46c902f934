/**
 * 咨询导办: the hall's general-enquiry desk. A site's desks are its support
 * windows named 咨询导办; a unit those desks serve gives the enquiry item the
 * kiosk always offers, so a visitor whose unit or item is not served today
 * still leaves with a number (and a 过号 visitor knows where to be restored).
 */
import type { Catalog, Window } from '@hallq/core';

export const HELP_DESK_NAME = '咨询导办';

/** The site's 咨询导办 desks, by window number. */
export const helpDesksOf = (catalog: Catalog, siteId: string): Window[] =>
  Object.values(catalog.windows)
    .filter((w) => w.siteId === siteId && w.kind === 'support' && w.name.includes(HELP_DESK_NAME))
    .sort((a, b) => a.number - b.number);

/** The first enabled item of an enabled unit the desks serve; undefined when there is none. */
export function enquiryOf(
  catalog: Catalog,
  siteId: string,
): { unitId: string; itemId: string } | undefined {
  for (const desk of helpDesksOf(catalog, siteId)) {
    for (const unitId of desk.unitIds) {
      if (catalog.units[unitId]?.enabled === false) continue;
      const item = Object.values(catalog.items).find(
        (i) => i.unitId === unitId && i.enabled !== false,
      );
      if (item) return { unitId, itemId: item.id };
    }
  }
  return undefined;
}
