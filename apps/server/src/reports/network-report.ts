/**
 * Reports across the three-level network (三级联动): a site's figures with
 * those of every hall below it merged (`includeChildren=true`), or one row
 * per site (`by=site`). Each site's figures are read as its own report reads
 * them (report-query.ts: aggregate rows only, a few days a read with the
 * event loop free between), one site after the other, and added up here.
 * Village rooms have no hall and no figures: they are left out.
 */
import type { Catalog } from '@hallq/core';
import type { ReportBy } from '@hallq/protocol';
import { mergeInto } from './closed-months';
import {
  emptyReportFigures,
  type ReportFigures,
  type ReportFiguresResult,
  type reportReader,
} from './report-query';

const LEVEL_ORDER = { district: 0, township: 1, village: 2 } as const;

/** The site and, with `includeChildren`, every hall below it: parents before children, by id. */
export function reportSites(catalog: Catalog, siteId: string, includeChildren: boolean): string[] {
  if (!includeChildren) return [siteId];
  const out: string[] = [];
  const walk = (id: string) => {
    out.push(id);
    Object.values(catalog.sites)
      .filter((s) => s.parentId === id && s.level !== 'village')
      .sort((a, b) => a.id.localeCompare(b.id))
      .forEach((s) => walk(s.id));
  };
  walk(siteId);
  return out;
}

/** Sites in tree reading order: the district, then the townships (then village rooms), by id. */
export function siteOrder(catalog: Catalog, a: string, b: string): number {
  const la = LEVEL_ORDER[catalog.sites[a]?.level ?? 'village'];
  const lb = LEVEL_ORDER[catalog.sites[b]?.level ?? 'village'];
  return la - lb || a.localeCompare(b);
}

/**
 * The figures of several sites over the days: grouped `by` as one site's
 * report groups them, merged; or, `by=site`, each site's totals as its row.
 */
export async function networkFigures(
  figures: ReturnType<typeof reportReader>,
  siteIds: readonly string[],
  from: string,
  to: string,
  by: ReportBy,
  currentMonth: string,
  subject?: { kind: string; id: string },
): Promise<ReportFiguresResult> {
  const groups = new Map<string, ReportFigures>();
  const totals = emptyReportFigures();
  for (const siteId of siteIds) {
    // A site's row is its totals: its hour rows are all there is to read.
    const one = await figures(siteId, from, to, by === 'site' ? 'hour' : by, currentMonth, subject);
    mergeInto(totals, one.totals);
    if (by === 'site') {
      groups.set(siteId, one.totals);
      continue;
    }
    for (const [key, f] of one.groups) {
      let into = groups.get(key);
      if (!into) groups.set(key, (into = emptyReportFigures()));
      mergeInto(into, f);
    }
  }
  return { groups, totals };
}
