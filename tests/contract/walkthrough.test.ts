/* eslint-disable @typescript-eslint/no-explicit-any -- a client that knows only the contract reads untyped JSON */
/**
 * The foundation's "done means": a client that knows only the public contract
 * (plain HTTP and socket.io, no hallq code) can issue, call, recall, transfer
 * and finish tickets, and watch the socket events. The harness only starts
 * the server; everything after that goes over the wire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { startHallServer, type HallServer } from '../support/hall-server';

let server: HallServer;
let socket: Socket;
const seen: { name: string; payload: Record<string, unknown> }[] = [];

async function call(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const waitFor = async (pred: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out waiting for socket events');
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeAll(async () => {
  server = await startHallServer({ serveScreens: false });
  socket = io(server.url, {
    auth: { token: server.deviceToken('display'), siteId: 'district' },
    transports: ['websocket'],
  });
  socket.onAny((name: string, payload: Record<string, unknown>) => seen.push({ name, payload }));
  await waitFor(() => seen.some((e) => e.name === 'hello'));
});

afterAll(async () => {
  socket?.close();
  await server?.close();
});

describe('the public contract, end to end', () => {
  it('issues, calls, recalls, transfers and finishes, with every step on the socket in seq order', async () => {
    const health = await call('GET', '/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });

    const catalog = (await call('GET', '/catalog')).body;
    expect(catalog.units).toHaveLength(32);
    expect(catalog.items).toHaveLength(183);
    expect(catalog.windows).toHaveLength(34);
    expect(catalog.sites).toHaveLength(55); // the hall, 16 centres, 38 village rooms
    const yibao = catalog.units.find((u: any) => u.id === 'yibao');
    expect(yibao).toMatchObject({ shortName: '医保局', ticketPrefix: 'A', kind: 'whole' });
    const yibaoItem = catalog.items.find((i: any) => i.unitId === 'yibao');
    const [w1, w2] = catalog.windows.filter((w: any) => w.unitIds.includes('yibao'));
    const shebaoWindow = catalog.windows.find((w: any) => w.unitIds.includes('shebao'));

    const kiosk = server.deviceToken('kiosk');
    const first = await call(
      'POST',
      '/tickets',
      kiosk,
      { itemId: yibaoItem.id },
      { 'idempotency-key': 'walk-1' },
    );
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({
      number: 'A001',
      status: 'waiting',
      unitId: 'yibao',
      ahead: 0,
    });
    const again = await call(
      'POST',
      '/tickets',
      kiosk,
      { itemId: yibaoItem.id },
      { 'idempotency-key': 'walk-1' },
    );
    expect(again.body.ticket.id).toBe(first.body.ticket.id);
    const second = await call('POST', '/tickets', kiosk, {
      itemId: yibaoItem.id,
      priority: 'priority',
    });
    expect(second.body.ticket).toMatchObject({ number: 'A002' });

    const clerk = server.creds.staff.find((s) => s.windowIds.includes(w1.id))!;
    const login = await call('POST', '/auth/login', undefined, {
      username: clerk.username,
      password: clerk.password,
      windowId: w1.id,
    });
    expect(login.status).toBe(200);
    const token = login.body.token as string;

    // Priority first (优先号), then the ordinary ticket.
    const called = await call('POST', `/windows/${w1.id}/call-next`, token);
    expect(called.body.ticket).toMatchObject({ number: 'A002', status: 'called', windowId: w1.id });
    const recalled = await call('POST', `/tickets/${called.body.ticket.id}/recall`, token);
    expect(recalled.body.ticket.recallCount).toBe(1);
    // Transfer to 社保局 at the front, naming the matter there (one of its
    // items): its window gets it next, with the same number.
    const shebaoItem = catalog.items.find((i: { unitId: string }) => i.unitId === 'shebao').id;
    const moved = await call('POST', `/tickets/${called.body.ticket.id}/transfer`, token, {
      toUnitId: 'shebao',
      toItemId: shebaoItem,
      position: 'front',
    });
    expect(moved.body.ticket).toMatchObject({
      number: 'A002',
      status: 'waiting',
      unitId: 'shebao',
      front: true,
    });

    const next = await call('POST', `/windows/${w1.id}/call-next`, token);
    expect(next.body.ticket.number).toBe('A001');
    expect(
      (await call('POST', `/tickets/${next.body.ticket.id}/start`, token)).body.ticket.status,
    ).toBe('serving');
    expect(
      (await call('POST', `/tickets/${next.body.ticket.id}/finish`, token)).body.ticket.status,
    ).toBe('done');
    const empty = await call('POST', `/windows/${w1.id}/call-next`, token);
    expect(empty).toMatchObject({ status: 409, body: { error: { code: 'HALLQ_E_QUEUE_EMPTY' } } });

    const sb = server.creds.staff.find((s) => s.windowIds.includes(shebaoWindow.id))!;
    const sbToken = (
      await call('POST', '/auth/login', undefined, {
        username: sb.username,
        password: sb.password,
        windowId: shebaoWindow.id,
      })
    ).body.token;
    const atShebao = await call('POST', `/windows/${shebaoWindow.id}/call-next`, sbToken);
    expect(atShebao.body.ticket).toMatchObject({ number: 'A002', windowId: shebaoWindow.id });

    // Another window cannot act on a ticket it does not hold.
    const other = server.creds.staff.find((s) => s.windowIds.includes(w2.id))!;
    const otherToken = (
      await call('POST', '/auth/login', undefined, {
        username: other.username,
        password: other.password,
        windowId: w2.id,
      })
    ).body.token;
    expect([403, 409]).toContain(
      (await call('POST', `/tickets/${atShebao.body.ticket.id}/recall`, otherToken)).status,
    );

    const paused = await call('POST', `/windows/${w1.id}/pause`, token, { reason: '午休' });
    expect(paused.body.window).toMatchObject({ status: 'paused', pauseReason: '午休' });
    const queues = (await call('GET', '/queues')).body;
    expect(queues.windows.find((w: any) => w.id === shebaoWindow.id).current.number).toBe('A002');

    // A supervisor closes a window its clerk left signed in; the clerk's session no longer holds it.
    const sup = (
      await call('POST', '/auth/login', undefined, {
        username: 'supervisor',
        password: server.password('supervisor'),
      })
    ).body.token;
    const closed = await call('POST', `/windows/${w2.id}/sign-out`, sup);
    expect(closed.body.window).toMatchObject({ status: 'signedOut' });
    expect((await call('GET', '/auth/me', otherToken)).body.staff.windowId).toBeUndefined();
    expect((await call('POST', `/windows/${w2.id}/call-next`, otherToken)).status).toBe(409);

    await waitFor(() => seen.some((e) => e.name === 'window.signedOut'));
    const hall = seen.filter((e) => e.name !== 'hello');
    const names = hall.map((e) => e.name);
    expect(names).toEqual([
      'ticket.issued',
      'ticket.issued',
      'window.signedIn',
      'ticket.called',
      'ticket.recalled',
      'ticket.transferred',
      'ticket.called',
      'ticket.started',
      'ticket.finished',
      'window.signedIn',
      'ticket.called',
      'window.signedIn',
      'window.paused',
      'window.signedOut',
    ]);
    const seqs = hall.map((e) => e.payload.seq as number);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    const firstCall = hall.find((e) => e.name === 'ticket.called')!.payload as any;
    expect(firstCall).toMatchObject({
      ticket: { id: called.body.ticket.id, number: 'A002' },
      window: { id: w1.id, number: w1.number },
    });
  });
});
