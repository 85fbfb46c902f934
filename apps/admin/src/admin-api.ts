/**
 * The admin routes of /api/v1 the console uses, typed with the protocol's
 * schemas (the same ones the server validates with). The screens' shared
 * client (@hallq/client) covers sign-in, the catalogue and the notice; these
 * are the console's own.
 */
import { NetworkError, apiErrorFrom } from '@hallq/client';
import type {
  AuditReply,
  CalendarYearBody,
  CalendarYearReply,
  CatalogEntryReply,
  CreateDeviceBody,
  CreateDeviceReply,
  CreateItemBody,
  CreateSiteBody,
  CreateStaffBody,
  CreateUnitBody,
  CreateWindowBody,
  DeviceListReply,
  PairDeviceBody,
  PairDeviceReply,
  RatingCasesReply,
  RevokeDeviceReply,
  RotaBody,
  SetupBody,
  SetupReply,
  SetupStatusReply,
  SiteItemsBody,
  SiteTreeReply,
  StaffListReply,
  StaffReply,
  UpdateItemBody,
  UpdateSiteBody,
  UpdateStaffBody,
  UpdateUnitBody,
  UpdateWindowBody,
} from '@hallq/protocol';

export interface AuditFilter {
  siteId?: string;
  from?: number;
  to?: number;
  actor?: string;
  target?: string;
  cursor?: string;
}

export function createAdminApi(baseUrl: string, token: () => string | undefined) {
  const base = baseUrl.replace(/\/$/, '') + '/api/v1';

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    const t = token();
    if (t) headers.authorization = `Bearer ${t}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (err) {
      throw new NetworkError(err);
    }
    const text = await res.text().catch(() => '');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) throw apiErrorFrom(res.status, json);
    return json as T;
  }
  const id = encodeURIComponent;

  return {
    staff: () => request<StaffListReply>('GET', '/staff'),
    createStaff: (body: CreateStaffBody) => request<StaffReply>('POST', '/staff', body),
    updateStaff: (staffId: string, body: UpdateStaffBody) =>
      request<StaffReply>('PATCH', `/staff/${id(staffId)}`, body),
    disableStaff: (staffId: string) =>
      request<StaffReply>('POST', `/staff/${id(staffId)}/disable`, {}),
    enableStaff: (staffId: string) =>
      request<StaffReply>('POST', `/staff/${id(staffId)}/enable`, {}),
    resetPassword: (staffId: string, password: string) =>
      request<StaffReply>('POST', `/staff/${id(staffId)}/password`, { password }),

    createUnit: (body: CreateUnitBody) => request<CatalogEntryReply>('POST', '/units', body),
    updateUnit: (unitId: string, body: UpdateUnitBody) =>
      request<CatalogEntryReply>('PATCH', `/units/${id(unitId)}`, body),
    createItem: (body: CreateItemBody) => request<CatalogEntryReply>('POST', '/items', body),
    updateItem: (itemId: string, body: UpdateItemBody) =>
      request<CatalogEntryReply>('PATCH', `/items/${id(itemId)}`, body),
    createWindow: (body: CreateWindowBody) => request<CatalogEntryReply>('POST', '/windows', body),
    updateWindow: (windowId: string, body: UpdateWindowBody) =>
      request<CatalogEntryReply>('PATCH', `/windows/${id(windowId)}`, body),
    setRota: (windowId: string, rota: RotaBody['rota']) =>
      request<CatalogEntryReply>('PUT', `/windows/${id(windowId)}/rota`, { rota }),
    updateSite: (siteId: string, body: UpdateSiteBody) =>
      request<CatalogEntryReply>('PATCH', `/sites/${id(siteId)}`, body),
    /** The site tree, with each site's enabled master items (一窗受理). */
    sites: () => request<SiteTreeReply>('GET', '/sites'),
    setSiteItems: (siteId: string, body: SiteItemsBody) =>
      request<CatalogEntryReply>('PUT', `/sites/${id(siteId)}/items`, body),
    /** A township or village site under the district's network (district admins). */
    createSite: (body: CreateSiteBody) => request<CatalogEntryReply>('POST', '/sites', body),

    /** 首次设置: whether the server still waits for its first admin (no session needed). */
    setupStatus: () => request<SetupStatusReply>('GET', '/setup'),
    /** 首次设置 with the code from the server's log: the district site and the first admin. */
    setup: (body: SetupBody) => request<SetupReply>('POST', '/setup', body),

    /** 工作日历: a year of the official calendar as 整改 deadlines count working days. */
    calendar: (year: number) => request<CalendarYearReply>('GET', `/calendar/${year}`),
    setCalendar: (year: number, body: CalendarYearBody) =>
      request<CalendarYearReply>('PUT', `/calendar/${year}`, body),
    /** 好差评整改: the site's 差评 cases with their deadlines (read here, worked on the supervisor screen). */
    ratingCases: (siteId: string) =>
      request<RatingCasesReply>('GET', `/rating-cases?siteId=${id(siteId)}`),

    devices: () => request<DeviceListReply>('GET', '/devices'),
    createDevice: (body: CreateDeviceBody) => request<CreateDeviceReply>('POST', '/devices', body),
    /** Binds the six-digit code a screen without a token shows. */
    pairDevice: (body: PairDeviceBody) => request<PairDeviceReply>('POST', '/devices/pair', body),
    revokeDevice: (deviceId: string) =>
      request<RevokeDeviceReply>('POST', `/devices/${id(deviceId)}/revoke`, {}),

    audit: (filter: AuditFilter) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(filter))
        if (v !== undefined && v !== '') q.set(k, String(v));
      const s = q.toString();
      return request<AuditReply>('GET', `/audit${s ? `?${s}` : ''}`);
    },
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;
