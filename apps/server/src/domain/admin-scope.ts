/**
 * What every admin change starts from: who is asking (the actor the event and
 * the audit name) and which sites they may read and change. A district-level
 * hall's staff may act on every site; a township's only on their own. An
 * entry of a site the caller may not see is answered as unknown (404), a
 * site the caller names but may not change as forbidden (403).
 */
import type { Catalog, Site } from '@hallq/core';
import { HallqError } from '../errors';
import type { HallService } from './hall-service';
import type { Actor } from './logged-event';

/** The staff account `pnpm hallq` acts as while a server runs. */
export const CLI_STAFF_ID = 'hallq-cli';

/** Who is asking, and which sites they may change. */
export interface AdminCaller {
  actor: Actor;
  /** The caller's own site; a district-level caller may change any site. */
  siteId: string;
  /** The caller's role; absent for the CLI (which acts as an admin). */
  role?: 'admin' | 'supervisor' | 'clerk' | 'agent';
}

export class AdminScope {
  constructor(readonly hall: HallService) {}

  get catalog(): Catalog {
    return this.hall.catalog;
  }
  now(): number {
    return this.hall.now();
  }

  /** The sites a caller may read and change: their own, or every site for the district hall. */
  sitesOf(caller: AdminCaller): string[] {
    const own = this.catalog.sites[caller.siteId];
    if (own?.level === 'district') return Object.keys(this.catalog.sites);
    return own ? [own.id] : [];
  }

  /** The site a write acts on: the one named (when the caller may), else the caller's. */
  site(caller: AdminCaller, asked: string | undefined): Site {
    const id = asked ?? caller.siteId;
    const site = this.catalog.sites[id];
    if (!site) throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId: id });
    if (!this.sitesOf(caller).includes(id))
      throw new HallqError('HALLQ_E_FORBIDDEN', { siteId: id });
    return site;
  }

  /** An entry the caller may change, or a 404 (another site's ids are not the caller's business). */
  inScope<T extends { siteId: string }>(
    caller: AdminCaller,
    entry: T | undefined,
    code:
      | 'HALLQ_E_UNIT_NOT_FOUND'
      | 'HALLQ_E_ITEM_NOT_FOUND'
      | 'HALLQ_E_WINDOW_NOT_FOUND'
      | 'HALLQ_E_STAFF_NOT_FOUND'
      | 'HALLQ_E_DEVICE_NOT_FOUND',
    id: string,
  ): T {
    if (!entry || !this.sitesOf(caller).includes(entry.siteId)) throw new HallqError(code, { id });
    return entry;
  }
}
