/**
 * Typed REST client for /api/v1. Every write can carry an Idempotency-Key;
 * callers that retry after a NetworkError must reuse the same key.
 */
// Every reply and body type is the protocol's Static<typeof Schema> of the schema
// the server validates with (same name for both): no hand-typed copies here.
import type {
  AlertReply,
  ProxyStepBody,
  ProxyTicketBody,
  ProxyTicketReply,
  ProxyTicketsQuery,
  ProxyTicketsReply,
  SiteRollupReply,
  RaterPadReply,
  RatingBody,
  RatingReply,
  AlertsQuery,
  AlertsReply,
  CatalogReply,
  DeviceStatusBody,
  HealthReply,
  IssueTicketBody,
  ItemQuotaReply,
  KioskPrinterReply,
  LoginBody,
  LoginReply,
  MeReply,
  NoticeReply,
  NoticeSetReply,
  OkReply,
  PairingStartReply,
  PairingStatusReply,
  QueuesReply,
  SupervisionReply,
  TicketListReply,
  TicketReply,
  TransferBody,
  WindowQueueReply,
  WindowReply,
  WindowStatsReply,
} from '@hallq/protocol';
import { NetworkError, apiErrorFrom } from './api-error';

export interface ApiOptions {
  /** Server origin, e.g. http://10.0.0.5:8080; '' = same origin. */
  baseUrl?: string;
  /** Current bearer token (staff session or device token). */
  token?: () => string | undefined;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

export function createApi(options: ApiOptions = {}) {
  const base = (options.baseUrl ?? '').replace(/\/$/, '') + '/api/v1';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    key?: string,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    const token = options.token?.();
    if (token) headers.authorization = `Bearer ${token}`;
    if (key) headers['idempotency-key'] = key;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(base + path, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new NetworkError(err);
    }
    const text = await res.text().catch(() => '');
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      if (res.status >= 502 && res.status <= 504 && !json) throw new NetworkError(res.status);
      throw apiErrorFrom(res.status, json);
    }
    return json as T;
  }

  const q = (siteId?: string) => (siteId ? `?siteId=${encodeURIComponent(siteId)}` : '');
  const id = (s: string) => encodeURIComponent(s);

  return {
    health: () => request<HealthReply>('GET', '/health'),
    catalog: (siteId?: string) => request<CatalogReply>('GET', `/catalog${q(siteId)}`),
    login: (body: LoginBody) => request<LoginReply>('POST', '/auth/login', body),
    logout: () => request<OkReply>('POST', '/auth/logout', {}),
    me: () => request<MeReply>('GET', '/auth/me'),

    issueTicket: (body: IssueTicketBody, key: string) =>
      request<TicketReply>('POST', '/tickets', body, key),
    ticket: (ticketId: string) => request<TicketReply>('GET', `/tickets/${id(ticketId)}`),
    cancelTicket: (ticketId: string, reason?: string) =>
      request<TicketReply>('POST', `/tickets/${id(ticketId)}/cancel`, reason ? { reason } : {}),

    callNext: (windowId: string, expectedCurrentTicketId?: string | null, key?: string) =>
      request<TicketReply>(
        'POST',
        `/windows/${id(windowId)}/call-next`,
        expectedCurrentTicketId !== undefined ? { expectedCurrentTicketId } : {},
        key,
      ),
    callTicket: (windowId: string, ticketId: string, reason: string, key?: string) =>
      request<TicketReply>('POST', `/windows/${id(windowId)}/call`, { ticketId, reason }, key),
    /** 选号 by the number the visitor holds up. */
    callNumber: (windowId: string, number: string, reason: string, key?: string) =>
      request<TicketReply>('POST', `/windows/${id(windowId)}/call`, { number, reason }, key),
    /** 过号恢复: a 过号 ticket of today back in its queue, at the front or the back. */
    restore: (ticketId: string, position: 'front' | 'back', key?: string) =>
      request<TicketReply>('POST', `/tickets/${id(ticketId)}/restore`, { position }, key),
    /** Today's 过号 tickets of the window's site, newest first. */
    noShows: (windowId: string) =>
      request<TicketListReply>('GET', `/windows/${id(windowId)}/no-shows`),
    recall: (ticketId: string, key?: string) =>
      request<TicketReply>('POST', `/tickets/${id(ticketId)}/recall`, {}, key),
    noShow: (ticketId: string, key?: string) =>
      request<TicketReply>('POST', `/tickets/${id(ticketId)}/no-show`, {}, key),
    start: (ticketId: string, key?: string) =>
      request<TicketReply>('POST', `/tickets/${id(ticketId)}/start`, {}, key),
    finish: (ticketId: string, key?: string) =>
      request<TicketReply>('POST', `/tickets/${id(ticketId)}/finish`, {}, key),
    transfer: (ticketId: string, body: TransferBody, key?: string) =>
      request<TicketReply>('POST', `/tickets/${id(ticketId)}/transfer`, body, key),
    pause: (windowId: string, reason: string, until?: string) =>
      request<WindowReply>('POST', `/windows/${id(windowId)}/pause`, {
        reason,
        ...(until ? { until } : {}),
      }),
    resume: (windowId: string) =>
      request<WindowReply>('POST', `/windows/${id(windowId)}/resume`, {}),
    window: (windowId: string) => request<WindowReply>('GET', `/windows/${id(windowId)}`),
    /** The window's queue in call order (the first `limit` tickets, else all) and its summary. */
    windowQueue: (windowId: string, limit?: number) =>
      request<WindowQueueReply>(
        'GET',
        `/windows/${id(windowId)}/queue${limit === undefined ? '' : `?limit=${limit}`}`,
      ),
    windowStats: (windowId: string) =>
      request<WindowStatsReply>('GET', `/windows/${id(windowId)}/stats`),

    queues: (siteId?: string) => request<QueuesReply>('GET', `/queues${q(siteId)}`),
    notice: (siteId?: string) => request<NoticeReply>('GET', `/notice${q(siteId)}`),
    /** `includeChildren`: at the site's township halls too (the district's staff). */
    setNotice: (notice: string, siteId?: string, includeChildren?: boolean) =>
      request<NoticeSetReply>('PUT', `/notice${q(siteId)}`, {
        notice,
        ...(includeChildren ? { includeChildren } : {}),
      }),
    /** A screen without a token: a six-digit code to show, and the secret id to poll with. */
    startPairing: () => request<PairingStartReply>('POST', '/devices/pairing', {}),
    /** Still waiting, or paired with this screen's device token (handed over once). */
    pairingStatus: (pairingId: string) =>
      request<PairingStatusReply>('GET', `/devices/pairing/${id(pairingId)}`),
    reportDeviceStatus: (body: DeviceStatusBody) =>
      request<OkReply>('POST', '/devices/me/status', body),
    kioskPrinter: () => request<KioskPrinterReply>('GET', '/devices/me/printer'),
    setItemQuota: (itemId: string, dailyQuota: number | null) =>
      request<ItemQuotaReply>('PATCH', `/items/${id(itemId)}`, {
        dailyQuota,
      }),
    /** 电子监察: the open alerts of the caller's site (or all opened in from–to). */
    alerts: (query: AlertsQuery = {}) => {
      const params = new URLSearchParams(
        Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
      ).toString();
      return request<AlertsReply>('GET', `/alerts${params ? `?${params}` : ''}`);
    },
    ackAlert: (alertId: string, note: string) =>
      request<AlertReply>('POST', `/alerts/${id(alertId)}/ack`, { note }),
    /** The hall map's figures: units' waits and marks, windows' times, thresholds. */
    supervision: (siteId?: string) => request<SupervisionReply>('GET', `/supervision${q(siteId)}`),
    /** 好差评: the rating pad's window, reasons and timeout. */
    ratingPad: () => request<RaterPadReply>('GET', '/ratings/pad'),
    /** 好差评: the rating pad rates the ticket its window finished. */
    rate: (body: RatingBody) => request<RatingReply>('POST', '/ratings', body),
    /** 全程代办: a village agent registers a 代办 (→ 201 {ticket}). */
    registerProxy: (body: ProxyTicketBody) =>
      request<ProxyTicketReply>('POST', '/proxy-tickets', body),
    /** The agent's own 代办, or a handling site's (a clerk at a window: its units'). */
    proxyTickets: (query: ProxyTicketsQuery = {}) => {
      const params = new URLSearchParams(
        Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
      ).toString();
      return request<ProxyTicketsReply>('GET', `/proxy-tickets${params ? `?${params}` : ''}`);
    },
    proxyTicket: (proxyId: string) =>
      request<ProxyTicketReply>('GET', `/proxy-tickets/${id(proxyId)}`),
    proxyStep: (proxyId: string, body: ProxyStepBody) =>
      request<ProxyTicketReply>('POST', `/proxy-tickets/${id(proxyId)}/steps`, body),
    /** The district roll-up: every site the caller may see, live. */
    siteRollup: () => request<SiteRollupReply>('GET', '/sites/rollup'),
    /** For an <audio> element, which sends no header: the device token rides in the query. */
    ttsUrl: (text: string) => {
      const device = options.token?.();
      return `${base}/tts?text=${encodeURIComponent(text)}${device ? `&device=${encodeURIComponent(device)}` : ''}`;
    },
  };
}

export type HallqApi = ReturnType<typeof createApi>;
