/**
 * 部门, 事项, 窗口, 轮值表 and 大厅设置 as the admin API changes them. Each
 * change is validated against the running hall, then written as a
 * `catalog.changed` event with the entry before and after (plus, for a rota
 * change, each comprehensive unit whose weekdays it moves), audited in the
 * same transaction; the model takes the new catalogue at once, so the next
 * ticket issued or called follows it. Units and items are never deleted
 * (the log names them): `enabled: false`.
 */
import type { IsoWeekday, Item, Site, Unit, Window } from '@hallq/core';
import { publicUrlProblem, voiceTemplateProblem } from './site-settings-checks';
import { mergeScoring, schemeProblem, scoringScheme } from '@hallq/core';
import type {
  CreateItemBody,
  CreateUnitBody,
  CreateWindowBody,
  UpdateItemBody,
  UpdateSiteBody,
  UpdateUnitBody,
  UpdateWindowBody,
} from '@hallq/protocol';
import { HallqError } from '../errors';
import type { AdminCaller, AdminScope } from './admin-scope';
import type { CatalogChange, CatalogChanged } from './logged-event';
import { checkAliases } from './item-aliases';

export class CatalogAdmin {
  constructor(private readonly scope: AdminScope) {}

  private get catalog() {
    return this.scope.catalog;
  }
  private site(caller: AdminCaller, asked: string | undefined): Site {
    return this.scope.site(caller, asked);
  }
  private inScope<T extends { siteId: string }>(
    caller: AdminCaller,
    entry: T | undefined,
    code: 'HALLQ_E_UNIT_NOT_FOUND' | 'HALLQ_E_ITEM_NOT_FOUND' | 'HALLQ_E_WINDOW_NOT_FOUND',
    id: string,
  ): T {
    return this.scope.inScope(caller, entry, code, id);
  }

  private catalogChange(
    caller: AdminCaller,
    siteId: string,
    change: CatalogChange,
  ): CatalogChanged {
    return {
      type: 'catalog.changed',
      siteId,
      at: this.scope.now(),
      actor: caller.actor,
      ...change,
    };
  }

  private saveCatalog(events: CatalogChanged[]): void {
    this.scope.hall.recordAdmin(events, () => {
      for (const e of events) this.scope.hall.store.saveCatalogEntry(e.kind, e.after);
    });
  }

  createUnit(caller: AdminCaller, body: CreateUnitBody): Unit {
    const site = this.site(caller, body.siteId);
    if (this.catalog.units[body.id]) throw new HallqError('HALLQ_E_ID_TAKEN', { id: body.id });
    this.checkPrefix(site.id, body.ticketPrefix, undefined);
    const unit: Unit = {
      id: body.id,
      siteId: site.id,
      name: body.name,
      shortName: body.shortName,
      ticketPrefix: body.ticketPrefix,
      kind: body.kind,
      ...(body.zone ? { zone: body.zone } : {}),
    };
    this.saveCatalog([
      this.catalogChange(caller, site.id, { kind: 'unit', id: unit.id, after: unit }),
    ]);
    return unit;
  }

  /** Two units of a site with one prefix would give two visitors the same number. */
  private checkPrefix(siteId: string, prefix: string, except: string | undefined): void {
    const clash = Object.values(this.catalog.units).find(
      (u) => u.siteId === siteId && u.ticketPrefix === prefix && u.id !== except,
    );
    if (clash) throw new HallqError('HALLQ_E_ID_TAKEN', { ticketPrefix: prefix, unitId: clash.id });
  }

  updateUnit(caller: AdminCaller, id: string, body: UpdateUnitBody): Unit {
    const before = this.inScope(caller, this.catalog.units[id], 'HALLQ_E_UNIT_NOT_FOUND', id);
    if (body.ticketPrefix !== undefined) this.checkPrefix(before.siteId, body.ticketPrefix, id);
    const after: Unit = { ...before, ...body };
    this.saveCatalog([
      this.catalogChange(caller, before.siteId, { kind: 'unit', id, before, after }),
    ]);
    return after;
  }

  createItem(caller: AdminCaller, body: CreateItemBody): Item {
    const unit = this.inScope(
      caller,
      this.catalog.units[body.unitId],
      'HALLQ_E_UNIT_NOT_FOUND',
      body.unitId,
    );
    if (this.catalog.items[body.id]) throw new HallqError('HALLQ_E_ID_TAKEN', { id: body.id });
    const item: Item = {
      id: body.id,
      unitId: unit.id,
      code: body.code ?? body.id,
      name: body.name,
      category: body.category ?? '',
      promisedDays: body.promisedDays,
      onTheSpot: body.onTheSpot,
      expectedServiceMinutes: body.expectedServiceMinutes,
      ...(body.dailyQuota !== undefined ? { dailyQuota: body.dailyQuota } : {}),
      ...(body.aliases?.length ? { aliases: checkAliases(body.name, body.aliases) } : {}),
      ...(body.guide ? { guide: body.guide } : {}),
    };
    this.saveCatalog([
      this.catalogChange(caller, unit.siteId, { kind: 'item', id: item.id, after: item }),
    ]);
    return item;
  }

  updateItem(caller: AdminCaller, id: string, body: UpdateItemBody): Item {
    const found = this.catalog.items[id];
    const unit = found && this.catalog.units[found.unitId];
    const siteId = unit?.siteId ?? '';
    this.inScope(caller, found && { siteId }, 'HALLQ_E_ITEM_NOT_FOUND', id);
    const before = found as Item;
    const { dailyQuota, aliases, guide, ...rest } = body;
    const after: Item = { ...before, ...rest };
    if (dailyQuota === null) delete after.dailyQuota;
    else if (dailyQuota !== undefined) after.dailyQuota = dailyQuota;
    if (guide === null) delete after.guide;
    else if (guide !== undefined) after.guide = guide;
    if (aliases !== undefined) {
      const checked = checkAliases(after.name, aliases);
      if (checked.length) after.aliases = checked;
      else delete after.aliases;
    }
    this.saveCatalog([this.catalogChange(caller, siteId, { kind: 'item', id, before, after })]);
    return after;
  }

  /** Every unit exists and belongs to the window's site. */
  private checkUnits(siteId: string, unitIds: readonly string[]): void {
    for (const id of unitIds) {
      const u = this.catalog.units[id];
      if (!u) throw new HallqError('HALLQ_E_UNIT_NOT_FOUND', { unitId: id });
      if (u.siteId !== siteId) throw new HallqError('HALLQ_E_OTHER_SITE', { unitId: id });
    }
  }

  private checkNumber(siteId: string, number: number, except: string | undefined): void {
    const clash = Object.values(this.catalog.windows).find(
      (w) => w.siteId === siteId && w.number === number && w.id !== except,
    );
    if (clash) throw new HallqError('HALLQ_E_WINDOW_NUMBER_TAKEN', { number, windowId: clash.id });
  }

  createWindow(caller: AdminCaller, body: CreateWindowBody): Window {
    const site = this.site(caller, body.siteId);
    if (this.catalog.windows[body.id]) throw new HallqError('HALLQ_E_ID_TAKEN', { id: body.id });
    this.checkUnits(site.id, body.unitIds);
    this.checkNumber(site.id, body.number, undefined);
    const window: Window = {
      id: body.id,
      siteId: site.id,
      number: body.number,
      name: body.name,
      zone: body.zone,
      kind: body.kind,
      unitIds: [...body.unitIds],
    };
    this.saveCatalog([
      this.catalogChange(caller, site.id, { kind: 'window', id: window.id, after: window }),
    ]);
    return window;
  }

  updateWindow(caller: AdminCaller, id: string, body: UpdateWindowBody): Window {
    const before = this.inScope(caller, this.catalog.windows[id], 'HALLQ_E_WINDOW_NOT_FOUND', id);
    if (body.unitIds) this.checkUnits(before.siteId, body.unitIds);
    if (body.number !== undefined) this.checkNumber(before.siteId, body.number, id);
    const after: Window = { ...before, ...body };
    if (body.unitIds && after.rota) {
      // A unit no longer served here leaves the rota too.
      after.rota = Object.fromEntries(
        Object.entries(after.rota).filter(([, u]) => body.unitIds?.includes(u as string)),
      );
    }
    this.saveCatalog(
      this.withRotaDays(caller, before.siteId, { kind: 'window', id, before, after }),
    );
    return after;
  }

  /**
   * 轮值表: the unit a comprehensive window serves on each weekday; a weekday
   * left out is served by no unit there. The window's units gain those named.
   */
  setRota(caller: AdminCaller, id: string, rota: Record<string, string>): Window {
    const before = this.inScope(caller, this.catalog.windows[id], 'HALLQ_E_WINDOW_NOT_FOUND', id);
    if (before.kind !== 'comprehensive')
      throw new HallqError('HALLQ_E_VALIDATION', { windowId: id, kind: before.kind });
    const unitIds = [...new Set(Object.values(rota))];
    this.checkUnits(before.siteId, unitIds);
    const after: Window = {
      ...before,
      unitIds: [...new Set([...before.unitIds, ...unitIds])],
      rota: Object.fromEntries(
        Object.entries(rota).sort(([a], [b]) => Number(a) - Number(b)),
      ) as Partial<Record<IsoWeekday, string>>,
    };
    this.saveCatalog(
      this.withRotaDays(caller, before.siteId, { kind: 'window', id, before, after }),
    );
    return after;
  }

  /**
   * The window's change, and each comprehensive unit of the site whose rota
   * weekdays (what the catalogue shows as "周一、周四办理") it changes.
   */
  private withRotaDays(
    caller: AdminCaller,
    siteId: string,
    change: Extract<CatalogChange, { kind: 'window' }>,
  ): CatalogChanged[] {
    const windows = { ...this.catalog.windows, [change.id]: change.after };
    const days = (unitId: string): IsoWeekday[] => {
      const out = new Set<IsoWeekday>();
      for (const w of Object.values(windows)) {
        if (w.siteId !== siteId || !w.rota) continue;
        for (const [d, u] of Object.entries(w.rota))
          if (u === unitId) out.add(Number(d) as IsoWeekday);
      }
      return [...out].sort();
    };
    const events = [this.catalogChange(caller, siteId, change)];
    for (const unit of Object.values(this.catalog.units)) {
      if (unit.siteId !== siteId || unit.kind !== 'comprehensive') continue;
      const next = days(unit.id);
      if (JSON.stringify(next) === JSON.stringify(unit.rotaWeekdays ?? [])) continue;
      const after: Unit = { ...unit, rotaWeekdays: next };
      events.push(
        this.catalogChange(caller, siteId, { kind: 'unit', id: unit.id, before: unit, after }),
      );
    }
    return events;
  }

  /**
   * 大厅设置: opening hours, working weekdays, number width, priority ratio,
   * the voice, the kiosk's idle time, the public URL, 一次性告知 on tickets.
   */
  updateSite(caller: AdminCaller, id: string, body: UpdateSiteBody): Site {
    const before = this.site(caller, id);
    for (const span of body.openingHours ?? []) {
      if (span.start >= span.end)
        throw new HallqError('HALLQ_E_VALIDATION', { openingHours: span });
    }
    const ratio = body.priorityRatio;
    if (ratio && ratio.priority + ratio.ordinary === 0)
      throw new HallqError('HALLQ_E_VALIDATION', { priorityRatio: ratio });
    // 电子监察: a factor under 1 would call a service long before its expected time.
    const factor = body.supervision?.serviceOverrunFactor;
    if (factor !== undefined && factor > 0 && factor < 1)
      throw new HallqError('HALLQ_E_VALIDATION', { serviceOverrunFactor: factor });
    const {
      workingWeekdays,
      supervision,
      scoring: scoringChange,
      voice,
      publicUrl,
      ...rest
    } = body;
    const voiceProblem = voice && voiceTemplateProblem(voice.template);
    if (voiceProblem)
      throw new HallqError('HALLQ_E_VALIDATION', {
        field: 'voice.template',
        problem: voiceProblem,
      });
    const urlProblem = publicUrl ? publicUrlProblem(publicUrl) : undefined;
    if (urlProblem)
      throw new HallqError('HALLQ_E_VALIDATION', { field: 'publicUrl', problem: urlProblem });
    // 绩效考评 (core P1): the merged scheme must still grade.
    const scoring = scoringChange ? mergeScoring(before.scoring, scoringChange) : undefined;
    const problem = scoring ? schemeProblem(scoringScheme(scoring)) : undefined;
    if (problem) throw new HallqError('HALLQ_E_VALIDATION', { field: 'scoring', problem });
    const after: Site = {
      ...before,
      ...rest,
      ...(workingWeekdays ? { workingWeekdays: [...workingWeekdays].sort() as IsoWeekday[] } : {}),
      ...(supervision ? { supervision: { ...before.supervision, ...supervision } } : {}),
      ...(scoring ? { scoring } : {}),
      ...(voice ? { voice: { ...before.voice, ...voice } } : {}),
      ...(publicUrl ? { publicUrl: publicUrl.replace(/\/+$/, '') } : {}),
    };
    if (publicUrl === null) delete after.publicUrl;
    this.saveCatalog([this.catalogChange(caller, id, { kind: 'site', id, before, after })]);
    return after;
  }
}
