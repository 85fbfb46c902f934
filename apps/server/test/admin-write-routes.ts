/**
 * The admin API's write routes (staff, units, items, windows, sites and
 * their items), and a supervisor acknowledging an 电子监察 alert.
 */
import type { WriteRoute } from './write-route';

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

export const ADMIN_ROUTES: WriteRoute[] = [
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
