/**
 * Who comes to the hall on a working day: arrivals that peak 9–11 and 14–16
 * with a lull at lunch, spread over the units served that day in proportion
 * to their windows, with per-item service times and the share of visitors
 * who do not answer their call (过号), need another unit (转移), or have
 * priority (老年人、残疾人、军人).
 */
import { unitsServedBy, type Catalog, type IsoWeekday } from '@hallq/core';
import { pick, seededRandom, type Rng } from './random';

const MIN = 60_000;

/** Relative arrival rate per half hour from 08:30 to 17:00. */
const HALF_HOUR_WEIGHTS = [
  0.7, // 08:30
  1.4,
  1.7,
  1.8,
  1.6, // 09:00–11:00 peak
  1.0,
  0.7, // 11:00–12:00
  0.35,
  0.3,
  0.35, // 12:00–13:30 lunch
  0.8,
  1.3, // 13:30–14:30
  1.6,
  1.7,
  1.5, // 14:30–16:00 peak
  0.8,
  0.5, // 16:00–17:00
];
export const OPENS_MIN = 8 * 60 + 30;
export const LAST_ARRIVAL_MIN = OPENS_MIN + HALF_HOUR_WEIGHTS.length * 30;

export interface Visitor {
  /** Minutes after midnight (local) when the visitor takes a number. */
  arrivesMin: number;
  itemId: string;
  unitId: string;
  priority: 'normal' | 'priority';
  /** Minutes at the desk once called and present. */
  serviceMin: number;
  /** Does not come to the window when called. */
  noShow: boolean;
  /** Is sent on to another unit after being served here. */
  transfer: boolean;
}

export interface PopulationOptions {
  catalog: Catalog;
  siteId: string;
  weekday: IsoWeekday;
  visitors: number;
  seed: number;
  noShowRate?: number;
  transferRate?: number;
  priorityRate?: number;
}

export function dayPopulation(options: PopulationOptions): Visitor[] {
  const rng: Rng = seededRandom(options.seed);
  const { catalog } = options;
  const windowsPerUnit = new Map<string, number>();
  for (const w of Object.values(catalog.windows)) {
    if (w.siteId !== options.siteId) continue;
    for (const u of unitsServedBy(w, options.weekday)) {
      windowsPerUnit.set(u, (windowsPerUnit.get(u) ?? 0) + 1);
    }
  }
  const itemsByUnit = new Map<string, string[]>();
  for (const item of Object.values(catalog.items)) {
    if (!windowsPerUnit.has(item.unitId)) continue;
    itemsByUnit.set(item.unitId, [...(itemsByUnit.get(item.unitId) ?? []), item.id]);
  }
  const units = [...itemsByUnit.keys()].sort();
  const unitWeights = units.map((u) => (windowsPerUnit.get(u) ?? 1) * (0.7 + 0.4 * rng()));
  const totalUnit = unitWeights.reduce((a, b) => a + b, 0);
  const totalTime = HALF_HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

  const visitors: Visitor[] = [];
  for (let i = 0; i < options.visitors; i++) {
    // Arrival time: a half hour by its weight, then uniform inside it.
    let r = rng() * totalTime;
    let slot = 0;
    while (slot < HALF_HOUR_WEIGHTS.length - 1 && r > (HALF_HOUR_WEIGHTS[slot] as number)) {
      r -= HALF_HOUR_WEIGHTS[slot] as number;
      slot++;
    }
    const arrivesMin = OPENS_MIN + slot * 30 + rng() * 30;
    let u = rng() * totalUnit;
    let k = 0;
    while (k < units.length - 1 && u > (unitWeights[k] as number)) {
      u -= unitWeights[k] as number;
      k++;
    }
    const unitId = units[k] as string;
    const itemId = pick(rng, itemsByUnit.get(unitId) ?? []);
    const expected = catalog.items[itemId]?.expectedServiceMinutes ?? 10;
    visitors.push({
      arrivesMin,
      itemId,
      unitId,
      priority: rng() < (options.priorityRate ?? 0.08) ? 'priority' : 'normal',
      // Most matters take well under the catalogue's estimate; a few run long.
      serviceMin: Math.max(1, expected * (0.1 + 0.2 * rng() + (rng() < 0.04 ? 0.5 : 0))),
      noShow: rng() < (options.noShowRate ?? 0.05),
      transfer: rng() < (options.transferRate ?? 0.03),
    });
  }
  return visitors.sort((a, b) => a.arrivesMin - b.arrivesMin);
}

export const minutesToMs = (m: number): number => Math.round(m * MIN);
