/**
 * Device faults as alerts (core S6) on the real server: a kiosk's printer out
 * of paper opens one and its recovery closes it; a hall screen is alive while
 * its socket is connected, and unseen once it has been gone 2 minutes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { startTestHall, type TestHall } from '../../test/test-hall';

const MIN = 60_000;
const ONLY_DEVICES = {
  waitLimitMinutes: 0,
  serviceOverrunFactor: 0,
  idleMinutes: 0,
  pauseLimitMinutes: 0,
  signedOutMinutes: 0,
  backlogWaiting: 0,
  backlogWaitMinutes: 0,
  outOfOrderPerDay: 0,
  transfersPerDay: 0,
  deviceUnseenMinutes: 2,
  deviceFaultRedMinutes: 10,
};

describe('device alerts', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  async function setUp() {
    hall = await startTestHall();
    const admin = await hall.login('admin');
    const res = await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { supervision: ONLY_DEVICES },
    });
    expect(res.status).toBe(200);
    return hall;
  }

  it('a kiosk out of paper: yellow at once, red after 10 minutes, closed when it prints again', async () => {
    const h = await setUp();
    const kiosk = h.device('kiosk');
    const status = (printerStatus: string) =>
      h.request({
        method: 'POST',
        url: '/api/v1/devices/me/status',
        token: kiosk,
        body: { printerStatus },
      });
    expect((await status('paperOut')).status).toBeLessThan(300);
    const [opened] = h.app.supervision.tick();
    expect(opened).toMatchObject({
      type: 'alert.opened',
      alert: { rule: 'device-fault', level: 'yellow', detail: { fault: 'paperOut' } },
    });
    h.clock.advance(10 * MIN);
    await status('paperOut');
    expect(h.app.supervision.tick()).toMatchObject([{ type: 'alert.escalated', to: 'red' }]);
    await status('online');
    expect(h.app.supervision.tick()).toMatchObject([
      { type: 'alert.closed', reason: 'device-recovered' },
    ]);
  });

  it('a hall screen is seen while its socket is connected, and unseen 2 minutes after it leaves', async () => {
    const h = await setUp();
    const url = await h.listen();
    const socket = connect(url, {
      auth: { token: h.device('display') },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    await new Promise((resolve, reject) => {
      socket.once('hello', resolve);
      socket.once('connect_error', reject);
    });
    h.clock.advance(30 * MIN);
    expect(h.app.supervision.tick()).toEqual([]);
    socket.disconnect();
    for (let i = 0; i < 100 && h.app.connectedDevices().size > 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    h.clock.advance(2 * MIN - 1);
    expect(h.app.supervision.tick()).toEqual([]);
    h.clock.advance(1);
    expect(h.app.supervision.tick()).toMatchObject([
      { type: 'alert.opened', alert: { rule: 'device-fault', detail: { fault: 'unseen' } } },
    ]);
  });
});
