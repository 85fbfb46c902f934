/**
 * What the rota grid warns about before it is saved, for the units of the
 * comprehensive windows (综合窗口 units come to the hall only on their days):
 * - a unit no window serves on any working day of the week;
 * - a unit that had a window on a working day and would lose it (the
 *   admin moved it away and nothing else covers that day).
 * Other windows (a unit's permanent window) count as covering it.
 */
import type { UnitView, WindowView } from '@hallq/protocol';

/** windowId → weekday ("1"…"7") → unitId ('' or absent: nobody). */
export type RotaDraft = Record<string, Record<string, string>>;

export type RotaWarning =
  { kind: 'noDay'; unitId: string } | { kind: 'lostDay'; unitId: string; weekday: number };

/** Units served on each weekday, with the comprehensive windows' rota taken from `rota`. */
function servedByDay(
  windows: readonly WindowView[],
  rota: RotaDraft,
  weekdays: readonly number[],
): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const d of weekdays) {
    const served = new Set<string>();
    for (const w of windows) {
      if (w.kind === 'comprehensive') {
        const u = rota[w.id]?.[String(d)];
        if (u) served.add(u);
      } else for (const u of w.unitIds) served.add(u);
    }
    out.set(d, served);
  }
  return out;
}

/** The saved rota of every comprehensive window, as a draft. */
export function rotaOf(windows: readonly WindowView[]): RotaDraft {
  return Object.fromEntries(
    windows.filter((w) => w.kind === 'comprehensive').map((w) => [w.id, { ...(w.rota ?? {}) }]),
  );
}

export function rotaWarnings(
  units: readonly UnitView[],
  windows: readonly WindowView[],
  draft: RotaDraft,
  workingWeekdays: readonly number[],
): RotaWarning[] {
  const before = servedByDay(windows, rotaOf(windows), workingWeekdays);
  const after = servedByDay(windows, draft, workingWeekdays);
  const warnings: RotaWarning[] = [];
  for (const unit of units) {
    if (unit.kind !== 'comprehensive' || unit.enabled === false) continue;
    const days = workingWeekdays.filter((d) => after.get(d)?.has(unit.id));
    if (days.length === 0) {
      warnings.push({ kind: 'noDay', unitId: unit.id });
      continue;
    }
    for (const d of workingWeekdays)
      if (before.get(d)?.has(unit.id) && !after.get(d)?.has(unit.id))
        warnings.push({ kind: 'lostDay', unitId: unit.id, weekday: d });
  }
  return warnings;
}
