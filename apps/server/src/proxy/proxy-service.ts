/**
 * 全程代办 on the server (`app.proxies`): a village agent registers a 代办
 * (core Q27) with its promised date (Q29); the handling site's clerks
 * accept it, ask for missing materials, finish it, and the agent brings
 * what was missing (Q28). Every change is an event appended through
 * HallService.recordAdmin on the handling site's `#proxy` stream; the proxy
 * tables are written from it in the same transaction (the plugin's admin
 * reader), so a refused request changes nothing. Who reads the applicant in
 * clear is decided here (Q30).
 */
import { randomBytes } from 'node:crypto';
import {
  businessTime,
  checkProxyRegistration,
  decideProxyStep,
  PROXY_STEP_BY,
  proxyPromise,
  type WorkCalendar,
} from '@hallq/core';
import type {
  ProxyStepBody,
  ProxyTicketBody,
  ProxyTicketsQuery,
  ProxyTicketView,
  TicketView,
} from '@hallq/protocol';
import type { StaffRow } from '../domain/accounts';
import type { HallService } from '../domain/hall-service';
import { HallqError } from '../errors';
import { districtHall } from '../routes/site-scope';
import type { ProxyRegistered, ProxyStepped } from './proxy-events';
import type { ProxyTable } from './proxy-table';

const newProxyId = () => `px_${randomBytes(12).toString('base64url')}`;
const actorOf = (s: StaffRow) => ({ kind: 'staff' as const, id: s.id, name: s.name });

export class ProxyService {
  constructor(
    private readonly hall: HallService,
    readonly table: ProxyTable,
    private readonly calendar: () => WorkCalendar,
  ) {}

  private isDistrictStaff(staff: StaffRow): boolean {
    return staff.site_id === districtHall(this.hall.catalog);
  }

  /** The handling site's staff, or the district's supervisors and admins. */
  private handles(staff: StaffRow, siteId: string): boolean {
    if (staff.role === 'agent') return false;
    if (staff.site_id === siteId) return true;
    return this.isDistrictStaff(staff) && staff.role !== 'clerk';
  }

  /** The record in clear: the agent who registered it, or the handling site's own staff. */
  private reveals(staff: StaffRow, row: { agent_id: string; site_id: string }): boolean {
    return staff.id === row.agent_id || (staff.role !== 'agent' && staff.site_id === row.site_id);
  }

  register(staff: StaffRow, body: ProxyTicketBody): ProxyTicketView {
    if (staff.role !== 'agent') throw new HallqError('HALLQ_E_NOT_AGENT');
    const catalog = this.hall.catalog;
    const materials = [...new Set(body.materials.map((m) => m.trim()).filter(Boolean))];
    const checked = checkProxyRegistration(catalog, {
      agentSiteId: staff.site_id,
      siteId: body.siteId,
      itemId: body.itemId,
      materials,
    });
    if (!checked.ok) throw new HallqError(checked.code, checked.details ?? {});
    const at = this.hall.now();
    const site = catalog.sites[body.siteId];
    const item = catalog.items[body.itemId];
    const promise = proxyPromise(
      at,
      item?.promisedDays ?? 0,
      site?.timeZone ?? 'Asia/Shanghai',
      this.calendar(),
    );
    const event: ProxyRegistered = {
      type: 'proxy.registered',
      siteId: body.siteId,
      at,
      proxy: {
        id: newProxyId(),
        unitId: checked.value.unitId,
        itemId: body.itemId,
        agentId: staff.id,
        agentName: staff.name,
        agentSiteId: staff.site_id,
        applicant: { name: body.applicant.name.trim(), phone: body.applicant.phone.trim() },
        materials,
        note: (body.note ?? '').trim(),
        dueDay: promise.dueDay,
        dueAt: promise.dueAt,
        calendarConfirmed: promise.calendarConfirmed,
      },
      actor: actorOf(staff),
    };
    this.hall.recordAdmin([event], () => undefined);
    return this.record(staff, event.proxy.id);
  }

  step(staff: StaffRow, id: string, body: ProxyStepBody): ProxyTicketView {
    const row = this.table.row(id);
    if (!row) throw new HallqError('HALLQ_E_PROXY_NOT_FOUND');
    // Not a party to it (its agent, the handling site): not found. A party asking for a
    // step its state does not allow: 409. A party taking the other's step: 403.
    const isAgent = staff.id === row.agent_id;
    if (!isAgent && !this.handles(staff, row.site_id))
      throw new HallqError('HALLQ_E_PROXY_NOT_FOUND');
    const decided = decideProxyStep(
      { status: row.status, trips: row.trips, materials: JSON.parse(row.materials) as string[] },
      { kind: body.kind, note: body.note ?? '', materials: body.materials ?? [] },
    );
    if (!decided.ok) throw new HallqError(decided.code, decided.details ?? {});
    if (isAgent !== (PROXY_STEP_BY[body.kind] === 'agent'))
      throw new HallqError('HALLQ_E_FORBIDDEN', { kind: body.kind });
    const d = decided.value;
    const event: ProxyStepped = {
      type: 'proxy.stepped',
      siteId: row.site_id,
      at: this.hall.now(),
      proxyId: id,
      agentId: row.agent_id,
      kind: body.kind,
      note: d.note,
      materials: body.kind === 'askMaterials' ? d.missing : [...(body.materials ?? [])],
      status: d.status,
      trips: d.trips,
      actor: actorOf(staff),
    };
    this.hall.recordAdmin([event], () => undefined);
    return this.record(staff, id);
  }

  /** One 代办 for the agent or a handling site's staff; others do not find it. */
  record(staff: StaffRow, id: string): ProxyTicketView {
    const row = this.table.row(id);
    if (!row || (staff.id !== row.agent_id && !this.handles(staff, row.site_id)))
      throw new HallqError('HALLQ_E_PROXY_NOT_FOUND');
    return this.table.view(row, this.hall.now(), this.reveals(staff, row));
  }

  /** The agent's own 代办; a handling site's (a clerk at a window: its units'). */
  list(staff: StaffRow, windowId: string | undefined, q: ProxyTicketsQuery): ProxyTicketView[] {
    const status = q.status ?? 'all';
    const now = this.hall.now();
    if (staff.role === 'agent') return this.table.list({ agentId: staff.id, status }, now);
    const siteId = q.siteId ?? staff.site_id;
    if (!this.hall.catalog.sites[siteId]) throw new HallqError('HALLQ_E_SITE_NOT_FOUND');
    if (siteId !== staff.site_id && !this.isDistrictStaff(staff))
      throw new HallqError('HALLQ_E_FORBIDDEN', { siteId });
    const window = windowId ? this.hall.catalog.windows[windowId] : undefined;
    const unitIds = q.unitId ? [q.unitId] : window?.siteId === siteId ? window.unitIds : undefined;
    return this.table.list({ siteId, status, ...(unitIds ? { unitIds } : {}) }, now);
  }

  /** GET /tickets/:id of a proxy ticket: the status page's form, masked (Q30). */
  statusView(id: string): TicketView | undefined {
    const row = this.table.row(id);
    if (!row) return undefined;
    const proxy = this.table.view(row, this.hall.now(), false);
    const site = this.hall.catalog.sites[row.site_id];
    const unit = this.hall.catalog.units[row.unit_id];
    return {
      id: row.id,
      number: '代办',
      status: row.status === 'done' ? 'done' : 'waiting',
      siteId: row.site_id,
      unitId: row.unit_id,
      itemId: row.item_id,
      priority: 'normal',
      businessDay: businessTime(row.registered_at, site?.timeZone ?? 'Asia/Shanghai').day,
      issuedAt: row.registered_at,
      ahead: 0,
      estimatedWaitMs: 0,
      recallCount: 0,
      transferCount: 0,
      front: false,
      itemName: proxy.itemName,
      ...(unit ? { unitName: unit.name } : {}),
      ...(row.done_at !== null ? { finishedAt: row.done_at } : {}),
      proxy,
    };
  }
}
