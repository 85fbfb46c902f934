/**
 * Which units a window serves on a weekday (Q6). Comprehensive windows follow
 * their weekly rota; every other window serves all its units every day, so a
 * demo works on any day of the week.
 */
import type { Catalog, IsoWeekday, Window } from './model';

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Units `window` serves on `weekday`. */
export function unitsServedBy(window: Window, weekday: IsoWeekday): string[] {
  if (window.kind === 'comprehensive' && window.rota) {
    const unitId = window.rota[weekday];
    return unitId === undefined ? [] : [unitId];
  }
  return window.unitIds;
}

/** Windows of the unit's site that serve it on `weekday`, by window number. */
export function windowsServingUnit(
  catalog: Catalog,
  unitId: string,
  weekday: IsoWeekday,
): Window[] {
  const unit = catalog.units[unitId];
  if (!unit) return [];
  return Object.values(catalog.windows)
    .filter((w) => w.siteId === unit.siteId && unitsServedBy(w, weekday).includes(unitId))
    .sort((a, b) => a.number - b.number);
}

/** The weekdays (ascending) on which some window serves the unit, e.g. [1, 4] → "周一、周四办理". */
export function servedWeekdays(catalog: Catalog, unitId: string): IsoWeekday[] {
  return WEEKDAYS.filter((weekday) => windowsServingUnit(catalog, unitId, weekday).length > 0);
}
