/**
 * A small hall for the tests: the shapes of the real one (a whole unit with
 * two windows, a permanent unit, two comprehensive units sharing one rota
 * window, an item with a quota) plus a township site with opening hours.
 * Times are fixed: 2026-11-23 is a Monday; Asia/Shanghai is UTC+8 all year.
 */
import type { Catalog, Item, Site, Unit, Window } from '../model';

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Epoch ms of a local Asia/Shanghai time on a day of the week of 2026-11-23 (Mon = 1 … Sun = 7). */
export function local(weekday: number, hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return Date.UTC(2026, 10, 22 + weekday, hours - 8, minutes);
}

export const MON_0900 = local(1, '09:00');
export const TUE_0800 = local(2, '08:00');

const site = (id: string, over: Partial<Site> = {}): Site => ({
  id,
  name: id,
  level: 'district',
  timeZone: 'Asia/Shanghai',
  openingHours: [],
  workingWeekdays: [1, 2, 3, 4, 5],
  numberWidth: 3,
  priorityRatio: { priority: 2, ordinary: 1 },
  ...over,
});

const unit = (id: string, siteId: string, ticketPrefix: string, kind: Unit['kind']): Unit => ({
  id,
  siteId,
  name: id,
  shortName: id,
  ticketPrefix,
  kind,
});

const item = (id: string, unitId: string, over: Partial<Item> = {}): Item => ({
  id,
  unitId,
  code: id.toUpperCase(),
  name: id,
  category: '公共服务',
  promisedDays: 0,
  onTheSpot: true,
  expectedServiceMinutes: 10,
  ...over,
});

const window = (
  id: string,
  siteId: string,
  number: number,
  kind: Window['kind'],
  unitIds: string[],
  rota?: Window['rota'],
): Window => ({
  id,
  siteId,
  number,
  name: `${number}号窗口`,
  zone: 'A区',
  kind,
  unitIds,
  ...(rota ? { rota } : {}),
});

const byId = <T extends { id: string }>(...values: T[]): Record<string, T> =>
  Object.fromEntries(values.map((value) => [value.id, value]));

export const catalog: Catalog = {
  sites: byId(
    site('hall'),
    site('town', {
      level: 'township',
      openingHours: [
        { start: '09:00', end: '12:00' },
        { start: '13:30', end: '17:30' },
      ],
    }),
  ),
  units: byId(
    unit('yibao', 'hall', 'A', 'whole'),
    unit('gongan', 'hall', 'C', 'permanent'),
    { ...unit('jiaoyu', 'hall', 'J', 'comprehensive'), rotaWeekdays: [1, 4] },
    { ...unit('wenti', 'hall', 'W', 'comprehensive'), rotaWeekdays: [2] },
    unit('minzheng', 'town', 'M', 'permanent'),
  ),
  items: byId(
    item('yb-reg', 'yibao', { expectedServiceMinutes: 6 }),
    item('yb-card', 'yibao', { dailyQuota: 2 }),
    item('ga-id', 'gongan', { expectedServiceMinutes: 15 }),
    item('jy-cert', 'jiaoyu'),
    item('wt-permit', 'wenti'),
    item('mz-aid', 'minzheng'),
  ),
  windows: byId(
    window('w1', 'hall', 1, 'whole', ['yibao']),
    window('w2', 'hall', 2, 'whole', ['yibao']),
    window('w3', 'hall', 3, 'permanent', ['gongan']),
    window('w9', 'hall', 9, 'comprehensive', ['jiaoyu', 'wenti'], {
      1: 'jiaoyu',
      2: 'wenti',
      4: 'jiaoyu',
    }),
    window('t1', 'town', 1, 'permanent', ['minzheng']),
  ),
};
