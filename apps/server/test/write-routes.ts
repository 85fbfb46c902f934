/**
 * Every write route of the API, with who may call it, a valid body, and
 * malformed bodies specific to it. The auth and validation suites walk this
 * table; a test checks that it lists every write route the OpenAPI document
 * has, so a new route cannot escape them.
 */
import { DEMO_PASSWORD, type TestHall } from './test-hall';

export type Caller =
  | 'kiosk'
  | 'display'
  | 'caller'
  | 'rater'
  | 'clerk'
  | 'clerkElsewhere'
  | 'supervisor'
  | 'admin'
  | 'agent';

export interface HallFixture {
  tokens: Record<Caller, string>;
  /** Called at w5 by the clerk. */
  calledId: string;
  /** Waiting in yibao. */
  waitingIds: string[];
  /** A code a screen without a token is showing (in this hall's memory only). */
  pairingCode: string;
  yibaoItem: string;
  /** An open 电子监察 alert (a window of yibao's absent while its people wait). */
  alertId: string;
  /** A 代办 (全程代办) of 大安街道's first village room, handled at the district. */
  proxyId: string;
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

/** Admin API (routes/admin-*.ts): admin and supervisor sessions only. */
const adminOnly = (
  method: WriteRoute['method'],
  path: string,
  url: string,
  body: unknown,
  bad: unknown[],
): WriteRoute => ({
  method,
  path: `/api/v1${path}`,
  url: () => `/api/v1${url}`,
  body: () => body,
  allowed: 'admin',
  forbidden: ['clerk', 'kiosk', 'display', 'caller'],
  bad: () => [...bad, []],
});

const ADMIN_ROUTES: WriteRoute[] = [
  adminOnly(
    'POST',
    '/staff',
    '/staff',
    { username: 'zhaoliu', password: 'Zl-2026-hall', name: '赵六', role: 'clerk', windowIds: [] },
    [
      { username: 'zhaoliu', password: '', name: '赵六', role: 'clerk', windowIds: [] },
      {
        username: 'zhao liu',
        password: 'Zl-2026-hall',
        name: '赵六',
        role: 'clerk',
        windowIds: [],
      },
      { username: 'zhaoliu', password: 'Zl-2026-hall', name: '赵六', role: 'boss', windowIds: [] },
      { username: 'zhaoliu', password: 'Zl-2026-hall', name: '赵六', role: 'clerk' },
      { username: 'zhaoliu', password: 'Zl-2026-hall', name: '', role: 'clerk', windowIds: [] },
      {
        username: 'zhaoliu',
        password: 'Zl-2026-hall',
        name: '赵六',
        role: 'clerk',
        windowIds: [],
        active: false,
      },
    ],
  ),
  adminOnly('PATCH', '/staff/{id}', '/staff/staff-w07', { name: '王七' }, [
    {},
    { name: '' },
    { role: 'root' },
    { windowIds: 'w7' },
    { password: 'x' },
  ]),
  adminOnly('POST', '/staff/{id}/disable', '/staff/staff-w30/disable', {}, [{ now: true }, 'go']),
  adminOnly('POST', '/staff/{id}/enable', '/staff/staff-w30/enable', {}, [{ now: true }, 'go']),
  adminOnly(
    'POST',
    '/staff/{id}/password',
    '/staff/staff-w31/password',
    { password: 'Wu-Gang-2026-31' },
    [{}, { password: '' }, { password: 5 }, { password: 'Wu-Gang-2026-31', extra: 1 }],
  ),
  adminOnly(
    'POST',
    '/units',
    '/units',
    {
      id: 'tuijun',
      name: '退役军人事务局',
      shortName: '退役军人',
      ticketPrefix: 'T',
      kind: 'permanent',
    },
    [
      {
        id: 'tuijun',
        name: '退役军人事务局',
        shortName: '退役军人',
        ticketPrefix: 't',
        kind: 'permanent',
      },
      { id: '42', name: 'x', shortName: 'x', ticketPrefix: 'T', kind: 'permanent' },
      { id: 'tuijun', name: 'x', shortName: 'x', ticketPrefix: 'T', kind: 'other' },
      { id: 'tuijun', name: 'x', shortName: 'x', kind: 'permanent' },
    ],
  ),
  adminOnly('PATCH', '/units/{id}', '/units/jiaoyu', { name: '区教育局' }, [
    {},
    { enabled: 'no' },
    { siteId: 'xinjin' },
    { ticketPrefix: 'AB1' },
  ]),
  adminOnly(
    'POST',
    '/items',
    '/items',
    {
      id: 'yb-new',
      unitId: 'yibao',
      name: '医保新事项',
      promisedDays: 0,
      onTheSpot: true,
      expectedServiceMinutes: 10,
    },
    [
      { id: 'yb-new', unitId: 'yibao', name: 'x', promisedDays: 0, onTheSpot: true },
      {
        id: 'yb-new',
        unitId: 'yibao',
        name: 'x',
        promisedDays: -1,
        onTheSpot: true,
        expectedServiceMinutes: 10,
      },
    ],
  ),
  {
    ...adminOnly('PATCH', '/items/{id}', '', { dailyQuota: 50 }, [
      { dailyQuota: -1 },
      { dailyQuota: 1.5 },
      { dailyQuota: '50' },
      { expectedServiceMinutes: 0 },
      { dailyQuota: 5, extra: 1 },
      { enabled: 1 },
      {},
    ]),
    url: (f) => `/api/v1/items/${f.yibaoItem}`,
  },
  adminOnly(
    'POST',
    '/windows',
    '/windows',
    { id: 'w90', number: 90, name: '九十号窗口', zone: 'A', kind: 'permanent', unitIds: ['yibao'] },
    [
      { id: 'w90', number: 0, name: 'x', zone: 'A', kind: 'permanent', unitIds: [] },
      { id: 'w90', number: 90, name: 'x', zone: 'A', kind: 'permanent', unitIds: 'yibao' },
      { id: 'w90', number: 90, name: 'x', zone: 'A', kind: 'permanent' },
    ],
  ),
  adminOnly('PATCH', '/windows/{id}', '/windows/w7', { name: '七号窗口' }, [
    {},
    { number: '7' },
    { unitIds: ['yibao', 'yibao'] },
    { kind: 'whole' },
  ]),
  adminOnly('PUT', '/windows/{id}/rota', '/windows/w24/rota', { rota: { '1': 'jiaoyu' } }, [
    {},
    { rota: { '8': 'jiaoyu' } },
    { rota: { '1': 5 } },
    { rota: { '1': 'jiaoyu' }, extra: 1 },
  ]),
  adminOnly('PATCH', '/sites/{id}', '/sites/district', { numberWidth: 3 }, [
    {},
    { numberWidth: 9 },
    { openingHours: [{ start: '9:00', end: '12:00' }] },
    { workingWeekdays: [0] },
    { timeZone: 'UTC' },
    { supervision: {} },
    { supervision: { idleMinutes: -1 } },
    { supervision: { waitLimitMinutes: 1.5 } },
    { supervision: { sleepMinutes: 3 } },
  ]),
  // A district admin adds a township (and villages under it).
  {
    ...adminOnly(
      'POST',
      '/sites',
      '/sites',
      { id: 'twn-new', name: '新兴街道便民服务中心', level: 'township', parentId: 'district' },
      [
        {},
        { id: 'twn-new', name: '新兴街道', level: 'district', parentId: 'district' },
        { id: 'twn-new', name: '新兴街道', level: 'township' },
        { id: '1x', name: '新兴街道', level: 'township', parentId: 'district' },
        { id: 'twn-new', name: '', level: 'township', parentId: 'district' },
        { id: 'twn-new', name: 'x', level: 'township', parentId: 'district', extra: 1 },
      ],
    ),
    forbidden: ['supervisor', 'clerk', 'kiosk', 'display', 'caller'],
  },
  // A township takes items of the district's master catalogue (core Q26).
  adminOnly('PUT', '/sites/{id}/items', '/sites/twn-001/items', { itemIds: ['YB002'] }, [
    {},
    { itemIds: 'YB002' },
    { itemIds: ['YB002', 'YB002'] },
    { itemIds: [''] },
    { itemIds: [5] },
    { itemIds: [], extra: 1 },
    { intakeUnitId: 'twn-001-zh' },
  ]),
  {
    method: 'POST',
    path: '/api/v1/alerts/{id}/ack',
    url: (f) => `/api/v1/alerts/${f.alertId}/ack`,
    body: () => ({ note: '已请导办引导群众' }),
    allowed: 'supervisor',
    forbidden: ['clerk', 'kiosk', 'display', 'caller'],
    bad: () => [{ note: 5 }, { note: 'x'.repeat(501) }, { note: '已处理', extra: 1 }, [], 'ok'],
  },
];

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
    body: () => ({ toUnitId: 'shebao', toItemId: 'SB001', position: 'front', note: '属社保业务' }),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [
      {},
      { toUnitId: 'shebao' },
      { toUnitId: 'shebao', position: 'middle' },
      { toUnitId: 7, position: 'front' },
      { toUnitId: 'shebao', position: 'front', extra: 1 },
      { toUnitId: 'she bao', position: 'front' },
      { toWindowId: 'w6', position: 'front', note: 'x'.repeat(201) },
      { toWindowId: 'w6', position: 'front', note: 5 },
      null,
      [],
    ],
    idempotent: true,
  },
  {
    // The fixture's ticket is called, not 过号: the allowed caller gets past
    // authorization and is refused by the rule (restores: tickets.test.ts).
    method: 'POST',
    path: '/api/v1/tickets/{id}/restore',
    url: (f) => `/api/v1/tickets/${f.calledId}/restore`,
    body: () => ({ position: 'front' }),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [
      {},
      { position: 'middle' },
      { position: 1 },
      { position: 'back', extra: 1 },
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
    allowed: 'supervisor',
    forbidden: ['kiosk', 'display', 'caller'],
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
    path: '/api/v1/supervision/tickets/{id}/call-to',
    url: (f) => `/api/v1/supervision/tickets/${f.waitingIds[2]}/call-to`,
    body: () => ({ windowId: 'w6' }),
    allowed: 'supervisor',
    forbidden: ['clerk', 'clerkElsewhere', 'kiosk', 'display', 'caller'],
    bad: () => [
      {},
      { windowId: '' },
      { windowId: 'w6', extra: 1 },
      { windowId: 'w6', note: 'x'.repeat(201) },
      [],
      'w6',
    ],
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
  ...ADMIN_ROUTES,
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
    path: '/api/v1/devices/pair',
    url: () => '/api/v1/devices/pair',
    body: (f) => ({ code: f.pairingCode, kind: 'display', name: '二楼显示屏' }),
    allowed: 'admin',
    forbidden: ['supervisor', 'clerk', 'kiosk', 'display', 'caller'],
    bad: () => [
      {},
      { code: '12345', kind: 'display', name: 'x' },
      { code: 'abcdef', kind: 'display', name: 'x' },
      { code: '123456', kind: 'printer', name: 'x' },
      { code: '123456', kind: 'display', name: '' },
      { code: '123456', kind: 'display', name: 'x', token: 'mine' },
      null,
    ],
  },
  {
    method: 'POST',
    path: '/api/v1/devices/{id}/revoke',
    url: () => '/api/v1/devices/caller-1/revoke',
    body: () => ({}),
    allowed: 'admin',
    forbidden: ['supervisor', 'clerk', 'kiosk', 'display', 'caller'],
    bad: () => [{ now: true }, [], 'go'],
  },
  {
    method: 'POST',
    path: '/api/v1/auth/password',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: DEMO_PASSWORD, newPassword: 'Xu-Li-2026-w06' }),
    allowed: 'clerkElsewhere',
    forbidden: ['kiosk', 'display', 'caller'],
    bad: () => [
      {},
      { newPassword: 'Xu-Li-2026-w06' },
      { currentPassword: DEMO_PASSWORD },
      { currentPassword: DEMO_PASSWORD, newPassword: '' },
      { currentPassword: DEMO_PASSWORD, newPassword: 5 },
      { currentPassword: DEMO_PASSWORD, newPassword: 'Xu-Li-2026-w06', extra: 1 },
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
  // 好差评: w5's rating pad rates the ticket w5 finished (a 差评, with its reason).
  {
    method: 'POST',
    path: '/api/v1/ratings',
    url: () => '/api/v1/ratings',
    body: (f) => ({ ticketId: f.calledId, level: 2, tags: ['等候时间长'] }),
    allowed: 'rater',
    forbidden: ['kiosk', 'display', 'caller', 'clerk', 'supervisor', 'admin'],
    bad: (f) => [
      {},
      { ticketId: f.calledId },
      { ticketId: f.calledId, level: 0 },
      { ticketId: f.calledId, level: 2.5 },
      { ticketId: f.calledId, level: 2, tags: '等候时间长' },
      { ticketId: f.calledId, level: 5, comment: 'x'.repeat(201) },
      { ticketId: f.calledId, level: 5, windowId: 'w6' },
      null,
    ],
  },
  {
    method: 'PUT',
    path: '/api/v1/calendar/{year}',
    url: () => '/api/v1/calendar/2027',
    body: () => ({
      holidays: ['2027-01-01'],
      workdays: [],
      source: '国务院办公厅关于2027年部分节假日安排的通知',
    }),
    allowed: 'admin',
    forbidden: ['supervisor', 'clerk', 'kiosk', 'display', 'caller', 'rater'],
    bad: () => [
      {},
      { holidays: [], workdays: [] },
      { holidays: ['1 Jan'], workdays: [], source: 'x' },
      { holidays: [], workdays: [], source: '' },
      { holidays: [], workdays: [], source: 'x', extra: 1 },
      null,
    ],
  },
  {
    method: 'POST',
    path: '/api/v1/rating-cases/{id}/steps',
    url: (f) => `/api/v1/rating-cases/case-${f.calledId}/steps`,
    body: () => ({ kind: 'followUp', note: '已电话回访' }),
    allowed: 'supervisor',
    forbidden: ['clerk', 'kiosk', 'display', 'caller', 'rater'],
    bad: () => [
      {},
      { kind: 'followUp' },
      { kind: 'apologise', note: 'x' },
      { kind: 'review', note: 'x', outcome: 'maybe' },
      { kind: 'followUp', note: 'x'.repeat(501) },
      { kind: 'followUp', note: 'x', by: 'me' },
      null,
    ],
  },
  // 全程代办: a village room's agent registers a 代办 for the district; its clerks step it.
  {
    method: 'POST',
    path: '/api/v1/proxy-tickets',
    url: () => '/api/v1/proxy-tickets',
    body: () => PROXY_BODY,
    allowed: 'agent',
    forbidden: ['kiosk', 'display', 'caller', 'rater'],
    bad: () => [
      {},
      { ...PROXY_BODY, applicant: { name: '张三' } },
      { ...PROXY_BODY, applicant: { name: '张三', phone: 'call me' } },
      { ...PROXY_BODY, materials: '身份证' },
      { ...PROXY_BODY, note: 'x'.repeat(501) },
      { ...PROXY_BODY, extra: 1 },
      null,
    ],
  },
  {
    method: 'POST',
    path: '/api/v1/proxy-tickets/{id}/steps',
    url: (f) => `/api/v1/proxy-tickets/${f.proxyId}/steps`,
    body: () => ({ kind: 'accept', note: '材料齐全，已受理' }),
    allowed: 'clerk',
    forbidden: ['kiosk', 'display', 'caller', 'rater'],
    bad: () => [
      {},
      { kind: 'approve' },
      { kind: 'askMaterials', materials: [1] },
      { kind: 'accept', note: 'x'.repeat(501) },
      { kind: 'accept', by: 'me' },
      null,
    ],
  },
];

/**
 * The write routes open without a token: signing in, a screen asking for a
 * pairing code, and the visitor rating from the phone page (the ticket id is
 * the capability).
 */
export const OPEN_WRITE_ROUTES = [
  'POST /api/v1/auth/login',
  'POST /api/v1/devices/pairing',
  'POST /api/v1/setup',
  'POST /api/v1/tickets/{id}/rating',
  'POST /api/v1/tickets/{id}/rating/rectification',
];

/** A 代办 for the district's 医保 (城乡居民参保登记), by vil-001-1's agent. */
const PROXY_BODY = {
  siteId: 'district',
  itemId: 'YB002',
  applicant: { name: '张三', phone: '13800001111' },
  materials: [],
  note: '村民行动不便，代为办理',
};

/** A rating pad (好差评) for a window, made by the admin; its token. */
async function raterOf(hall: TestHall, windowId: string): Promise<string> {
  const res = await hall.request({
    method: 'POST',
    url: '/api/v1/devices',
    token: await hall.login('admin'),
    body: { kind: 'rater', name: `${windowId} 评价器`, windowId },
  });
  if (res.status !== 201) throw new Error(`fixture: rater ${res.status}`);
  return res.body.token as string;
}

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
  const pairing = await hall.request({ method: 'POST', url: '/api/v1/devices/pairing', body: {} });
  if (pairing.status !== 201) throw new Error(`fixture: pairing ${pairing.status}`);
  // 电子监察: yibao's other windows are signed out while its people wait.
  hall.app.supervision.tick();
  const [alert] = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 1 });
  if (!alert) throw new Error('fixture: no open alert');
  const agent = await hall.login('vil-001-1-agent');
  const proxy = await hall.request({
    method: 'POST',
    url: '/api/v1/proxy-tickets',
    token: agent,
    body: PROXY_BODY,
  });
  if (proxy.status !== 201) throw new Error(`fixture: proxy ${proxy.status}`);
  return {
    tokens: {
      kiosk: hall.device('kiosk'),
      display: hall.device('display'),
      caller: hall.device('caller'),
      rater: await raterOf(hall, 'w5'),
      clerk,
      clerkElsewhere: await hall.login('w06', 'w6'),
      supervisor: await hall.login('supervisor'),
      admin: await hall.login('admin'),
      agent,
    },
    calledId: called.body.ticket.id as string,
    waitingIds: ids.filter((id) => id !== called.body.ticket.id),
    pairingCode: pairing.body.code as string,
    yibaoItem,
    alertId: alert.id,
    proxyId: proxy.body.ticket.id as string,
  };
}
