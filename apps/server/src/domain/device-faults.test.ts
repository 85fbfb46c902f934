/**
 * Paper out reaches staff (issue 16): a print failure, whether the server
 * printed (plain-browser kiosk) or the kiosk reports it (Electron), is a
 * `device.fault` event in the site's log, broadcast at once to the site's
 * room (a supervisor's socket), replayed by sync and in the audit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { SyncReply } from '@hallq/protocol';
import { startTestHall, type TestHall } from '../../test/test-hall';

interface Received {
  name: string;
  payload: Record<string, unknown>;
}

async function supervisorSocket(hall: TestHall, url: string) {
  const token = await hall.login('supervisor');
  const socket: Socket = connect(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const events: Received[] = [];
  socket.onAny((name: string, payload: Received['payload']) => events.push({ name, payload }));
  await new Promise((resolve, reject) => {
    socket.once('hello', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, events, token };
}

async function faultIn(events: Received[]): Promise<Received['payload']> {
  for (let i = 0; i < 300; i++) {
    const hit = events.find((e) => e.name === 'device.fault');
    if (hit) return hit.payload;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no device.fault among ${events.map((e) => e.name).join(', ')}`);
}

describe('device faults reach the supervisors', () => {
  let hall: TestHall | undefined;
  let socket: Socket | undefined;
  afterEach(async () => {
    socket?.disconnect();
    await hall?.close();
    hall = socket = undefined;
  });

  it('a kiosk reporting PAPER_OUT: a device.fault event, broadcast, in the log and the audit', async () => {
    hall = await startTestHall();
    const url = await hall.listen();
    const sup = await supervisorSocket(hall, url);
    socket = sup.socket;
    const ticket = (await hall.issue('YB001')).body.ticket;
    const report = await hall.request({
      method: 'POST',
      url: '/api/v1/devices/me/status',
      token: hall.device('kiosk'),
      body: {
        printerStatus: 'paperOut',
        fault: { code: 'PAPER_OUT', message: '打印机缺纸', ticketId: ticket.id },
      },
    });
    expect(report.status).toBe(200);
    const fault = await faultIn(sup.events);
    expect(fault).toMatchObject({
      siteId: 'district',
      code: 'PAPER_OUT',
      message: '打印机缺纸',
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      deviceName: expect.any(String),
    });

    // In the log: a client that reconnects from before it gets it again.
    const replay = (await sup.socket
      .timeout(5_000)
      .emitWithAck('sync', { since: (fault.seq as number) - 1 })) as SyncReply;
    expect(replay.ok && replay.mode === 'events' && replay.events.map((e) => e.name)).toEqual([
      'device.fault',
    ]);
    const audit = await hall.request({ method: 'GET', url: '/api/v1/audit', token: sup.token });
    expect(audit.body.entries[0]).toMatchObject({ action: 'device.fault' });
  });

  it('the server’s own print failing (printer unreachable) is a device.fault too', async () => {
    hall = await startTestHall({ env: { HALLQ_PRINTER: 'tcp://127.0.0.1:1' } });
    const url = await hall.listen();
    const sup = await supervisorSocket(hall, url);
    socket = sup.socket;
    const res = await hall.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token: hall.device('kiosk'),
      body: { itemId: 'YB001', print: true },
    });
    expect(res.status).toBe(201);
    expect(res.body.print.ok).toBe(false);
    const fault = await faultIn(sup.events);
    expect(fault).toMatchObject({ ticketId: res.body.ticket.id, code: res.body.print.code });
  });

  it('a ticket a device names from another site is not attached to its fault', async () => {
    hall = await startTestHall();
    const url = await hall.listen();
    const sup = await supervisorSocket(hall, url);
    socket = sup.socket;
    await hall.request({
      method: 'POST',
      url: '/api/v1/devices/me/status',
      token: hall.device('kiosk'),
      body: { fault: { code: 'PAPER_OUT', message: 'x', ticketId: 't_notaticketofmine' } },
    });
    const fault = await faultIn(sup.events);
    expect(fault.ticketId).toBeUndefined();
  });
});
