import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import pkg from '../../package.json' with { type: 'json' };

describe('GET /api/v1/health and /api/v1/queues', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(() => hall.close());

  it('health answers {status:"ok", version, warming}', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/health' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: pkg.version, warming: expect.any(Boolean) });
  });

  it('an unknown route is a coded 404', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/nope' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('HALLQ_E_NOT_FOUND');
  });

  it('queues show waiting counts per unit and each window with its current ticket', async () => {
    const yibao = hall.itemOf('yibao');
    await hall.issue(yibao);
    await hall.issue(yibao, { priority: 'priority' });
    await hall.issue(hall.itemOf('shebao'));
    const clerk = await hall.login('w05', 'w5');
    const called = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
    });
    expect(called.status).toBe(200);

    const res = await hall.request({ method: 'GET', url: '/api/v1/queues' });
    expect(res.status).toBe(200);
    const units = new Map(res.body.units.map((u: { unitId: string }) => [u.unitId, u]));
    expect(units.get('yibao')).toMatchObject({ waiting: 1 });
    expect(units.get('shebao')).toMatchObject({ waiting: 1, priorityWaiting: 0 });
    expect(units.get('gongan')).toMatchObject({ waiting: 0 });
    expect(res.body.windows).toHaveLength(34);
    const w5 = res.body.windows.find((w: { id: string }) => w.id === 'w5');
    expect(w5).toMatchObject({
      status: 'open',
      current: { id: called.body.ticket.id, status: 'called' },
    });
    const w6 = res.body.windows.find((w: { id: string }) => w.id === 'w6');
    expect(w6.status).toBe('signedOut');
    expect(w6.current).toBeUndefined();
  });

  it("open reads answer for the token's site, else the district-level hall", async () => {
    const admin = await hall.login('admin');
    const made = await hall.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: admin,
      body: { kind: 'display', name: '牛佛镇大屏', siteId: 'twn-001' },
    });
    expect(made.status).toBe(201);
    const township = await hall.request({
      method: 'GET',
      url: '/api/v1/queues',
      token: made.body.token,
    });
    expect(township.body.siteId).toBe('twn-001');
    // Its own 一窗受理 windows only (core Q26), none of the district's.
    expect(township.body.windows.map((w: { id: string }) => w.id)).toEqual([
      'twn-001-w1',
      'twn-001-w2',
      'twn-001-w3',
    ]);
    const anonymous = await hall.request({ method: 'GET', url: '/api/v1/queues' });
    expect(anonymous.body.siteId).toBe('district');
    // The district's admin sets a township's notice; it shows there only.
    const set = await hall.request({
      method: 'PUT',
      url: '/api/v1/notice?siteId=twn-001',
      token: admin,
      body: { notice: '本周六正常办公' },
    });
    expect(set.status).toBe(200);
    const notice = await hall.request({
      method: 'GET',
      url: '/api/v1/notice',
      token: made.body.token,
    });
    expect(notice.body.notice).toBe('本周六正常办公');
    const districtNotice = await hall.request({ method: 'GET', url: '/api/v1/notice' });
    expect(districtNotice.body.notice).not.toBe('本周六正常办公');
  });

  it('an unknown site is a coded 404', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/queues?siteId=atlantis' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('HALLQ_E_SITE_NOT_FOUND');
  });
});
