/**
 * Which units a window serves on a weekday (Q6). Comprehensive windows follow
 * their weekly rota; every other window serves all its units every day, so a
 * demo works on any day of the week. The windows serving a unit are looked
 * up in catalog-index.ts.
 */
import type { IsoWeekday, Window } from './model';

/** Units `window` serves on `weekday`. */
export function unitsServedBy(window: Window, weekday: IsoWeekday): string[] {
  if (window.kind === 'comprehensive' && window.rota) {
    const unitId = window.rota[weekday];
    return unitId === undefined ? [] : [unitId];
  }
  return window.unitIds;
}
