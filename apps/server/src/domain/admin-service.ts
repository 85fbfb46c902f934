/**
 * Admin changes: staff, devices, the catalogue (units, items, windows, the
 * rota) and site settings. Each validates against the running hall, then
 * goes through HallService.recordAdmin: the change, its event and its audit
 * entry in one transaction, then the model takes it and the screens get the
 * event. Bad input throws a coded HallqError before anything is written.
 *
 * Both the admin API (routes/admin-*.ts) and `pnpm hallq` writing while no
 * server holds the database (cli.ts) use this class, so the CLI's direct
 * writes are logged and audited the same way.
 */
import type Database from 'better-sqlite3';
import type { IsoWeekday, Item, Site, Unit, Window } from '@hallq/core';
import type {
  CreateItemBody,
  CreateStaffBody,
  CreateUnitBody,
  CreateWindowBody,
  DeviceKind,
  DeviceRecord,
  StaffRecord,
  UpdateItemBody,
  UpdateSiteBody,
  UpdateStaffBody,
  UpdateUnitBody,
  UpdateWindowBody,
} from '@hallq/protocol';
import { HallqError } from '../errors';
import { AuditLog } from './audit-log';
import type { Accounts, DeviceRow, StaffRow } from './accounts';
import type { HallService } from './hall-service';
import type { Actor, CatalogChange, CatalogChanged } from './logged-event';

/** The staff account `pnpm hallq` acts as while a server runs (see local-admin.ts). */
export const CLI_STAFF_ID = 'hallq-cli';

export function staffRecord(s: StaffRow): StaffRecord {
  return {
    id: s.id,
    username: s.username,
    name: s.name,
    staffNo: s.staff_no,
    role: s.role,
    siteId: s.site_id,
    windowIds: JSON.parse(s.window_ids) as string[],
    active: s.active === 1,
  };
}

export function deviceRecord(d: DeviceRow): DeviceRecord {
  return { id: d.id, kind: d.kind, siteId: d.site_id, name: d.name, revoked: d.revoked_at != null };
}

/** Who is asking, and which sites they may change. */
export interface AdminCaller {
  actor: Actor;
  /** The caller's own site; a district-level caller may change any site. */
  siteId: string;
}

export class AdminService {
  readonly audit: AuditLog;

  constructor(
    private readonly hall: HallService,
    private readonly accounts: Accounts,
    private readonly db: Database.Database,
    /** Ends the live connections of a revoked session (the socket server's). */
    private readonly disconnect: (tokenHash: string) => void = () => {},
  ) {
    this.audit = new AuditLog(db);
    hall.addAdminReader(({ seq, event }) => this.audit.record(seq, event));
  }

  private get catalog() {
    return this.hall.catalog;
  }
  private now() {
    return this.hall.now();
  }

  /** The sites a caller may read and change: their own, or every site for the district hall. */
  sitesOf(caller: AdminCaller): string[] {
    const own = this.catalog.sites[caller.siteId];
    if (own?.level === 'district') return Object.keys(this.catalog.sites);
    return own ? [own.id] : [];
  }

  /** The site a write acts on: the one named (when the caller may), else the caller's. */
  private site(caller: AdminCaller, asked: string | undefined): Site {
    const id = asked ?? caller.siteId;
    const site = this.catalog.sites[id];
    if (!site) throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId: id });
    if (!this.sitesOf(caller).includes(id))
      throw new HallqError('HALLQ_E_FORBIDDEN', { siteId: id });
    return site;
  }

  private inScope<T extends { siteId: string }>(
    caller: AdminCaller,
    entry: T | undefined,
    code: 'HALLQ_E_UNIT_NOT_FOUND' | 'HALLQ_E_ITEM_NOT_FOUND' | 'HALLQ_E_WINDOW_NOT_FOUND',
    id: string,
  ): T {
    // Another site's entry is answered as unknown: its ids are not the caller's business.
    if (!entry || !this.sitesOf(caller).includes(entry.siteId)) throw new HallqError(code, { id });
    return entry;
  }

  private catalogChange(
    caller: AdminCaller,
    siteId: string,
    change: CatalogChange,
  ): CatalogChanged {
    return { type: 'catalog.changed', siteId, at: this.now(), actor: caller.actor, ...change };
  }

  private saveCatalog(events: CatalogChanged[]): void {
    this.hall.recordAdmin(events, () => {
      for (const e of events) this.hall.store.saveCatalogEntry(e.kind, e.after);
    });
  }

  // ——— staff ———

  listStaff(caller: AdminCaller): StaffRecord[] {
    const sites = this.sitesOf(caller);
    const rows = this.db
      .prepare(`SELECT * FROM staff WHERE id != ? ORDER BY site_id, username`)
      .all(CLI_STAFF_ID) as StaffRow[];
    return rows.filter((r) => sites.includes(r.site_id)).map(staffRecord);
  }

  private staffInScope(caller: AdminCaller, id: string): StaffRow {
    const row = id === CLI_STAFF_ID ? undefined : this.accounts.staffById(id);
    if (!row || !this.sitesOf(caller).includes(row.site_id))
      throw new HallqError('HALLQ_E_STAFF_NOT_FOUND', { id });
    return row;
  }

  /** Every window exists and belongs to the staff member's site. */
  private checkWindows(siteId: string, windowIds: readonly string[]): void {
    for (const id of windowIds) {
      const w = this.catalog.windows[id];
      if (!w) throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND', { windowId: id });
      if (w.siteId !== siteId) throw new HallqError('HALLQ_E_OTHER_SITE', { windowId: id });
    }
  }

  createStaff(caller: AdminCaller, body: CreateStaffBody): StaffRecord {
    const site = this.site(caller, body.siteId);
    this.checkWindows(site.id, body.windowIds);
    const taken = this.db
      .prepare(`SELECT 1 FROM staff WHERE username = ? OR id = ?`)
      .get(body.username, `staff-${body.username}`);
    if (taken || body.username === CLI_STAFF_ID)
      throw new HallqError('HALLQ_E_USERNAME_TAKEN', { username: body.username });
    const id = `staff-${body.username}`;
    const after: StaffRecord = {
      id,
      username: body.username,
      name: body.name,
      staffNo: body.staffNo ?? '',
      role: body.role,
      siteId: site.id,
      windowIds: [...body.windowIds],
      active: true,
    };
    const event = this.staffEvent(caller, 'created', undefined, after);
    return this.hall.recordAdmin([event], () =>
      staffRecord(
        this.accounts.createStaff(
          {
            username: body.username,
            password: body.password,
            name: body.name,
            staffNo: body.staffNo ?? '',
            role: body.role,
            siteId: site.id,
            windowIds: body.windowIds,
          },
          event.at,
        ),
      ),
    );
  }

  private staffEvent(
    caller: AdminCaller,
    action: 'created' | 'updated' | 'disabled' | 'enabled',
    before: StaffRecord | undefined,
    after: StaffRecord,
  ) {
    return {
      type: 'staff.changed' as const,
      siteId: after.siteId,
      at: this.now(),
      actor: caller.actor,
      action,
      id: after.id,
      ...(before ? { before } : {}),
      after,
    };
  }

  updateStaff(caller: AdminCaller, id: string, body: UpdateStaffBody): StaffRecord {
    const row = this.staffInScope(caller, id);
    const before = staffRecord(row);
    if (body.windowIds) this.checkWindows(row.site_id, body.windowIds);
    const after: StaffRecord = {
      ...before,
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.staffNo !== undefined ? { staffNo: body.staffNo } : {}),
      ...(body.role !== undefined ? { role: body.role } : {}),
      ...(body.windowIds !== undefined ? { windowIds: [...body.windowIds] } : {}),
    };
    this.hall.recordAdmin([this.staffEvent(caller, 'updated', before, after)], () => {
      this.db
        .prepare(`UPDATE staff SET name = ?, staff_no = ?, role = ?, window_ids = ? WHERE id = ?`)
        .run(after.name, after.staffNo, after.role, JSON.stringify(after.windowIds), id);
    });
    // A session resolved before keeps the old role in memory: forget them all.
    this.accounts.invalidate();
    return after;
  }

  /**
   * Disabled: they cannot sign in, every session of theirs ends at once (the
   * next request and their open sockets), and a window they hold is signed
   * out so the hall screen shows it closed.
   */
  disableStaff(caller: AdminCaller, id: string): StaffRecord {
    const row = this.staffInScope(caller, id);
    if (caller.actor.kind === 'staff' && caller.actor.id === id)
      throw new HallqError('HALLQ_E_CONFLICT', { reason: 'self' });
    const before = staffRecord(row);
    const after = { ...before, active: false };
    const now = this.now();
    const sessions = this.db
      .prepare(`SELECT token_hash FROM sessions WHERE staff_id = ? AND revoked_at IS NULL`)
      .pluck()
      .all(id) as string[];
    this.hall.recordAdmin([this.staffEvent(caller, 'disabled', before, after)], () => {
      this.db.prepare(`UPDATE staff SET active = 0 WHERE id = ?`).run(id);
      this.accounts.revokeStaffSessions(id, now);
    });
    this.accounts.invalidate();
    for (const [windowId, ws] of Object.entries(this.hall.state.windows)) {
      if (ws.staffId !== id || ws.status === 'signedOut') continue;
      try {
        this.hall.execute({ type: 'signOut', windowId, at: now });
      } catch {
        // The window keeps its ticket (a rule refused the sign-out); the clerk is out all the same.
      }
    }
    for (const hash of sessions) this.disconnect(hash);
    return after;
  }

  enableStaff(caller: AdminCaller, id: string): StaffRecord {
    const row = this.staffInScope(caller, id);
    const before = staffRecord(row);
    const after = { ...before, active: true };
    this.hall.recordAdmin([this.staffEvent(caller, 'enabled', before, after)], () => {
      this.db.prepare(`UPDATE staff SET active = 1 WHERE id = ?`).run(id);
    });
    return after;
  }

  // ——— devices ———

  createDevice(
    caller: AdminCaller,
    d: { kind: DeviceKind; name: string; siteId?: string; printerUrl?: string },
  ): { device: DeviceRow; token: string } {
    const site = this.site(caller, d.siteId);
    const at = this.now();
    let created: { device: DeviceRow; token: string } | undefined;
    // The id is chosen by Accounts: the event is completed inside the transaction.
    const event = {
      type: 'device.changed' as const,
      siteId: site.id,
      at,
      actor: caller.actor,
      action: 'created' as const,
      id: '',
      after: { id: '', kind: d.kind, siteId: site.id, name: d.name, revoked: false },
    };
    this.hall.recordAdmin([event], () => {
      created = this.accounts.createDevice(
        {
          kind: d.kind,
          name: d.name,
          siteId: site.id,
          ...(d.printerUrl ? { printerUrl: d.printerUrl } : {}),
        },
        at,
      );
      event.id = created.device.id;
      event.after = deviceRecord(created.device);
    });
    return created as { device: DeviceRow; token: string };
  }

  // ——— catalogue ———

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
    const { dailyQuota, ...rest } = body;
    const after: Item = { ...before, ...rest };
    if (dailyQuota === null) delete after.dailyQuota;
    else if (dailyQuota !== undefined) after.dailyQuota = dailyQuota;
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

  /** 大厅设置: opening hours, working weekdays, number width, priority ratio. */
  updateSite(caller: AdminCaller, id: string, body: UpdateSiteBody): Site {
    const before = this.site(caller, id);
    for (const span of body.openingHours ?? []) {
      if (span.start >= span.end)
        throw new HallqError('HALLQ_E_VALIDATION', { openingHours: span });
    }
    const ratio = body.priorityRatio;
    if (ratio && ratio.priority + ratio.ordinary === 0)
      throw new HallqError('HALLQ_E_VALIDATION', { priorityRatio: ratio });
    const { workingWeekdays, ...rest } = body;
    const after: Site = {
      ...before,
      ...rest,
      ...(workingWeekdays ? { workingWeekdays: [...workingWeekdays].sort() as IsoWeekday[] } : {}),
    };
    this.saveCatalog([this.catalogChange(caller, id, { kind: 'site', id, before, after })]);
    return after;
  }
}
