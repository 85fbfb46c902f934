/**
 * The demo hall's office guides (办事指南) for its 40 most-asked-for items:
 * each guide's own text (social-insurance.ts, licensing.ts) plus what every
 * item of a unit shares: who implements it (the unit's official name),
 * where (the windows serving the unit), when, and where to complain. Items
 * without one keep the kiosk's short guide. Demo only: a hall seeded from
 * its own catalogue file writes its guides in the console.
 */
import type { Catalog, ItemGuide } from '@hallq/core';
import { COMPLAINTS, HOURS } from './material';
import { LICENSING_GUIDES } from './licensing';
import { SOCIAL_INSURANCE_GUIDES } from './social-insurance';

export const DEMO_GUIDES = { ...SOCIAL_INSURANCE_GUIDES, ...LICENSING_GUIDES };

/** "5—8号窗口（A区）", "11号窗口（B区）": the windows of the unit's site that list it. */
export function placeOf(catalog: Catalog, unitId: string): string {
  const windows = Object.values(catalog.windows)
    .filter((w) => w.unitIds.includes(unitId))
    .sort((a, b) => a.number - b.number);
  if (windows.length === 0) return '';
  const first = windows[0]!;
  const last = windows[windows.length - 1]!;
  const numbers = first === last ? `${first.number}` : `${first.number}—${last.number}`;
  return `${numbers}号窗口（${first.zone}）`;
}

/** Adds the demo guides to the items of `catalog` that have one. */
export function addDemoGuides(catalog: Catalog, officialNames: ReadonlyMap<string, string>): void {
  for (const [code, text] of Object.entries(DEMO_GUIDES)) {
    const item = catalog.items[code];
    if (!item) continue;
    const unit = catalog.units[item.unitId];
    const guide: ItemGuide = {
      implementer: officialNames.get(item.unitId) ?? unit?.name ?? '',
      ...text,
      place: placeOf(catalog, item.unitId),
      hours: HOURS,
      complaintPhone: COMPLAINTS,
    };
    item.guide = guide;
  }
}
