import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('GET /api/v1/catalog (open)', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(() => hall.close());

  it('lists the demo hall: 32 units (31 and 咨询导办), 183 items, 34 windows, 55 sites (the hall, 16 centres, 38 village rooms), without a token', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/catalog' });
    expect(res.status).toBe(200);
    expect(res.body.units).toHaveLength(32);
    expect(res.body.items).toHaveLength(183);
    expect(res.body.windows).toHaveLength(34);
    expect(res.body.sites).toHaveLength(55);
  });

  it('a village room (全程代办, core Q27) lists the items it takes in, with their home units and guides', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=vil-001-1' });
    expect(res.status).toBe(200);
    expect(res.body.units).toEqual([]);
    expect(res.body.windows).toEqual([]);
    expect(res.body.items.map((i: { id: string; unitId: string }) => [i.id, i.unitId])).toEqual([
      ['YB002', 'yibao'],
      ['SB005', 'shebao'],
      ['SB007', 'shebao'],
      ['YB008', 'yibao'],
    ]);
    expect(res.body.items[3].guide.materials[0].name).toBe('居民身份证');
    const room = res.body.sites.find((s: { id: string }) => s.id === 'vil-001-1');
    expect(room).toMatchObject({ level: 'village', parentId: 'twn-001' });
  });

  it('an unknown site is a coded 404, not another site', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=nowhere' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('HALLQ_E_SITE_NOT_FOUND');
    const township = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=twn-001' });
    expect(township.body.hall.name).toBe('大安街道便民服务中心');
  });

  it('carries the contract fields with the dataset ids (unit yibao, its windows)', async () => {
    const { body } = await hall.request({ method: 'GET', url: '/api/v1/catalog' });
    const yibao = body.units.find((u: { id: string }) => u.id === 'yibao');
    expect(yibao).toMatchObject({ name: expect.any(String), shortName: expect.any(String) });
    expect(yibao).toMatchObject({ ticketPrefix: 'A', kind: 'whole' });
    const item = body.items.find((i: { unitId: string }) => i.unitId === 'yibao');
    expect(item).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    const serving = body.windows.filter((w: { unitIds: string[] }) => w.unitIds.includes('yibao'));
    expect(serving.map((w: { number: number }) => w.number)).toEqual([5, 6, 7, 8]);
    for (const w of body.windows) {
      expect(w).toMatchObject({
        id: expect.any(String),
        siteId: 'district',
        number: expect.any(Number),
      });
      expect(Array.isArray(w.unitIds)).toBe(true);
    }
    const district = body.sites.find((s: { id: string }) => s.id === 'district');
    expect(district).toMatchObject({ name: expect.any(String), level: 'district' });
    expect(new Set(body.sites.map((s: { level: string }) => s.level))).toEqual(
      new Set(['district', 'township', 'village']),
    );
  });

  it("applies today's rota: on Monday comprehensive window 24 serves 教育 (jiaoyu) only", async () => {
    const { body } = await hall.request({ method: 'GET', url: '/api/v1/catalog' });
    const w24 = body.windows.find((w: { number: number }) => w.number === 24);
    expect(w24.unitIds).toEqual(expect.arrayContaining(['jiaoyu', 'wenti', 'canlian', 'minzong']));
    expect(w24.todayUnitIds).toEqual(['jiaoyu']);
    const units = new Map(body.units.map((u: { id: string }) => [u.id, u]));
    expect(units.get('jiaoyu')).toMatchObject({ servedToday: true, servedWeekdays: [1, 4] });
    expect(units.get('wenti')).toMatchObject({ servedToday: false, servedWeekdays: [2] });
  });

  it("answers for one site: the one asked for, else the caller's own, else the district hall", async () => {
    // A township hall (core Q26): its own 综合受理 unit and windows, its enabled master items.
    const township = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=twn-001' });
    expect(township.body.units.map((u: { id: string }) => u.id)).toEqual(['twn-001-zh']);
    expect(township.body.items.every((i: { unitId: string }) => i.unitId === 'twn-001-zh')).toBe(
      true,
    );
    expect(township.body.windows.every((w: { siteId: string }) => w.siteId === 'twn-001')).toBe(
      true,
    );
    expect(township.body.sites).toHaveLength(55); // the names of every site, still
    // The thresholds and the scheme are the answered site's alone.
    const withSettings = (body: { sites: { id: string; supervision?: unknown }[] }) =>
      body.sites.filter((s) => s.supervision !== undefined).map((s) => s.id);
    expect(withSettings(township.body)).toEqual(['twn-001']);
    expect(township.body.sites.find((s: { id: string }) => s.id === 'twn-001').scoring).toEqual(
      expect.objectContaining({ grades: expect.any(Object) }),
    );
    const districtAnswer = await hall.request({ method: 'GET', url: '/api/v1/catalog' });
    expect(withSettings(districtAnswer.body)).toEqual(['district']);
    expect(
      districtAnswer.body.sites
        .filter((s: { scoring?: unknown }) => s.scoring)
        .map((s: { id: string }) => s.id),
    ).toEqual(['district']);
    const screen = hall.app.accounts.createDevice(
      { kind: 'display', siteId: 'twn-001', name: '街道大厅屏' },
      hall.clock.now(),
    ).token;
    const own = await hall.request({ method: 'GET', url: '/api/v1/catalog', token: screen });
    expect(own.body.hall.name).toBe('大安街道便民服务中心');
    expect(own.body.units.map((u: { id: string }) => u.id)).toEqual(['twn-001-zh']);
    const district = await hall.request({
      method: 'GET',
      url: '/api/v1/catalog',
      token: hall.device('kiosk'),
    });
    expect(district.body.units).toHaveLength(32);
    expect(district.body.windows.every((w: { siteId: string }) => w.siteId === 'district')).toBe(
      true,
    );
  });

  it('the same answer is served until the catalogue, a quota count or the day changes, then the new one at once', async () => {
    const read = async () => (await hall.request({ method: 'GET', url: '/api/v1/catalog' })).body;
    const first = await read();
    expect(await read()).toEqual(first);
    const item = hall.itemOf('minzheng');
    const admin = await hall.login('admin');
    const renamed = await hall.request({
      method: 'PATCH',
      url: `/api/v1/items/${item}`,
      token: admin,
      body: { name: '婚姻登记（改名测试）' },
    });
    expect(renamed.status).toBe(200);
    const after = await read();
    expect(after.items.find((i: { id: string }) => i.id === item).name).toBe(
      '婚姻登记（改名测试）',
    );
    // An item with a daily quota: each ticket counts at once (今日余); a call changes nothing shown.
    const yb = hall.itemOf('yibao');
    const quota = await hall.request({
      method: 'PATCH',
      url: `/api/v1/items/${yb}`,
      token: admin,
      body: { dailyQuota: 5 },
    });
    expect(quota.status).toBe(200);
    const left = async () =>
      (await read()).items.find((i: { id: string }) => i.id === yb).remainingToday;
    expect(await left()).toBe(5);
    const ticket = (await hall.issue(yb)).body.ticket;
    expect(await left()).toBe(4);
    const beforeCall = await read();
    const clerk = await hall.login('w05', 'w5');
    const called = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
    });
    expect(called.body.ticket.id).toBe(ticket.id);
    expect(await read()).toEqual(beforeCall);
    hall.clock.advance(24 * 3_600_000);
    const tomorrow = await read();
    expect(tomorrow.hall.businessDay).not.toBe(first.hall.businessDay);
    expect(tomorrow.hall.weekday).toBe((first.hall.weekday % 7) + 1);
  });

  it('refuses an unknown query parameter with a coded 400', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/catalog?bogus=1' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('HALLQ_E_VALIDATION');
  });
});
