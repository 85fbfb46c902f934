/**
 * The home screen's layout follows the hall's: a township's 一窗受理 unit
 * first (any of its items at any of its windows), units stationed whole,
 * units with a permanent window, then the units sharing comprehensive
 * windows on a weekly rota. A unit is choosable only when a window serves it today.
 */
import type { CatalogReply, UnitView } from '@hallq/protocol';

export type UnitKind = UnitView['kind'];
/** A unit's group on the home screen: its kind, or `intake` for a township's 一窗受理 unit. */
export type GroupKind = UnitKind | 'intake';

export const UNIT_KIND_ORDER: readonly GroupKind[] = [
  'intake',
  'whole',
  'permanent',
  'comprehensive',
];

export interface UnitGroup {
  kind: GroupKind;
  units: UnitView[];
}

const groupOf = (u: UnitView): GroupKind => (u.intake ? 'intake' : u.kind);

/** Units in the hall's order; `siteId` narrows to one site's units when the catalogue holds several. */
export function groupUnits(catalog: Pick<CatalogReply, 'units'>, siteId?: string): UnitGroup[] {
  const units = siteId ? catalog.units.filter((u) => u.siteId === siteId) : catalog.units;
  return UNIT_KIND_ORDER.map((kind) => ({
    kind,
    units: units.filter((u) => groupOf(u) === kind),
  })).filter((g) => g.units.length > 0);
}

/** A unit can be chosen when a window serves it today. */
export const isChoosable = (unit: UnitView): boolean => unit.servedToday;

/** An item is sold out when it has a quota and none is left today. */
export const isSoldOut = (item: { dailyQuota?: number; remainingToday?: number }): boolean =>
  item.dailyQuota !== undefined && (item.remainingToday ?? 0) <= 0;
