/**
 * The three-level network in the admin API (core Q26): the site tree as a
 * caller may see it, and which items of the master catalogue a site takes
 * (its `enabledItemIds`, queued at its `intakeUnitId`). Setting them is a
 * `catalog.changed` event of the site, audited as `site.updated` with the
 * lists before and after, in one transaction; the next ticket follows it and
 * the site's screens reload their catalogue.
 *
 * A district admin adds the townships (乡镇/街道) and villages (村/社区)
 * below it (`create`): a township under the district, a village under a
 * township; a `catalog.changed` event with the new site, audited.
 */
import { homeSiteOf, isAncestor, type IsoWeekday, type Site } from '@hallq/core';
import type { CreateSiteBody, SiteItemsBody, SiteNode } from '@hallq/protocol';
import { HallqError } from '../errors';
import type { AdminCaller, AdminScope } from './admin-scope';
import type { CatalogChanged } from './logged-event';
import { checkTimeZone, newSite } from './new-site';

export class SiteTreeAdmin {
  constructor(private readonly scope: AdminScope) {}

  /** The sites the caller may see, depth first from each root, parents before children. */
  tree(caller: AdminCaller): SiteNode[] {
    const visible = new Set(this.scope.sitesOf(caller));
    const sites = Object.values(this.scope.catalog.sites)
      .filter((s) => visible.has(s.id))
      .sort((a, b) => a.id.localeCompare(b.id));
    const children = new Map<string, Site[]>();
    const roots: Site[] = [];
    for (const s of sites) {
      if (s.parentId !== undefined && visible.has(s.parentId)) {
        children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
      } else roots.push(s);
    }
    const out: SiteNode[] = [];
    const walk = (s: Site): void => {
      const below = children.get(s.id) ?? [];
      out.push({
        id: s.id,
        name: s.name,
        level: s.level,
        ...(s.parentId !== undefined ? { parentId: s.parentId } : {}),
        childIds: below.map((c) => c.id),
        ...(s.intakeUnitId !== undefined ? { intakeUnitId: s.intakeUnitId } : {}),
        enabledItemIds: s.enabledItemIds ?? [],
      });
      below.forEach(walk);
    };
    roots.forEach(walk);
    return out;
  }

  /**
   * The master items a site takes, replacing its list. Refused, changing
   * nothing: the root (it keeps the master catalogue), an intake unit not of
   * the site, an unknown item, an item not of a site above this one, or
   * items without an intake unit to queue them.
   */
  setItems(caller: AdminCaller, id: string, body: SiteItemsBody): Site {
    const before = this.scope.site(caller, id);
    const { catalog } = this.scope;
    if (before.parentId === undefined)
      throw new HallqError('HALLQ_E_VALIDATION', { siteId: id, reason: 'masterCatalogue' });
    const intakeUnitId = body.intakeUnitId ?? before.intakeUnitId;
    if (body.intakeUnitId !== undefined && catalog.units[body.intakeUnitId]?.siteId !== id)
      throw new HallqError('HALLQ_E_UNIT_NOT_FOUND', { id: body.intakeUnitId });
    for (const itemId of body.itemIds) {
      const home = homeSiteOf(catalog, itemId);
      if (home === undefined) throw new HallqError('HALLQ_E_ITEM_NOT_FOUND', { id: itemId });
      if (!isAncestor(catalog, home, before))
        throw new HallqError('HALLQ_E_VALIDATION', { itemId, reason: 'notMasterItem' });
    }
    // A village room queues nothing: its items are the 代办 its agent takes in (core Q27).
    if (body.itemIds.length > 0 && intakeUnitId === undefined && before.level !== 'village')
      throw new HallqError('HALLQ_E_VALIDATION', { siteId: id, reason: 'noIntakeUnit' });
    const after: Site = {
      ...before,
      enabledItemIds: [...body.itemIds],
      ...(intakeUnitId !== undefined ? { intakeUnitId } : {}),
    };
    if (JSON.stringify(after) === JSON.stringify(before)) return before;
    const event: CatalogChanged = {
      type: 'catalog.changed',
      siteId: id,
      at: this.scope.now(),
      actor: caller.actor,
      kind: 'site',
      id,
      before,
      after,
    };
    this.scope.hall.recordAdmin([event], () =>
      this.scope.hall.store.saveCatalogEntry('site', after),
    );
    return after;
  }

  /**
   * A new township or village site. Only an admin of the district hall may
   * add one (a township admin sees only their own site); refused, changing
   * nothing: a taken id, an unknown parent, a parent of the wrong level, a
   * time zone the server does not know, opening hours that end before they start.
   */
  create(caller: AdminCaller, body: CreateSiteBody): Site {
    const { catalog } = this.scope;
    const own = catalog.sites[caller.siteId];
    if (caller.role !== undefined && caller.role !== 'admin')
      throw new HallqError('HALLQ_E_FORBIDDEN', { role: caller.role });
    if (own?.level !== 'district')
      throw new HallqError('HALLQ_E_FORBIDDEN', { siteId: caller.siteId });
    const parent = this.scope.site(caller, body.parentId);
    const parentLevel = body.level === 'township' ? 'district' : 'township';
    if (parent.level !== parentLevel)
      throw new HallqError('HALLQ_E_VALIDATION', { field: 'parentId', level: parent.level });
    if (catalog.sites[body.id]) throw new HallqError('HALLQ_E_ID_TAKEN', { id: body.id });
    const timeZone = body.timeZone ?? parent.timeZone;
    checkTimeZone(timeZone);
    for (const span of body.openingHours ?? [])
      if (span.start >= span.end)
        throw new HallqError('HALLQ_E_VALIDATION', { field: 'openingHours', openingHours: span });
    const site = newSite({
      id: body.id,
      name: body.name,
      level: body.level,
      parentId: parent.id,
      timeZone,
      ...(body.openingHours ? { openingHours: body.openingHours } : {}),
      ...(body.workingWeekdays
        ? { workingWeekdays: [...body.workingWeekdays].sort() as IsoWeekday[] }
        : {}),
      ...(body.numberWidth !== undefined ? { numberWidth: body.numberWidth } : {}),
    });
    const event: CatalogChanged = {
      type: 'catalog.changed',
      siteId: site.id,
      at: this.scope.now(),
      actor: caller.actor,
      kind: 'site',
      id: site.id,
      after: site,
    };
    this.scope.hall.recordAdmin([event], () =>
      this.scope.hall.store.saveCatalogEntry('site', site),
    );
    return site;
  }
}
