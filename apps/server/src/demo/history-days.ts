/**
 * Who came on a past day, for the history (history.ts): `uniformDay`, the
 * bench's (arrivals spread evenly, waits up to 40 minutes), and
 * `simulatedDay`, the demo's (the simulated day's population,
 * day-population.ts, with waits that grow with the half hour's crowd and
 * more visitors on Mondays); and which served visitors a window sends on to
 * another unit (`pastTransfer`).
 */
import type { Catalog, Item } from '@hallq/core';
import { dayPopulation } from './day-population';
import { pick, type Rng } from './random';

/** One visitor of a past day: when they came, what for, how long they waited and were served. */
export interface PastVisitor {
  itemId: string;
  issuedMin: number;
  waitMin: number;
  serviceMin: number;
  /** Sent on to another unit (the simulated day's own draw); absent: one in 30 at random. */
  transfer?: boolean;
  noShow: boolean;
  priority: boolean;
}

export function uniformDay(rng: Rng, items: { id: string }[], n: number): PastVisitor[] {
  return Array.from({ length: n }, (_, k) => ({
    itemId: pick(rng, items).id,
    issuedMin: 8.5 * 60 + (k / n) * 8.5 * 60,
    waitMin: rng() * 40,
    noShow: rng() < 0.04,
    serviceMin: 2 + rng() * 12,
    priority: rng() < 0.08,
  }));
}

/** Mondays are the busiest, Fridays the quietest; each day ±15%. */
const WEEKDAY_LOAD = [0, 1.25, 1.05, 1.0, 0.95, 0.8];

export function simulatedDay(
  rng: Rng,
  catalog: Catalog,
  siteId: string,
  weekday: 1 | 2 | 3 | 4 | 5,
  perDay: number,
): PastVisitor[] {
  const visitors = dayPopulation({
    catalog,
    siteId,
    weekday,
    visitors: Math.round(perDay * (WEEKDAY_LOAD[weekday] ?? 1) * (0.85 + 0.3 * rng())),
    seed: Math.floor(rng() * 2 ** 31),
  });
  // The crowd of each half hour: a visitor waits longer when more came just before.
  const crowd = new Map<number, number>();
  for (const v of visitors) {
    const slot = Math.floor(v.arrivesMin / 30);
    crowd.set(slot, (crowd.get(slot) ?? 0) + 1);
  }
  const busiest = Math.max(1, ...crowd.values());
  return visitors.map((v) => {
    const load = (crowd.get(Math.floor(v.arrivesMin / 30)) ?? 0) / busiest;
    return {
      itemId: v.itemId,
      issuedMin: v.arrivesMin,
      waitMin: (3 + 32 * load * load) * (0.3 + 1.2 * rng()) + (rng() < 0.02 ? 30 : 0),
      serviceMin: v.serviceMin,
      transfer: v.transfer,
      noShow: v.noShow,
      priority: v.priority === 'priority',
    };
  });
}

/** The share of served visitors whose matter another unit takes (转窗). */
const TRANSFER_SHARE = 1 / 30;

/**
 * Whether the visitor called at `calledAt` is sent on (as `wanted` says, or
 * one in 30 when it says nothing): to an
 * item of another unit open that day (`servers`: unit → its windows), to one
 * of its windows, a few minutes after the call, and called there a few
 * minutes later.
 */
export function pastTransfer(
  rng: Rng,
  wanted: boolean | undefined,
  items: readonly Item[],
  servers: ReadonlyMap<string, readonly string[]>,
  fromUnit: string,
  calledAt: number,
): { item: Item; windowId: string; at: number; calledAt: number } | undefined {
  const drawn = rng() < TRANSFER_SHARE;
  if (!(wanted ?? drawn)) return undefined;
  const others = items.filter((i) => i.unitId !== fromUnit);
  if (others.length === 0) return undefined;
  const item = pick(rng, others);
  const at = calledAt + Math.floor((1 + 3 * rng()) * 60_000);
  return {
    item,
    windowId: pick(rng, servers.get(item.unitId) ?? ['w1']),
    at,
    calledAt: at + Math.floor((1 + 5 * rng()) * 60_000),
  };
}

/** The share of services that run past the item's estimate × 1.5 (电子监察's S2). */
const LONG_SERVICE_SHARE = 1 / 80;

/**
 * The minutes a service took: the day's draw, except for one in 80 whose
 * matter ran long (a paper missing, a question for the back office), 1.5–2.5
 * times the item's expected minutes. The population of the simulated day
 * keeps every service under the estimate, as the live simulation needs.
 */
export function pastService(rng: Rng, drawnMin: number, expectedMin: number): number {
  return rng() < LONG_SERVICE_SHARE ? expectedMin * (1.5 + rng()) : drawnMin;
}
