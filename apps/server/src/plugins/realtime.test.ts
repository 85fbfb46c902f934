import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, type SyncReply } from '@hallq/protocol';
import Database from 'better-sqlite3';
import path from 'node:path';
import { MONDAY_10AM, startTestHall, type TestHall } from '../../test/test-hall';
import { REPLAY_LIMIT } from '../domain/hall-service';

interface Received {
  name: string;
  payload: { seq: number; [k: string]: unknown };
}

/** A socket that records every hall event it receives, in order. */
function open(url: string, auth: Record<string, unknown>) {
  const socket: Socket = connect(url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const events: Received[] = [];
  socket.onAny((name: string, payload: Received['payload']) => {
    if (name !== 'hello') events.push({ name, payload });
  });
  const hello = new Promise<{
    seq: number;
    epoch: string;
    protocolVersion: number;
    siteId: string;
  }>((resolve, reject) => {
    socket.once('hello', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, events, hello };
}

const sync = (socket: Socket, request: { since: number | null; epoch?: string }) =>
  socket.timeout(5_000).emitWithAck('sync', request) as Promise<SyncReply>;

/** Waits (up to about 5 s on a loaded machine) until `events` holds at least `n` entries. */
async function receive(events: Received[], n: number): Promise<Received[]> {
  for (let i = 0; i < 500 && events.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(events.length).toBeGreaterThanOrEqual(n);
  return events;
}

describe('socket.io on the same port', () => {
  let hall: TestHall;
  let url: string;
  let display: string;
  const sockets: Socket[] = [];
  const track = (s: ReturnType<typeof open>) => {
    sockets.push(s.socket);
    return s;
  };
  beforeAll(async () => {
    hall = await startTestHall();
    url = await hall.listen();
    display = hall.device('display');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hall.close();
  });

  it('greets with hello, and sync with since null answers a snapshot of the hall', async () => {
    const c = track(open(url, { token: display, siteId: 'district' }));
    const hello = await c.hello;
    expect(hello).toMatchObject({ protocolVersion: PROTOCOL_VERSION, siteId: 'district' });
    expect(typeof hello.epoch).toBe('string');
    const reply = await sync(c.socket, { since: null });
    expect(reply.ok).toBe(true);
    if (!reply.ok || reply.mode !== 'snapshot')
      throw new Error(`expected a snapshot, got ${JSON.stringify(reply)}`);
    expect(reply.seq).toBe(hello.seq);
    expect(reply.snapshot.windows).toHaveLength(34);
    expect(reply.snapshot.units.find((u) => u.unitId === 'yibao')).toMatchObject({ waiting: 0 });
  });

  it('pushes each event with an increasing seq; ticket.called carries {seq, ticket:{id, number}, window:{id, number}}', async () => {
    const c = track(open(url, { token: display, siteId: 'district' }));
    const { seq: start } = await c.hello;
    const issued = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });
    const events = await receive(c.events, 3);
    expect(events.map((e) => e.name)).toEqual([
      'ticket.issued',
      'window.signedIn',
      'ticket.called',
    ]);
    expect(events.map((e) => e.payload.seq)).toEqual([start + 1, start + 2, start + 3]);
    expect(events[2]?.payload).toMatchObject({
      seq: start + 3,
      ticket: { id: issued.id, number: 'A001' },
      window: { id: 'w5', number: 5 },
    });
  });

  it('a burst of commands released by one disk flush reaches every screen whole and in seq order', async () => {
    // Spread over turns of the event loop (WRITES_PER_TURN), never reordered or dropped.
    const screens = Array.from({ length: 3 }, () =>
      track(open(url, { token: display, siteId: 'district' })),
    );
    const starts = await Promise.all(screens.map(async (s) => (await s.hello).seq));
    const replies = await Promise.all(
      Array.from({ length: 60 }, () => hall.issue(hall.itemOf('shebao'))),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
    for (const [i, s] of screens.entries()) {
      const events = await receive(s.events, 60);
      expect(events.map((e) => e.payload.seq)).toEqual(
        Array.from({ length: 60 }, (_, k) => starts[i]! + 1 + k),
      );
      expect(new Set(events.map((e) => e.name))).toEqual(new Set(['ticket.issued']));
    }
  });

  it('a new hall notice reaches the screens as notice.updated with the next seq', async () => {
    const c = track(open(url, { token: display, siteId: 'district' }));
    const { seq } = await c.hello;
    const supervisor = await hall.login('supervisor');
    const put = await hall.request({
      method: 'PUT',
      url: '/api/v1/notice',
      token: supervisor,
      body: { notice: '今日15:00后暂停办理不动产业务' },
    });
    expect(put.status).toBe(200);
    const [event] = await receive(c.events, 1);
    expect(event).toMatchObject({
      name: 'notice.updated',
      payload: { seq: seq + 1, notice: '今日15:00后暂停办理不动产业务' },
    });
  });

  it('a client that reconnects with its last seq gets exactly the events it missed', async () => {
    const first = track(open(url, { token: display, siteId: 'district' }));
    const hello = await first.hello;
    first.socket.disconnect();

    // While the screen is away: two tickets issued, one called and recalled.
    const clerk = await hall.login('w06', 'w6');
    const a = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    await hall.issue(hall.itemOf('yibao'));
    const called = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w6/call-next',
      token: clerk,
    });
    await hall.request({
      method: 'POST',
      url: `/api/v1/tickets/${called.body.ticket.id}/recall`,
      token: clerk,
    });

    const again = track(open(url, { token: display, siteId: 'district' }));
    const hello2 = await again.hello;
    expect(hello2.epoch).toBe(hello.epoch);
    const reply = await sync(again.socket, { since: hello.seq, epoch: hello.epoch });
    if (!reply.ok || reply.mode !== 'events')
      throw new Error(`expected events, got ${JSON.stringify(reply)}`);
    expect(reply.seq).toBe(hello2.seq);
    expect(reply.events.map((e) => e.payload.seq)).toEqual(
      Array.from({ length: hello2.seq - hello.seq }, (_, i) => hello.seq + 1 + i),
    );
    expect(reply.events.map((e) => e.name)).toEqual([
      'window.signedIn',
      'ticket.issued',
      'ticket.issued',
      'ticket.called',
      'ticket.recalled',
    ]);
    expect(reply.events[1]?.payload).toMatchObject({ ticket: { id: a.id } });
    // Caught up: nothing more to replay.
    const none = await sync(again.socket, { since: hello2.seq, epoch: hello2.epoch });
    expect(none).toMatchObject({ ok: true, mode: 'events', events: [] });
  });

  it('a seq from another database (other epoch, or ahead of the server) gets a snapshot', async () => {
    const c = track(open(url, { token: display, siteId: 'district' }));
    const hello = await c.hello;
    const otherDb = await sync(c.socket, { since: 1, epoch: 'another-database' });
    expect(otherDb).toMatchObject({ ok: true, mode: 'snapshot', seq: hello.seq });
    const ahead = await sync(c.socket, { since: hello.seq + 1000, epoch: hello.epoch });
    expect(ahead).toMatchObject({ ok: true, mode: 'snapshot' });
    const bad = await sync(c.socket, { since: 'yesterday' as unknown as number });
    expect(bad).toMatchObject({ ok: false, code: 'HALLQ_E_VALIDATION' });
  });

  it('refuses a socket without a valid token, and it receives no events', async () => {
    for (const auth of [
      { siteId: 'district' },
      { token: 'hqd_not-a-real-token', siteId: 'district' },
    ]) {
      const c = track(open(url, auth));
      const err = await c.hello.then(
        () => undefined,
        (e: Error & { data?: { code?: string } }) => e,
      );
      expect(err?.data?.code).toBe('HALLQ_E_UNAUTHORIZED');
      expect(c.socket.connected).toBe(false);
    }
  });

  it('refuses an unknown site and an incompatible protocol version', async () => {
    const site = track(open(url, { token: display, siteId: 'atlantis' }));
    const e1 = await site.hello.then(
      () => undefined,
      (e: Error & { data?: { code?: string } }) => e,
    );
    expect(e1?.data?.code).toBe('HALLQ_E_SITE_NOT_FOUND');
    const old = track(
      open(url, { token: display, siteId: 'district', protocolVersion: PROTOCOL_VERSION + 1 }),
    );
    const e2 = await old.hello.then(
      () => undefined,
      (e: Error & { data?: { code?: string } }) => e,
    );
    expect(e2?.data?.code).toBe('HALLQ_E_INCOMPATIBLE');
  });

  it('a device revoked by another process, and a session that expires, lose their sockets by themselves', async () => {
    const admin = await hall.login('admin');
    const made = await hall.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: admin,
      body: { kind: 'display', name: '临时大屏' },
    });
    const screen = track(open(url, { token: made.body.token }));
    await screen.hello;
    const screenGone = new Promise<string>((resolve) => screen.socket.once('disconnect', resolve));
    // `pnpm hallq` writes from its own process, on its own connection.
    const other = new Database(path.join(hall.config.HALLQ_DATA_DIR, 'hallq.sqlite'));
    other.prepare(`UPDATE devices SET revoked_at = 1 WHERE id = ?`).run(made.body.device.id);
    other.close();
    expect(await screenGone).toBe('io server disconnect');

    const token = await hall.login('w08', 'w8');
    const clerk = track(open(url, { token }));
    await clerk.hello;
    const clerkGone = new Promise<string>((resolve) => clerk.socket.once('disconnect', resolve));
    hall.clock.advance((hall.config.HALLQ_SESSION_HOURS + 1) * 3_600_000);
    expect(await clerkGone).toBe('io server disconnect');
    hall.clock.set(MONDAY_10AM);
  });

  it('signing out drops the live connection opened with that session, and it cannot come back', async () => {
    const token = await hall.login('w07', 'w7');
    const clerk = track(open(url, { token, siteId: 'district' }));
    await clerk.hello;
    const gone = new Promise<string>((resolve) => clerk.socket.once('disconnect', resolve));
    const out = await hall.request({ method: 'POST', url: '/api/v1/auth/logout', token });
    expect(out.status).toBe(200);
    expect(await gone).toBe('io server disconnect');
    const again = open(url, { token, siteId: 'district' });
    await expect(again.hello).rejects.toThrow();
    again.socket.close();
  });

  it("joins its token's site only: a township screen never receives the district's events", async () => {
    const township = hall.app.hall.catalog.sites;
    const other = Object.keys(township).find((id) => id !== 'district') as string;
    // A district screen that names the township is refused, not let in.
    const nosy = track(open(url, { token: display, siteId: other }));
    const refused = await nosy.hello.then(
      () => undefined,
      (e: Error & { data?: { code?: string } }) => e,
    );
    expect(refused?.data?.code).toBe('HALLQ_E_FORBIDDEN');
    const townshipScreen = hall.app.accounts.createDevice(
      { kind: 'display', siteId: other, name: '镇大厅屏' },
      hall.clock.now(),
    ).token;
    // Even when it names the district, a township token is refused…
    const sneaky = track(open(url, { token: townshipScreen, siteId: 'district' }));
    await expect(sneaky.hello).rejects.toThrow();
    // …and without a site it joins its own.
    const c = track(open(url, { token: townshipScreen }));
    const hello = await c.hello;
    expect(hello.siteId).toBe(other);
    const d = track(open(url, { token: display, siteId: 'district' }));
    await d.hello;
    await hall.issue(hall.itemOf('yibao'));
    await receive(d.events, 1);
    expect(c.events).toEqual([]);
  });

  it('a client further behind than the replay window gets a snapshot instead of events', async () => {
    const c = track(open(url, { token: display, siteId: 'district' }));
    const hello = await c.hello;
    const item = hall.itemOf('gongan');
    for (let i = 0; i < REPLAY_LIMIT + 1; i++) {
      hall.app.hall.execute({
        type: 'issueTicket',
        ticketId: `t_bulk${i}`,
        itemId: item,
        priority: 'normal',
        at: hall.clock.now(),
      });
    }
    const behind = await sync(c.socket, { since: hello.seq, epoch: hello.epoch });
    if (!behind.ok || behind.mode !== 'snapshot') throw new Error('expected a snapshot');
    expect(behind.seq).toBe(hello.seq + REPLAY_LIMIT + 1);
    expect(behind.snapshot.units.find((u) => u.unitId === 'gongan')?.waiting).toBe(
      REPLAY_LIMIT + 1,
    );
    const recent = await sync(c.socket, { since: hello.seq + 1, epoch: hello.epoch });
    expect(recent).toMatchObject({ ok: true, mode: 'events' });
  });
});

describe('socket.io across a server restart', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(() => hall.close());

  it('a screen that was at seq N before the restart gets exactly the events after N', async () => {
    const display = hall.device('display');
    const before = open(await hall.listen(), { token: display, siteId: 'district' });
    const hello = await before.hello;
    await hall.issue(hall.itemOf('yibao'));
    await receive(before.events, 1);
    const lastSeq = before.events[0]?.payload.seq as number;
    before.socket.disconnect();

    await hall.restart();
    await hall.issue(hall.itemOf('yibao'));
    await hall.issue(hall.itemOf('shebao'));

    const after = open(await hall.listen(), { token: display, siteId: 'district' });
    try {
      const hello2 = await after.hello;
      expect(hello2.epoch).toBe(hello.epoch);
      const reply = await sync(after.socket, { since: lastSeq, epoch: hello.epoch });
      if (!reply.ok || reply.mode !== 'events')
        throw new Error(`expected events, got ${JSON.stringify(reply)}`);
      expect(reply.events.map((e) => [e.name, e.payload.seq])).toEqual([
        ['ticket.issued', lastSeq + 1],
        ['ticket.issued', lastSeq + 2],
      ]);
      expect(
        reply.events.map((e) => (e.payload as { ticket: { number: string } }).ticket.number),
      ).toEqual(['A002', 'B001']);
    } finally {
      after.socket.disconnect();
    }
  });
});
