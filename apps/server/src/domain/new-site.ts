/**
 * A site as it is first created (首次设置's district, or a township or
 * village an admin adds): the hall's usual defaults, which 大厅设置 changes
 * afterwards. Shared by first-run.ts, site-tree-admin.ts and the CLI's
 * create-site.
 */
import type { IsoWeekday, OpeningSpan, Site, SiteLevel } from '@hallq/core';
import { HallqError } from '../errors';

export interface NewSiteFields {
  id: string;
  name: string;
  level: SiteLevel;
  timeZone: string;
  parentId?: string;
  openingHours?: OpeningSpan[];
  workingWeekdays?: IsoWeekday[];
  numberWidth?: number;
}

export function newSite(f: NewSiteFields): Site {
  return {
    id: f.id,
    name: f.name,
    level: f.level,
    ...(f.parentId !== undefined ? { parentId: f.parentId } : {}),
    timeZone: f.timeZone,
    openingHours: f.openingHours ?? [],
    workingWeekdays: f.workingWeekdays ?? [1, 2, 3, 4, 5],
    numberWidth: f.numberWidth ?? 3,
    priorityRatio: { priority: 2, ordinary: 1 },
  };
}

/** Refuses a time zone this server does not know (the business day is counted in it). */
export function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new HallqError('HALLQ_E_VALIDATION', { field: 'timeZone', timeZone });
  }
}
