/**
 * The admin API's catalogue and settings routes against the real server:
 * units, items, windows, the rota and site settings. Each change is a
 * catalog.changed event and an audit row, and takes effect at once for the
 * kiosk (/tickets), /catalog and the hall view (/queues); every bad request
 * is a coded 4xx that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressOf, startTestHall, type TestHall } from '../../test/test-hall';
import { eventsSince, expectRefused } from '../../test/admin-support';

const PASSWORD = 'Tui-Jun-2026-hall';

describe('admin API: catalogue and site settings', () => {
  let hall: TestHall;
  let admin: string;
  beforeAll(async () => {
    hall = await startTestHall();
    admin = await hall.login('admin');
  });
  afterAll(() => hall.close());

  const req = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    body?: unknown,
    token = admin,
  ) =>
    hall.request({ method, url: `/api/v1${url}`, token, ...(body !== undefined ? { body } : {}) });
  const catalog = async () =>
    (await hall.request({ method: 'GET', url: '/api/v1/catalog', token: admin })).body;
  const windowIn = (list: { id: string }[], id: string) => list.find((w) => w.id === id);

  it('a new unit, its item and a window serving it: a visitor gets a ticket and a new clerk calls it', async () => {
    const since = hall.app.hall.seq('district');
    const unit = await req('POST', '/units', {
      id: 'tuijun',
      name: '退役军人事务局',
      shortName: '退役军人',
      ticketPrefix: 'T',
      kind: 'permanent',
    });
    expect(unit.status).toBe(201);
    expect(unit.body.entry).toMatchObject({ id: 'tuijun', siteId: 'district', ticketPrefix: 'T' });
    const item = await req('POST', '/items', {
      id: 'tj-youfu',
      unitId: 'tuijun',
      name: '优抚对象认定',
      promisedDays: 5,
      onTheSpot: false,
      expectedServiceMinutes: 15,
    });
    expect(item.status).toBe(201);
    const window = await req('POST', '/windows', {
      id: 'w40',
      number: 40,
      name: '40号窗口',
      zone: 'C区',
      kind: 'permanent',
      unitIds: ['tuijun'],
    });
    expect(window.status).toBe(201);
    expect(
      eventsSince(hall, 'district', since).map((e) => [
        e.name,
        (e.payload as { kind?: string }).kind,
      ]),
    ).toEqual([
      ['catalog.changed', 'unit'],
      ['catalog.changed', 'item'],
      ['catalog.changed', 'window'],
    ]);
    const c = await catalog();
    expect(c.units.find((u: { id: string }) => u.id === 'tuijun')).toMatchObject({
      servedToday: true,
    });
    expect(windowIn(c.windows, 'w40')).toMatchObject({ number: 40, todayUnitIds: ['tuijun'] });
    const queues = (await req('GET', '/queues')).body;
    expect(windowIn(queues.windows, 'w40')).toMatchObject({
      status: 'signedOut',
      todayUnitIds: ['tuijun'],
    });

    const issued = await hall.issue('tj-youfu');
    expect(issued.status).toBe(201);
    expect(issued.body.ticket.number).toBe('T001');
    await req('POST', '/staff', {
      username: 'tuijun1',
      password: PASSWORD,
      name: '退役窗口',
      role: 'clerk',
      windowIds: ['w40'],
    });
    const login = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'tuijun1', password: PASSWORD, windowId: 'w40' },
      remoteAddress: addressOf('tuijun1'),
    });
    const called = await req('POST', '/windows/w40/call-next', {}, login.body.token);
    expect(called.status).toBe(200);
    expect(called.body.ticket.number).toBe('T001');
    const entries = (await req('GET', '/audit?target=unit:tuijun')).body.entries;
    expect(entries).toMatchObject([{ action: 'unit.created', after: { id: 'tuijun' } }]);
  });

  it('edits a unit and an item; the audit has before and after', async () => {
    const unit = await req('PATCH', '/units/tuijun', { name: '区退役军人事务局' });
    expect(unit.body.entry.name).toBe('区退役军人事务局');
    const item = await req('PATCH', '/items/tj-youfu', {
      dailyQuota: 1,
      expectedServiceMinutes: 20,
    });
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({
      id: 'tj-youfu',
      dailyQuota: 1,
      entry: { expectedServiceMinutes: 20 },
    });
    const [entry] = (await req('GET', '/audit?target=item:tj-youfu')).body.entries;
    expect(entry).toMatchObject({
      action: 'item.updated',
      before: { expectedServiceMinutes: 15 },
      after: { expectedServiceMinutes: 20, dailyQuota: 1 },
    });
    expect(entry.before.dailyQuota).toBeUndefined();
    // The quota of 1 is used up by this morning's ticket.
    expect((await hall.issue('tj-youfu')).body.error.code).toBe('HALLQ_E_QUOTA_EXHAUSTED');
    const cleared = await req('PATCH', '/items/tj-youfu', { dailyQuota: null });
    expect(cleared.body.dailyQuota).toBeNull();
    expect((await hall.issue('tj-youfu')).status).toBe(201);
  });

  it('a disabled item issues no ticket (HALLQ_E_ITEM_DISABLED) until enabled again; so for a unit', async () => {
    const item = hall.itemOf('yibao');
    expect((await req('PATCH', `/items/${item}`, { enabled: false })).status).toBe(200);
    const refused = await hall.issue(item);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('HALLQ_E_ITEM_DISABLED');
    await req('PATCH', `/items/${item}`, { enabled: true });
    expect((await hall.issue(item)).status).toBe(201);

    await req('PATCH', '/units/tuijun', { enabled: false });
    expect((await hall.issue('tj-youfu')).body.error.code).toBe('HALLQ_E_ITEM_DISABLED');
    await req('PATCH', '/units/tuijun', { enabled: true });
    expect((await hall.issue('tj-youfu')).status).toBe(201);
  });

  it('a window’s units and number change at once in /catalog and the hall view', async () => {
    const res = await req('PATCH', '/windows/w40', { number: 41, unitIds: ['tuijun', 'yibao'] });
    expect(res.status).toBe(200);
    const c = await catalog();
    expect(windowIn(c.windows, 'w40')).toMatchObject({
      number: 41,
      todayUnitIds: ['tuijun', 'yibao'],
    });
    const queues = (await req('GET', '/queues')).body;
    expect(windowIn(queues.windows, 'w40')).toMatchObject({
      number: 41,
      todayUnitIds: ['tuijun', 'yibao'],
    });
  });

  it('轮值表: moving 教育局 off Monday shows at once in /catalog, the hall view and the kiosk', async () => {
    const before = await catalog();
    expect(windowIn(before.windows, 'w24')).toMatchObject({ todayUnitIds: ['jiaoyu'] });
    const jiaoyuItem = hall.itemOf('jiaoyu');
    expect((await hall.issue(jiaoyuItem)).status).toBe(201);

    const res = await req('PUT', '/windows/w24/rota', {
      rota: { '1': 'wenti', '2': 'jiaoyu', '3': 'canlian', '4': 'jiaoyu', '5': 'minzong' },
    });
    expect(res.status).toBe(200);
    const c = await catalog();
    expect(windowIn(c.windows, 'w24')).toMatchObject({ todayUnitIds: ['wenti'] });
    const jiaoyu = c.units.find((u: { id: string }) => u.id === 'jiaoyu');
    expect(jiaoyu).toMatchObject({ rotaWeekdays: [2, 4], servedToday: false });
    const queues = (await req('GET', '/queues')).body;
    expect(windowIn(queues.windows, 'w24')).toMatchObject({ todayUnitIds: ['wenti'] });
    const refused = await hall.issue(jiaoyuItem);
    expect(refused.body.error.code).toBe('HALLQ_E_UNIT_NOT_SERVED_TODAY');
    expect(refused.body.error.details.weekdays).toEqual([2, 4]);
    // The rota change and the unit's weekdays it moved are both audited.
    const entries = (await req('GET', '/audit?limit=3')).body.entries;
    expect(entries.map((e: { target: string }) => e.target).sort()).toEqual(
      ['unit:jiaoyu', 'unit:wenti', 'window:w24'].sort(),
    );
  });

  it('site settings (大厅设置) take effect on the next ticket', async () => {
    const res = await req('PATCH', '/sites/district', {
      numberWidth: 4,
      workingWeekdays: [5, 1, 2, 3, 4],
    });
    expect(res.status).toBe(200);
    expect(res.body.entry).toMatchObject({ numberWidth: 4, workingWeekdays: [1, 2, 3, 4, 5] });
    const issued = await hall.issue(hall.itemOf('shebao'));
    expect(issued.body.ticket.number).toMatch(/^[A-Z]\d{4}$/);
    const closed = await req('PATCH', '/sites/district', {
      openingHours: [{ start: '08:00', end: '09:00' }],
    });
    expect(closed.status).toBe(200);
    expect((await hall.issue(hall.itemOf('shebao'))).body.error.code).toBe('HALLQ_E_OUTSIDE_HOURS');
    await req('PATCH', '/sites/district', { openingHours: [] });
    expect((await hall.issue(hall.itemOf('shebao'))).status).toBe(201);
    const [entry] = (await req('GET', '/audit?target=site:district')).body.entries;
    expect(entry).toMatchObject({ action: 'site.updated', after: { openingHours: [] } });
  });

  it('refuses bad input with a coded 4xx and changes nothing', async () => {
    await req('POST', '/units', {
      id: 'tw-unit',
      siteId: 'twn-001',
      name: '镇便民服务',
      shortName: '便民',
      ticketPrefix: 'B', // A is the demo township's 综合受理
      kind: 'whole',
    });
    const unit = { id: 'u2', name: 'x', shortName: 'x', ticketPrefix: 'Z', kind: 'permanent' };
    const item = {
      id: 'i2',
      unitId: 'yibao',
      name: 'x',
      promisedDays: 0,
      onTheSpot: true,
      expectedServiceMinutes: 5,
    };
    const win = { id: 'w99', number: 99, name: 'x', zone: 'A', kind: 'permanent', unitIds: [] };
    await expectRefused(hall, [
      [
        'unit id taken',
        () => req('POST', '/units', { ...unit, id: 'yibao' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'ticket prefix taken',
        () => req('POST', '/units', { ...unit, ticketPrefix: 'A' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'unit: unknown site',
        () => req('POST', '/units', { ...unit, siteId: 'nowhere' }),
        404,
        'HALLQ_E_SITE_NOT_FOUND',
      ],
      [
        'unknown unit',
        () => req('PATCH', '/units/nope', { name: 'x' }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'prefix of another unit',
        () => req('PATCH', '/units/tuijun', { ticketPrefix: 'A' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'item id taken',
        () => req('POST', '/items', { ...item, id: 'tj-youfu' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'item of an unknown unit',
        () => req('POST', '/items', { ...item, unitId: 'nope' }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'unknown item',
        () => req('PATCH', '/items/nope', { name: 'x' }),
        404,
        'HALLQ_E_ITEM_NOT_FOUND',
      ],
      [
        'item: validation',
        () => req('PATCH', '/items/tj-youfu', { dailyQuota: -1 }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'window id taken',
        () => req('POST', '/windows', { ...win, id: 'w7' }),
        409,
        'HALLQ_E_ID_TAKEN',
      ],
      [
        'window number taken',
        () => req('POST', '/windows', { ...win, number: 7 }),
        409,
        'HALLQ_E_WINDOW_NUMBER_TAKEN',
      ],
      [
        'renumber onto another',
        () => req('PATCH', '/windows/w40', { number: 8 }),
        409,
        'HALLQ_E_WINDOW_NUMBER_TAKEN',
      ],
      [
        'window: unknown unit',
        () => req('POST', '/windows', { ...win, unitIds: ['nope'] }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'window: another site’s unit',
        () => req('PATCH', '/windows/w40', { unitIds: ['tw-unit'] }),
        409,
        'HALLQ_E_OTHER_SITE',
      ],
      [
        'unknown window',
        () => req('PATCH', '/windows/w404', { name: 'x' }),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'rota of a permanent window',
        () => req('PUT', '/windows/w7/rota', { rota: { '1': 'yibao' } }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'rota: unknown unit',
        () => req('PUT', '/windows/w24/rota', { rota: { '1': 'nope' } }),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'rota: unknown window',
        () => req('PUT', '/windows/w404/rota', { rota: { '1': 'jiaoyu' } }),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'hours that end before they start',
        () => req('PATCH', '/sites/district', { openingHours: [{ start: '12:00', end: '09:00' }] }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'no ratio at all',
        () => req('PATCH', '/sites/district', { priorityRatio: { priority: 0, ordinary: 0 } }),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'unknown site',
        () => req('PATCH', '/sites/nowhere', { numberWidth: 3 }),
        404,
        'HALLQ_E_SITE_NOT_FOUND',
      ],
      [
        'site: validation',
        () => req('PATCH', '/sites/district', { numberWidth: 9 }),
        400,
        'HALLQ_E_VALIDATION',
      ],
    ]);
  });

  it('a township admin changes only their own site; the district’s entries are unknown to them', async () => {
    await req('POST', '/staff', {
      username: 'twadmin',
      password: PASSWORD,
      name: '镇管理员',
      role: 'admin',
      siteId: 'twn-001',
      windowIds: [],
    });
    const login = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'twadmin', password: PASSWORD },
      remoteAddress: addressOf('twadmin'),
    });
    const tw = login.body.token as string;
    await expectRefused(hall, [
      [
        'a unit at the district',
        () =>
          req(
            'POST',
            '/units',
            {
              id: 'x1',
              siteId: 'district',
              name: 'x',
              shortName: 'x',
              ticketPrefix: 'X',
              kind: 'whole',
            },
            tw,
          ),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'edit a district unit',
        () => req('PATCH', '/units/yibao', { name: 'x' }, tw),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'an item of a district unit',
        () =>
          req(
            'POST',
            '/items',
            {
              id: 'x2',
              unitId: 'yibao',
              name: 'x',
              promisedDays: 0,
              onTheSpot: true,
              expectedServiceMinutes: 5,
            },
            tw,
          ),
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      [
        'edit a district item',
        () => req('PATCH', `/items/${hall.itemOf('yibao')}`, { enabled: false }, tw),
        404,
        'HALLQ_E_ITEM_NOT_FOUND',
      ],
      [
        'edit a district window',
        () => req('PATCH', '/windows/w7', { name: 'x' }, tw),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'the district rota',
        () => req('PUT', '/windows/w24/rota', { rota: { '1': 'jiaoyu' } }, tw),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'the district’s settings',
        () => req('PATCH', '/sites/district', { numberWidth: 3 }, tw),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'another township’s settings',
        () => req('PATCH', '/sites/twn-002', { numberWidth: 3 }, tw),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'the district’s audit',
        () => req('GET', '/audit?siteId=district', undefined, tw),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
    ]);
    const own = await req('PATCH', '/units/tw-unit', { name: '镇便民服务中心' }, tw);
    expect(own.status).toBe(200);
    const site = await req('PATCH', '/sites/twn-001', { numberWidth: 2 }, tw);
    expect(site.body.entry).toMatchObject({ id: 'twn-001', numberWidth: 2 });
  });
});

describe('admin API: the audit log', () => {
  let hall: TestHall;
  let admin: string;
  beforeAll(async () => {
    hall = await startTestHall();
    admin = await hall.login('admin');
    // Five district changes, two at a township, one a minute apart.
    for (let i = 1; i <= 5; i++) {
      hall.clock.advance(60_000);
      await hall.request({
        method: 'PATCH',
        url: '/api/v1/units/yibao',
        token: admin,
        body: { shortName: `医保${i}` },
      });
    }
    for (const n of [2, 3]) {
      hall.clock.advance(60_000);
      await hall.request({
        method: 'PATCH',
        url: '/api/v1/sites/twn-001',
        token: admin,
        body: { numberWidth: n },
      });
    }
  });
  afterAll(() => hall.close());

  const audit = (query: string, token = admin) =>
    hall.request({ method: 'GET', url: `/api/v1/audit${query}`, token });

  it('is paged newest first: each page’s nextCursor leads to the next, with no entry twice', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await audit(`?siteId=district&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.entries.length).toBeLessThanOrEqual(2);
      seen.push(
        ...res.body.entries.map(
          (e: { action: string; after: { shortName?: string } }) => e.after.shortName ?? e.action,
        ),
      );
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    // The oldest: the admin's sign-in.
    expect(seen).toEqual(['医保5', '医保4', '医保3', '医保2', '医保1', 'auth.signedIn']);
  });

  it('is filtered by site, time, actor and target', async () => {
    const all = (await audit('')).body.entries;
    // The seven changes and the admin's sign-in.
    expect(all).toHaveLength(8);
    const township = (await audit('?siteId=twn-001')).body.entries;
    expect(township.map((e: { siteId: string; target: string }) => [e.siteId, e.target])).toEqual([
      ['twn-001', 'site:twn-001'],
      ['twn-001', 'site:twn-001'],
    ]);
    const start = hall.clock.now() - 7 * 60_000;
    const middle = (await audit(`?from=${start + 2 * 60_000}&to=${start + 4 * 60_000}`)).body
      .entries;
    expect(middle.map((e: { after: { shortName: string } }) => e.after.shortName)).toEqual([
      '医保3',
      '医保2',
    ]);
    expect((await audit('?actor=staff-admin&target=unit')).body.entries).toHaveLength(5);
    expect((await audit('?actor=staff-supervisor')).body.entries).toHaveLength(0);
    expect((await audit('?target=unit:yibao&limit=1')).body).toMatchObject({
      entries: [
        { action: 'unit.updated', before: { shortName: '医保4' }, after: { shortName: '医保5' } },
      ],
      nextCursor: expect.any(String),
    });
  });

  it('refuses bad queries and other roles with coded errors', async () => {
    const clerk = await hall.login('w05');
    for (const [query, token, status, code] of [
      ['?limit=0', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?limit=5000', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?cursor=abc', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?from=yesterday', admin, 400, 'HALLQ_E_VALIDATION'],
      ['?siteId=nowhere', admin, 403, 'HALLQ_E_FORBIDDEN'],
      ['', clerk, 403, 'HALLQ_E_FORBIDDEN'],
      ['', hall.device('kiosk'), 403, 'HALLQ_E_FORBIDDEN'],
      ['', undefined, 401, 'HALLQ_E_UNAUTHORIZED'],
    ] as const) {
      const res = await hall.request({
        method: 'GET',
        url: `/api/v1/audit${query}`,
        ...(token ? { token } : {}),
      });
      expect(res.status, query).toBe(status);
      expect(res.body.error.code, query).toBe(code);
    }
  });
});
