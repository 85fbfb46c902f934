/**
 * A report's rows as the API gives them: each group's figures with its label
 * (a unit's or item's name, 5号窗口, a clerk's name, a day, 09时, 周一 09时),
 * in a reading order (days and hours in time, windows by number, sites as
 * the tree goes, the rest by
 * what they counted most), each with its 好差评 figures (report-ratings.ts).
 * The same rows go to CSV and XLSX with Chinese
 * headers (report-export.ts).
 */
import type { Catalog } from '@hallq/core';
import type { ReportBy, ReportRow } from '@hallq/protocol';
import type { StaffLookup } from '../domain/views';
import { siteOrder } from './network-report';
import { meanMs, p90Ms, type ReportFigures } from './report-query';
import { groupFigures, type RatingGroup } from './report-ratings';

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export function reportRow(
  key: string,
  label: string,
  f: ReportFigures,
  ratings?: RatingGroup,
): ReportRow {
  const r = groupFigures(f.served, ratings);
  return {
    key,
    label,
    issued: f.issued,
    served: f.served,
    noShow: f.noShow,
    transferredOut: f.transferredOut,
    cancelled: f.cancelled,
    avgWaitMs: meanMs(f.wait),
    p90WaitMs: p90Ms(f.wait, f.waitMaxMs),
    maxWaitMs: f.waitMaxMs,
    avgServiceMs: meanMs(f.service),
    p90ServiceMs: p90Ms(f.service),
    outOfOrderCalls: f.outOfOrderCalls,
    alertsYellow: f.alertsYellow,
    alertsRed: f.alertsRed,
    rated: r.rated,
    ratedShare: r.ratedRate,
    satisfiedShare: r.satisfactionRate,
    badCount: r.bad,
    badShare: r.badRate,
    casesOpened: r.casesOpened,
    casesClosedOnTime: r.casesClosedOnTime,
    rectifiedOnTimeShare: r.rectificationRate,
  };
}

export function labelOf(by: ReportBy, key: string, catalog: Catalog, staff: StaffLookup): string {
  switch (by) {
    case 'day':
      return key;
    case 'hour':
      return `${key}时`;
    case 'weekdayHour': {
      const [wd, hh] = key.split('-');
      return `${WEEKDAYS[Number(wd)] ?? wd} ${hh}时`;
    }
    case 'unit':
      return catalog.units[key]?.name ?? key;
    case 'item':
      return catalog.items[key]?.name ?? key;
    case 'window': {
      const w = catalog.windows[key];
      return w ? `${w.number}号窗口` : key;
    }
    case 'clerk':
      return staff(key)?.name ?? key;
    case 'site':
      return catalog.sites[key]?.name ?? key;
  }
}

export function reportRows(
  by: ReportBy,
  groups: ReadonlyMap<string, ReportFigures>,
  catalog: Catalog,
  staff: StaffLookup,
  ratings: ReadonlyMap<string, RatingGroup> = new Map(),
): ReportRow[] {
  const rows = [...groups].map(([key, f]) =>
    reportRow(key, labelOf(by, key, catalog, staff), f, ratings.get(key)),
  );
  if (by === 'day' || by === 'hour' || by === 'weekdayHour')
    return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (by === 'site') return rows.sort((a, b) => siteOrder(catalog, a.key, b.key));
  if (by === 'window') {
    const n = (id: string) => catalog.windows[id]?.number ?? Number.MAX_SAFE_INTEGER;
    return rows.sort((a, b) => n(a.key) - n(b.key) || a.key.localeCompare(b.key));
  }
  const volume = (r: ReportRow) => r.issued + r.served + r.noShow + r.transferredOut;
  return rows.sort((a, b) => volume(b) - volume(a) || a.key.localeCompare(b.key));
}
