/**
 * Every write route of the API, with who may call it, a valid body, and
 * malformed bodies specific to it. The auth and validation suites walk this
 * table; a test checks that it lists every write route the OpenAPI document
 * has, so a new route cannot escape them.
 */
import type { TestHall } from './test-hall';

export type Caller =
  'kiosk' | 'display' | 'caller' | 'clerk' | 'clerkElsewhere' | 'supervisor' | 'admin';

export interface HallFixture {
  tokens: Record<Caller, string>;
  /** Called at w5 by the clerk. */
  calledId: string;
  /** Waiting in yibao. */
  waitingIds: string[];
  yibaoItem: string;
}

export interface WriteRoute {
  method: 'POST' | 'PUT' | 'PATCH';
  /** As the OpenAPI document names it, e.g. /api/v1/tickets/{id}/recall. */
  path: string;
  url(f: HallFixture): string;
  /** A body the route accepts (undefined: sent without a body). */
  body(f: HallFixture): unknown;
  /** A caller that may use it. */
  allowed: Caller;
  /** Callers with a valid token of the wrong kind or role. */
  forbidden: Caller[];
  /** Wrong types, extra fields, missing fields: each must be refused. */
  bad(f: HallFixture): unknown[];
  /** Whether the route reads an Idempotency-Key header. */
  idempotent?: boolean;
}

const ticketAction = (action: string): WriteRoute => ({
  method: 'POST',
  path: `/api/v1/tickets/{id}/${action}`,
  url: (f) => `/api/v1/tickets/${f.calledId}/${action}`,
  body: () => ({}),
  allowed: 'clerk',
  forbidden: ['kiosk', 'display', 'caller'],
  bad: () => [{ extra: true }, [], 'recall', 42, { ticketId: 5 }],
  idempotent: true,
});

export const WRITE_ROUTES: WriteRoute[] = [
  {
    method: 'POST',
    path: '/api/v1/tickets',
    url: () => '/api/v1/tickets',
    body: (f) => ({ itemId: f.yibaoItem }),
    allowed: 'kiosk',
    forbidden: ['display', 'caller', 'clerk', 'admin'],
    bad: (f) => [
      {},
      { itemId: 123 },
      { itemId: '' },
      { itemId: 'x'.repeat(65) },
      { itemId: '../../etc/passwd' },
      { itemId: f.yibaoItem, priority: 'vip' },
      { itemId: f.yibaoItem, priority: null },
      { itemId: f.yibaoItem, print: 'yes' },
      { itemId: f.yibaoItem, extra: 1 },
      { itemId: [f.yibaoItem] },
      [{ itemId: f.yibaoItem }],
      null,
      'A001',
    ],
    idempotent: true,
  },
  ticketAction('recall'),
  ticketAction('no-show'),
  ticketAction('start'),
  ticketAction('finish'),
  {
    method: 'POST',
    path: '/api/v1/tickets/{id}/transfer',
    url: (f) => `/api/v1/tickets/${f.calledId}/transfer`,
    body: () => ({ toUnitId: 'shebao', position: 'front' }),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [
      {},
      { toUnitId: 'shebao' },
      { toUnitId: 'shebao', position: 'middle' },
      { toUnitId: 7, position: 'front' },
      { toUnitId: 'shebao', position: 'front', extra: 1 },
      { toUnitId: 'she bao', position: 'front' },
      null,
      [],
    ],
    idempotent: true,
  },
  {
    method: 'POST',
    path: '/api/v1/tickets/{id}/cancel',
    url: (f) => `/api/v1/tickets/${f.waitingIds[0]}/cancel`,
    body: () => ({ reason: '群众自行离开' }),
    allowed: 'kiosk',
    forbidden: ['display', 'caller'],
    bad: () => [{ reason: 5 }, { reason: 'x'.repeat(201) }, { reason: 'ok', extra: 1 }, null, []],
  },
  {
    method: 'POST',
    path: '/api/v1/windows/{id}/call-next',
    url: () => '/api/v1/windows/w5/call-next',
    body: () => undefined,
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [{ extra: 1 }, { expectedCurrentTicketId: 5 }, [], 'next', true],
    idempotent: true,
  },
  {
    method: 'POST',
    path: '/api/v1/windows/{id}/call',
    url: () => '/api/v1/windows/w5/call',
    body: (f) => ({ ticketId: f.waitingIds[1], reason: '老年人优先' }),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: (f) => [
      {},
      { ticketId: f.waitingIds[1] },
      { ticketId: f.waitingIds[1], reason: '' },
      { ticketId: 1, reason: 'x' },
      { ticketId: f.waitingIds[1], reason: 'x', extra: 1 },
      null,
    ],
    idempotent: true,
  },
  {
    method: 'POST',
    path: '/api/v1/windows/{id}/pause',
    url: () => '/api/v1/windows/w5/pause',
    body: () => ({ reason: '午休' }),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [
      {},
      { reason: '' },
      { reason: 1 },
      { reason: 'x'.repeat(65) },
      { reason: '午休', extra: 1 },
      null,
    ],
  },
  {
    method: 'POST',
    path: '/api/v1/windows/{id}/resume',
    url: () => '/api/v1/windows/w5/resume',
    body: () => ({}),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [{ extra: 1 }, [], 'go'],
  },
  {
    method: 'POST',
    path: '/api/v1/windows/{id}/sign-out',
    url: () => '/api/v1/windows/w6/sign-out',
    body: () => ({}),
    allowed: 'supervisor',
    forbidden: ['clerk', 'clerkElsewhere', 'kiosk', 'display', 'caller'],
    bad: () => [{ force: true }, [], 'now'],
  },
  {
    method: 'POST',
    path: '/api/v1/auth/logout',
    url: () => '/api/v1/auth/logout',
    body: () => ({}),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [{ everywhere: true }, [], 1],
  },
  {
    method: 'PUT',
    path: '/api/v1/notice',
    url: () => '/api/v1/notice',
    body: () => ({ notice: '今日下午三点系统维护' }),
    allowed: 'supervisor',
    forbidden: ['clerk', 'kiosk', 'display'],
    bad: () => [{}, { notice: 5 }, { notice: 'x'.repeat(501) }, { notice: 'x', extra: 1 }, null],
  },
  {
    method: 'PATCH',
    path: '/api/v1/items/{id}',
    url: (f) => `/api/v1/items/${f.yibaoItem}`,
    body: () => ({ dailyQuota: 50 }),
    allowed: 'admin',
    forbidden: ['supervisor', 'clerk', 'kiosk'],
    bad: () => [
      { dailyQuota: -1 },
      { dailyQuota: 1.5 },
      { dailyQuota: '50' },
      { expectedServiceMinutes: 0 },
      { dailyQuota: 5, extra: 1 },
      null,
    ],
  },
  {
    method: 'POST',
    path: '/api/v1/devices',
    url: () => '/api/v1/devices',
    body: () => ({ kind: 'kiosk', name: '二楼取号机' }),
    allowed: 'admin',
    forbidden: ['supervisor', 'clerk', 'kiosk'],
    bad: () => [
      {},
      { kind: 'printer', name: 'x' },
      { kind: 'kiosk' },
      { kind: 'kiosk', name: '' },
      { kind: 'kiosk', name: 'x', printerUrl: 'http://evil' },
      { kind: 'kiosk', name: 'x', token: 'mine' },
      null,
    ],
  },
  {
    method: 'POST',
    path: '/api/v1/devices/me/status',
    url: () => '/api/v1/devices/me/status',
    body: () => ({ printerStatus: 'online' }),
    allowed: 'display',
    forbidden: ['clerk', 'admin'],
    bad: () => [
      { printerStatus: 'on fire' },
      { voiceSource: 1 },
      { fault: { code: 'lower case', message: 'x' } },
      { fault: { code: 'X' } },
      { extra: 1 },
      null,
    ],
  },
];

/** The only write route open without a token. */
export const OPEN_WRITE_ROUTES = ['POST /api/v1/auth/login'];

/**
 * A hall mid-morning: the clerk w05 holds a called ticket at w5, three more
 * wait, and a token of every kind is at hand.
 */
export async function hallFixture(hall: TestHall): Promise<HallFixture> {
  const yibaoItem = hall.itemOf('yibao');
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) ids.push((await hall.issue(yibaoItem)).body.ticket.id as string);
  const clerk = await hall.login('w05', 'w5');
  const called = await hall.request({
    method: 'POST',
    url: '/api/v1/windows/w5/call-next',
    token: clerk,
  });
  if (called.status !== 200) throw new Error(`fixture: call-next ${called.status}`);
  return {
    tokens: {
      kiosk: hall.device('kiosk'),
      display: hall.device('display'),
      caller: hall.device('caller'),
      clerk,
      clerkElsewhere: await hall.login('w06', 'w6'),
      supervisor: await hall.login('supervisor'),
      admin: await hall.login('admin'),
    },
    calledId: called.body.ticket.id as string,
    waitingIds: ids.filter((id) => id !== called.body.ticket.id),
    yibaoItem,
  };
}
