/**
 * What the big screen draws, derived from the live snapshot and the
 * catalogue, limited to the screen's zone/units. Pure, so the limiting rules
 * are unit-tested rather than eyeballed.
 */
import type { CatalogReply, HallSnapshot, RecentCall } from '@hallq/protocol';

type Catalog = Pick<CatalogReply, 'units' | 'windows'>;

export interface Scope {
  windowIds: ReadonlySet<string>;
  unitIds: ReadonlySet<string>;
}

/** The windows and units a limited screen covers; undefined = the whole hall. */
export function scopeOf(
  catalog: Catalog,
  limit: { zone?: string; unitIds?: string[] },
): Scope | undefined {
  if (!limit.zone && !limit.unitIds) return undefined;
  const wanted = limit.unitIds ? new Set(limit.unitIds) : undefined;
  const windows = catalog.windows.filter(
    (w) =>
      (!limit.zone || w.zone === limit.zone) && (!wanted || w.unitIds.some((u) => wanted.has(u))),
  );
  const unitIds = new Set<string>();
  for (const w of windows) for (const u of w.unitIds) if (!wanted || wanted.has(u)) unitIds.add(u);
  if (wanted && !limit.zone) for (const u of wanted) unitIds.add(u);
  return { windowIds: new Set(windows.map((w) => w.id)), unitIds };
}

export const inScope = (scope: Scope | undefined, windowId: string) =>
  !scope || scope.windowIds.has(windowId);

export interface UnitWaiting {
  unitId: string;
  name: string;
  waiting: number;
}

export interface RotaRow {
  windowNumber: number;
  /** Today's unit, or undefined on a day without service (weekend). */
  today: string | undefined;
  /** Mon–Fri: 1..7 → unit short name. */
  week: { weekday: number; unit: string }[];
}

/** One open window on the 正在办理 board. */
export interface ServingRow {
  windowNumber: number;
  state: 'called' | 'serving' | 'idle' | 'paused';
  /** The ticket at the window (called or serving). */
  number?: string;
}

export interface HallView {
  calls: RecentCall[];
  /** Units with people waiting, in catalogue order (a unit keeps its place as counts change). */
  units: UnitWaiting[];
  /** Units served today (in scope) with nobody waiting: one line, not a row each. */
  idleUnits: number;
  /** Each staffed window in scope, by number: what it is serving now. */
  serving: ServingRow[];
  rota: RotaRow[];
}

export const MAX_LISTED_CALLS = 12;

export function deriveHallView(
  snapshot: HallSnapshot,
  catalog: Catalog,
  scope: Scope | undefined,
): HallView {
  const shortName = new Map(catalog.units.map((u) => [u.id, u.shortName]));
  const waiting = new Map(snapshot.units.map((u) => [u.unitId, u.waiting]));
  const calls = snapshot.recentCalls
    .filter((c) => inScope(scope, c.window.id))
    .slice(0, MAX_LISTED_CALLS);
  const listed = catalog.units
    .filter(
      (u) => (!scope || scope.unitIds.has(u.id)) && (u.servedToday || (waiting.get(u.id) ?? 0) > 0),
    )
    .map((u) => ({ unitId: u.id, name: u.shortName, waiting: waiting.get(u.id) ?? 0 }));
  const units = listed.filter((u) => u.waiting > 0);
  const serving = snapshot.windows
    .filter((w) => w.status !== 'signedOut' && inScope(scope, w.id))
    .sort((a, b) => a.number - b.number)
    .map((w): ServingRow => {
      const state = w.status === 'paused' ? 'paused' : (w.current?.status ?? 'idle');
      return {
        windowNumber: w.number,
        state,
        ...(w.current && state !== 'paused' ? { number: w.current.number } : {}),
      };
    });
  const rota = catalog.windows
    .filter((w) => w.rota && (!scope || scope.windowIds.has(w.id)))
    .map((w) => ({
      windowNumber: w.number,
      today: w.todayUnitIds.map((u) => shortName.get(u) ?? u)[0],
      week: Object.entries(w.rota ?? {})
        .map(([d, u]) => ({ weekday: Number(d), unit: shortName.get(u) ?? u }))
        .sort((a, b) => a.weekday - b.weekday),
    }));
  return { calls, units, idleUnits: listed.length - units.length, serving, rota };
}
