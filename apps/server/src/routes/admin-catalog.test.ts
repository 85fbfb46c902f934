/**
 * The admin API's catalogue entries against the real server: a unit, its
 * item and a window created, edited, disabled and enabled. Each change is a
 * catalog.changed event and an audit row, and takes effect at once for the
 * kiosk (/tickets), /catalog and the hall view (/queues). The rota and site
 * settings are in admin-catalog-rota-site.test.ts, the refusals in
 * admin-catalog-refusals.test.ts, the audit log in admin-audit.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { addressOf, type TestHall } from '../../test/test-hall';
import { eventsSince } from '../../test/admin-support';
import { catalogSuite, PASSWORD } from '../../test/admin-api';

describe('admin API: catalogue and site settings', () => {
  let hall: TestHall;
  const { req, catalog, windowIn } = catalogSuite((started) => (hall = started.hall));

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
});
