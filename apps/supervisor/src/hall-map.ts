/**
 * The supervisor's hall map, derived: each window of the site as a tile in
 * its zone (state, clerk, the ticket at it, how long it has been serving,
 * idle or paused), from the live hall view, the catalogue and the server's
 * supervision figures. Pure, so the times and states are unit-tested.
 */
import type {
  AlertView,
  CatalogReply,
  HallSnapshot,
  SupervisionReply,
  WindowStateView,
} from '@hallq/protocol';

export type TileState = 'signedOut' | 'idle' | 'called' | 'serving' | 'paused';
export type Level = 'yellow' | 'red';

export interface WindowTile {
  id: string;
  number: number;
  name: string;
  state: TileState;
  /** Today's units, short names. */
  units: string[];
  clerk?: string;
  pauseReason?: string;
  pauseUntil?: string;
  ticket?: string;
  /** Since the ticket was called (called) or its service began (serving). */
  serviceMs?: number;
  /** Open with no ticket: since its last call or finish, or since it opened. */
  idleMs?: number;
  pausedMs?: number;
  /** The highest open alert naming this window. */
  alert?: Level;
}

export interface ZoneGroup {
  zone: string;
  windows: WindowTile[];
}

type Catalog = Pick<CatalogReply, 'units' | 'windows'>;
type Figures = Pick<SupervisionReply, 'windows'>;

const higher = (a: Level | undefined, b: Level): Level => (a === 'red' || b === 'red' ? 'red' : b);

/** The highest open level per window id. */
export function alertLevels(alerts: readonly AlertView[], key: 'windowId' | 'unitId') {
  const out = new Map<string, Level>();
  for (const a of alerts) {
    const id = a[key];
    if (id === undefined || a.closedAt !== undefined) continue;
    out.set(id, higher(out.get(id), a.level));
  }
  return out;
}

function tileState(w: WindowStateView): TileState {
  if (w.status === 'signedOut') return 'signedOut';
  if (w.status === 'paused') return 'paused';
  if (w.current) return w.current.status;
  return 'idle';
}

const since = (now: number, at: number | undefined) =>
  at === undefined ? undefined : Math.max(0, now - at);

export function hallMap(
  catalog: Catalog,
  snapshot: Pick<HallSnapshot, 'windows'> | undefined,
  figures: Figures | undefined,
  alerts: readonly AlertView[],
  now: number,
): ZoneGroup[] {
  const unitName = new Map(catalog.units.map((u) => [u.id, u.shortName || u.name]));
  const live = new Map(snapshot?.windows.map((w) => [w.id, w]));
  const times = new Map(figures?.windows.map((w) => [w.id, w]));
  const levels = alertLevels(alerts, 'windowId');
  const zones = new Map<string, WindowTile[]>();
  for (const w of [...catalog.windows].sort((a, b) => a.number - b.number)) {
    const view = live.get(w.id);
    const state: TileState = view ? tileState(view) : 'signedOut';
    const fig = times.get(w.id);
    // A figure read before the window's last change is of its old status.
    const sameStatus = fig !== undefined && view !== undefined && fig.status === view.status;
    const tile: WindowTile = {
      id: w.id,
      number: w.number,
      name: w.name,
      state,
      units: (view?.todayUnitIds ?? w.todayUnitIds).map((u) => unitName.get(u) ?? u),
    };
    if (view?.staff && state !== 'signedOut') tile.clerk = view.staff.name;
    if (view?.current) {
      tile.ticket = view.current.number;
      const from = view.current.status === 'serving' ? view.current.startedAt : undefined;
      tile.serviceMs = since(now, from ?? view.current.calledAt);
    }
    if (state === 'paused') {
      if (view?.pauseReason) tile.pauseReason = view.pauseReason;
      if (view?.pauseUntil) tile.pauseUntil = view.pauseUntil;
      if (sameStatus) tile.pausedMs = since(now, fig.statusSince);
    }
    if (state === 'idle' && sameStatus) {
      const last = Math.max(fig.lastActiveAt ?? 0, fig.statusSince ?? 0);
      if (last > 0) tile.idleMs = since(now, last);
    }
    const level = levels.get(w.id);
    if (level) tile.alert = level;
    const list = zones.get(w.zone) ?? [];
    list.push(tile);
    zones.set(w.zone, list);
  }
  return [...zones.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([zone, windows]) => ({ zone, windows }));
}
