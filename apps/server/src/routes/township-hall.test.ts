/**
 * Township halls as real halls (issue 15, core Q26), on the seeded demo: a
 * township's kiosk issues its enabled master items into its own queue with
 * its own numbers, its clerk calls them at its window, its screen and staff
 * see their own site only, and its business day is its own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, TUESDAY_8AM, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';

let hall: TestHall;
beforeEach(async () => {
  hall = await startTestHall();
});
afterEach(() => hall.close());

const deviceOf = (id: string): string => {
  const d = hall.creds.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no demo device ${id}`);
  return d.token;
};
const issueAt = (kiosk: string, itemId: string) =>
  hall.request({
    method: 'POST',
    url: '/api/v1/tickets',
    token: deviceOf(kiosk),
    body: { itemId },
  });

describe('a township hall of the demo', () => {
  it('lists its kiosk, screen and clerks in demo-credentials.json with their site and windows', () => {
    const own = hall.creds.staff.filter((s) => s.siteId === 'twn-001');
    expect(own.map((s) => [s.username, s.role, s.windowIds])).toEqual([
      ['twn-001-w1', 'clerk', ['twn-001-w1']],
      ['twn-001-w2', 'clerk', ['twn-001-w2']],
      ['twn-001-w3', 'clerk', ['twn-001-w3']],
    ]);
    const devices = hall.creds.devices.filter((d) => d.siteId === 'twn-001');
    expect(devices.map((d) => [d.id, d.kind])).toEqual([
      ['twn-001-kiosk', 'kiosk'],
      ['twn-001-display', 'display'],
    ]);
    // Every township: 2–4 windows with a clerk each, a kiosk and a screen.
    const townships = new Set(
      hall.creds.devices.map((d) => d.siteId).filter((s) => s !== 'district'),
    );
    expect(townships.size).toBe(16);
    for (const site of townships) {
      const clerks = hall.creds.staff.filter((s) => s.siteId === site).length;
      expect(clerks, site).toBeGreaterThanOrEqual(2);
      expect(clerks, site).toBeLessThanOrEqual(4);
    }
  });

  it('/catalog?siteId= answers with its unit, its windows and its enabled items only', async () => {
    const { body } = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=twn-001' });
    expect(body.hall.name).toBe('大安街道便民服务中心');
    expect(body.units.map((u: { id: string }) => u.id)).toEqual(['twn-001-zh']);
    expect(
      body.windows.map((w: { id: string; todayUnitIds: string[] }) => [w.id, w.todayUnitIds]),
    ).toEqual([
      ['twn-001-w1', ['twn-001-zh']],
      ['twn-001-w2', ['twn-001-zh']],
      ['twn-001-w3', ['twn-001-zh']],
    ]);
    expect(body.items.length).toBeGreaterThanOrEqual(40);
    expect(body.items.length).toBeLessThanOrEqual(60);
    const yb = body.items.find((i: { id: string }) => i.id === 'YB002');
    expect(yb).toMatchObject({
      name: '城乡居民参保登记',
      unitId: 'twn-001-zh',
      homeUnitId: 'yibao',
    });
    // Not a 街道's matter: 公司设立登记 stays at the district.
    expect(body.items.some((i: { id: string }) => i.id === 'GS001')).toBe(false);
    const site = body.sites.find((s: { id: string }) => s.id === 'twn-001');
    expect(site).toMatchObject({ level: 'township', parentId: 'district' });
  });

  it('its kiosk numbers its own tickets and its clerk calls them at its window', async () => {
    const township = await issueAt('twn-001-kiosk', 'YB002');
    expect(township.status).toBe(201);
    expect(township.body.ticket).toMatchObject({ number: 'A001', siteId: 'twn-001' });
    const other = await issueAt('twn-002-kiosk', 'YB002');
    expect(other.body.ticket).toMatchObject({ number: 'A001', siteId: 'twn-002' });
    const district = await hall.issue('YB002');
    expect(district.body.ticket).toMatchObject({ number: 'A001', siteId: 'district' });
    expect((await issueAt('twn-001-kiosk', 'SB005')).body.ticket.number).toBe('A002');

    const clerk = await hall.login('twn-001-w1', 'twn-001-w1');
    const called = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/twn-001-w1/call-next',
      token: clerk,
      body: {},
    });
    expect(called.status).toBe(200);
    expect(called.body.ticket).toMatchObject({ id: township.body.ticket.id, number: 'A001' });
    // The screen of the township sees its own windows and queue, not the district's.
    const screen = await hall.request({
      method: 'GET',
      url: '/api/v1/queues',
      token: deviceOf('twn-001-display'),
    });
    expect(screen.body.siteId).toBe('twn-001');
    expect(screen.body.windows.map((w: { id: string }) => w.id)).toEqual([
      'twn-001-w1',
      'twn-001-w2',
      'twn-001-w3',
    ]);
    // The district's ticket still waits for the district's windows.
    const mine = await hall.request({
      method: 'GET',
      url: `/api/v1/tickets/${district.body.ticket.id}`,
    });
    expect(mine.body.ticket.status).toBe('waiting');
  });

  it('refuses what is not its own, with a coded error, and changes nothing', async () => {
    const clerk = await hall.login('twn-001-w1', 'twn-001-w1');
    const districtTicket = (await hall.issue('YB002')).body.ticket;
    const before = stateDigest(hall.app.db);
    // 选号 of the district's ticket (by id, or by its number A001) at the township's window.
    for (const body of [{ ticketId: districtTicket.id }, { number: districtTicket.number }]) {
      const res = await hall.request({
        method: 'POST',
        url: '/api/v1/windows/twn-001-w1/call',
        token: clerk,
        body: { ...body, reason: '群众要求' },
      });
      expect(res.status, JSON.stringify(body)).toBe(404);
      expect(res.body.error.code).toBe('HALLQ_E_TICKET_NOT_FOUND');
    }
    const notEnabled = await issueAt('twn-001-kiosk', 'GS001');
    expect(notEnabled.status).toBe(403);
    expect(notEnabled.body.error).toMatchObject({
      code: 'HALLQ_E_ITEM_NOT_AT_SITE',
      message: '本服务中心不办理该事项',
    });
    // A 街道 does not take a town's farming matter, though 镇 centres do.
    expect((await issueAt('twn-001-kiosk', 'NL001')).body.error.code).toBe(
      'HALLQ_E_ITEM_NOT_AT_SITE',
    );
    expect((await issueAt('twn-001-kiosk', 'nothing')).body.error.code).toBe(
      'HALLQ_E_ITEM_NOT_FOUND',
    );
    // A township clerk cannot sign in at the district's window or another township's.
    for (const windowId of ['w5', 'twn-002-w1']) {
      const res = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: {
          username: 'twn-001-w1',
          password: hall.creds.staff.find((s) => s.username === 'twn-001-w1')?.password,
          windowId,
        },
      });
      // Another site's window is not even found from a township (the site-scope pattern).
      expect(res.status, windowId).toBe(404);
      expect(res.body.error.code, windowId).toBe('HALLQ_E_WINDOW_NOT_FOUND');
    }
    // Nor act there with a session of its own window.
    const call = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
      body: {},
    });
    expect(call.status).toBe(403);
    expect(call.body.error.code).toMatch(/^HALLQ_E_(FORBIDDEN|NOT_SIGNED_IN_HERE)$/);
    expect(stateDigest(hall.app.db)).toBe(before);
  });

  it('keeps its own opening hours: a township closed at 10:00 refuses, the others issue', async () => {
    const admin = await hall.login('admin');
    const set = await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/twn-001',
      token: admin,
      body: { openingHours: [{ start: '08:30', end: '09:30' }] },
    });
    expect(set.status).toBe(200);
    const closed = await issueAt('twn-001-kiosk', 'YB002');
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('HALLQ_E_OUTSIDE_HOURS');
    expect((await issueAt('twn-002-kiosk', 'YB002')).status).toBe(201);
    expect((await hall.issue('YB002')).status).toBe(201);
  });

  it('keeps its own business day and numbering: each site restarts at A001 the next day', async () => {
    const monday = await issueAt('twn-001-kiosk', 'YB002');
    expect((await issueAt('twn-001-kiosk', 'YB002')).body.ticket.number).toBe('A002');
    expect((await issueAt('twn-002-kiosk', 'YB002')).body.ticket.number).toBe('A001');
    hall.clock.set(TUESDAY_8AM);
    await hall.app.closeElapsedDays();
    const expired = await hall.request({
      method: 'GET',
      url: `/api/v1/tickets/${monday.body.ticket.id}`,
    });
    expect(expired.body.ticket.status).toBe('expired');
    const tuesday = await issueAt('twn-001-kiosk', 'YB002');
    expect(tuesday.body.ticket).toMatchObject({ number: 'A001', businessDay: '2026-11-24' });
    expect((await issueAt('twn-002-kiosk', 'YB002')).body.ticket.number).toBe('A001');
    const days = hall.app.db
      .prepare(
        `SELECT site_id, business_day FROM site_state WHERE site_id IN ('twn-001', 'twn-002')`,
      )
      .all();
    expect(days).toEqual([
      { site_id: 'twn-001', business_day: '2026-11-24' },
      { site_id: 'twn-002', business_day: '2026-11-24' },
    ]);
  });
});
