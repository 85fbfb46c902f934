import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('devices: created by an admin, reporting their health', () => {
  let hall: TestHall;
  let admin: string;
  beforeAll(async () => {
    hall = await startTestHall();
    admin = await hall.login('admin');
  });
  afterAll(() => hall.close());

  it("a printer outside the hall's private networks is refused, and no device is made", async () => {
    const before = await hall.request({ method: 'GET', url: '/api/v1/devices', token: admin });
    for (const printerUrl of ['tcp://8.8.8.8:9100', 'tcp://metadata.example:80']) {
      const res = await hall.request({
        method: 'POST',
        url: '/api/v1/devices',
        token: admin,
        body: { kind: 'kiosk', name: '外网打印机', printerUrl },
      });
      expect(res.status, printerUrl).toBe(400);
      expect(res.body.error.code).toBe('HALLQ_E_VALIDATION');
    }
    const after = await hall.request({ method: 'GET', url: '/api/v1/devices', token: admin });
    expect(after.body.devices).toHaveLength(before.body.devices.length);
  });

  it('an admin creates a kiosk; its token (shown once) issues tickets', async () => {
    const created = await hall.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: admin,
      body: { kind: 'kiosk', name: '二楼取号机', printerUrl: 'tcp://10.0.0.9:9100' },
    });
    expect(created.status).toBe(201);
    expect(created.body.device).toMatchObject({
      kind: 'kiosk',
      name: '二楼取号机',
      siteId: 'district',
      revoked: false,
    });
    const token = created.body.token as string;
    const issued = await hall.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token,
      body: { itemId: hall.itemOf('yibao') },
    });
    expect(issued.status).toBe(201);
    const listed = await hall.request({ method: 'GET', url: '/api/v1/devices', token: admin });
    const row = listed.body.devices.find((d: { id: string }) => d.id === created.body.device.id);
    expect(row).toMatchObject({
      kind: 'kiosk',
      printerUrl: 'tcp://10.0.0.9:9100',
      lastSeenAt: hall.clock.now(),
    });
    // The token is never shown again, nor stored in the clear.
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const stored = hall.app.db
      .prepare(`SELECT * FROM devices WHERE id = ?`)
      .get(created.body.device.id);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('a display device cannot issue, and a supervisor cannot create devices', async () => {
    const display = await hall.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: admin,
      body: { kind: 'display', name: '二楼显示屏' },
    });
    const res = await hall.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token: display.body.token,
      body: { itemId: hall.itemOf('yibao') },
    });
    expect(res.status).toBe(403);
    const supervisor = await hall.login('supervisor');
    const refused = await hall.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: supervisor,
      body: { kind: 'kiosk', name: 'x' },
    });
    expect(refused.status).toBe(403);
  });

  it("a device's reported printer state, voice source and faults reach the supervision list", async () => {
    const display = hall.device('display');
    const report = await hall.request({
      method: 'POST',
      url: '/api/v1/devices/me/status',
      token: display,
      body: { voiceSource: 'chimeOnly', fault: { code: 'NO_ZH_VOICE', message: '无中文语音' } },
    });
    expect(report.status).toBe(200);
    const list = await hall.request({
      method: 'GET',
      url: '/api/v1/devices',
      token: await hall.login('supervisor'),
    });
    expect(list.body.devices.find((d: { id: string }) => d.id === 'display-1')).toMatchObject({
      voiceSource: 'chimeOnly',
    });
    expect(list.body.faults[0]).toMatchObject({
      deviceId: 'display-1',
      code: 'NO_ZH_VOICE',
      message: '无中文语音',
    });
  });
});
