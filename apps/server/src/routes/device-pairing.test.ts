/**
 * Device pairing against the real server: a screen without a token gets a
 * six-digit code, the admin binds it, and the screen picks up a working
 * device token once; a code binds once and only within ten minutes; the
 * pairing is in the audit log; a refused bind creates nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';

let hall: TestHall;
let admin: string;
beforeAll(async () => {
  hall = await startTestHall();
  admin = await hall.login('admin');
});
afterAll(() => hall.close());

const start = async () => {
  const res = await hall.request({ method: 'POST', url: '/api/v1/devices/pairing', body: {} });
  expect(res.status).toBe(201);
  return res.body as { pairingId: string; code: string; expiresAt: number };
};
const auditRows = () =>
  (hall.app.db.prepare(`SELECT COUNT(*) AS n FROM audit`).get() as { n: number }).n;
const poll = (pairingId: string) =>
  hall.request({ method: 'GET', url: `/api/v1/devices/pairing/${pairingId}` });
const pair = (code: string, token = admin) =>
  hall.request({
    method: 'POST',
    url: '/api/v1/devices/pair',
    token,
    body: { code, kind: 'display', name: '二楼等候区显示屏' },
  });

describe('device pairing', () => {
  it('the screen shows a code; the admin binds it; the screen gets a token that works, once', async () => {
    const { pairingId, code, expiresAt } = await start();
    expect(code).toMatch(/^[0-9]{6}$/);
    expect(expiresAt).toBe(hall.clock.now() + 10 * 60_000);
    expect((await poll(pairingId)).body).toEqual({ status: 'waiting', code, expiresAt });

    const bound = await pair(code);
    expect(bound.status).toBe(201);
    expect(bound.body.device).toMatchObject({ kind: 'display', name: '二楼等候区显示屏' });

    const picked = await poll(pairingId);
    expect(picked.body.status).toBe('paired');
    const me = await hall.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      token: picked.body.token,
    });
    expect(me.body).toMatchObject({ kind: 'device', device: { id: bound.body.device.id } });
    // Handed over once: a second look finds nothing.
    expect((await poll(pairingId)).status).toBe(404);

    const audit = await hall.request({
      method: 'GET',
      url: '/api/v1/audit?target=device',
      token: admin,
    });
    expect(audit.body.entries[0]).toMatchObject({
      actor: { kind: 'staff' },
      action: 'device.paired',
      target: `device:${bound.body.device.id}`,
    });
    const list = await hall.request({ method: 'GET', url: '/api/v1/devices', token: admin });
    expect(list.body.devices.map((d: { name: string }) => d.name)).toContain('二楼等候区显示屏');
  });

  it('a code binds once; an unknown or expired code is refused and creates nothing', async () => {
    const first = await start();
    expect((await pair(first.code)).status).toBe(201);
    const before = stateDigest(hall.app.db);
    const audited = auditRows();
    const again = await pair(first.code);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('HALLQ_E_PAIRING_CODE');

    const late = await start();
    hall.clock.advance(10 * 60_000);
    expect((await pair(late.code)).body.error.code).toBe('HALLQ_E_PAIRING_CODE');
    expect((await poll(late.pairingId)).status).toBe(404);
    expect(stateDigest(hall.app.db)).toBe(before);
    expect(auditRows()).toBe(audited);
  });

  it('the district admin may pair for a township hall; the code then binds there', async () => {
    const { pairingId, code } = await start();
    const res = await hall.request({
      method: 'POST',
      url: '/api/v1/devices/pair',
      token: admin,
      body: { code, kind: 'kiosk', name: '大安街道取号机', siteId: 'twn-001' },
    });
    expect(res.status).toBe(201);
    expect(res.body.device.siteId).toBe('twn-001');
    expect((await poll(pairingId)).body.device.siteId).toBe('twn-001');
  });

  it('a rating pad is paired to its window; without one, or with another site’s, it is refused and the code still waits', async () => {
    const { pairingId, code } = await start();
    const bind = (body: Record<string, unknown>) =>
      hall.request({
        method: 'POST',
        url: '/api/v1/devices/pair',
        token: admin,
        body: { code, kind: 'rater', name: '7号窗口评价器', ...body },
      });
    const before = stateDigest(hall.app.db);
    const audited = auditRows();
    const noWindow = await bind({});
    expect(noWindow.status).toBe(400);
    expect(noWindow.body.error).toMatchObject({
      code: 'HALLQ_E_VALIDATION',
      details: { field: 'windowId' },
    });
    expect((await bind({ windowId: 'twn-001-w1' })).body.error.code).toBe(
      'HALLQ_E_WINDOW_NOT_FOUND',
    );
    const displayWithWindow = await hall.request({
      method: 'POST',
      url: '/api/v1/devices/pair',
      token: admin,
      body: { code, kind: 'display', name: '显示屏', windowId: 'w7' },
    });
    expect(displayWithWindow.body.error.code).toBe('HALLQ_E_VALIDATION');
    expect(stateDigest(hall.app.db)).toBe(before);
    expect(auditRows()).toBe(audited);
    expect((await poll(pairingId)).body.status).toBe('waiting');

    const bound = await bind({ windowId: 'w7' });
    expect(bound.status).toBe(201);
    expect(bound.body.device).toMatchObject({ kind: 'rater', windowId: 'w7' });
    const picked = await poll(pairingId);
    expect(picked.body.device).toMatchObject({ kind: 'rater', windowId: 'w7' });
    // The pad's token finds its window.
    const pad = await hall.request({
      method: 'GET',
      url: '/api/v1/ratings/pad',
      token: picked.body.token,
    });
    expect(pad.status).toBe(200);
    expect(pad.body).toMatchObject({ windowId: 'w7' });
  });

  it('only an admin binds: a supervisor is refused and the code still waits', async () => {
    const { pairingId, code } = await start();
    const supervisor = await hall.login('supervisor');
    const audited = auditRows();
    expect((await pair(code, supervisor)).status).toBe(403);
    expect(auditRows()).toBe(audited);
    expect((await poll(pairingId)).body.status).toBe('waiting');
  });
});
