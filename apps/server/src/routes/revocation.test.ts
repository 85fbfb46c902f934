/**
 * Issue 11, revocation is immediate, against the real server over HTTP and
 * socket.io: a revoked device, a disabled clerk, a password reset or change,
 * and a logout mid-service each refuse the token at once (401) and close its
 * sockets within a second; each is an audited event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { addressOf, DEMO_PASSWORD, startTestHall, type TestHall } from '../../test/test-hall';
import { eventsSince, expectRefused } from '../../test/admin-support';

/** A live socket and a promise of why the server closed it, and when. */
function screen(url: string, token: string) {
  const socket: Socket = connect(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const ready = new Promise<void>((resolve, reject) => {
    socket.once('hello', () => resolve());
    socket.once('connect_error', reject);
  });
  const closed = new Promise<{ reason: string; at: number }>((resolve) =>
    socket.once('disconnect', (reason) => resolve({ reason, at: Date.now() })),
  );
  return { socket, ready, closed };
}

describe('revocation', () => {
  let hall: TestHall;
  let url: string;
  let admin: string;
  const sockets: Socket[] = [];
  const open = async (token: string) => {
    const s = screen(url, token);
    sockets.push(s.socket);
    await s.ready;
    return s;
  };
  beforeAll(async () => {
    hall = await startTestHall();
    url = await hall.listen();
    admin = await hall.login('admin');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await hall.close();
  });

  const post = (path: string, token: string | undefined, body: unknown = {}) =>
    hall.request({ method: 'POST', url: `/api/v1${path}`, ...(token ? { token } : {}), body });
  const me = (token: string) => hall.request({ method: 'GET', url: '/api/v1/auth/me', token });

  it('POST /devices/:id/revoke: the kiosk’s next call is 401 and its socket closes within a second', async () => {
    const made = await post('/devices', admin, { kind: 'kiosk', name: '二楼取号机' });
    const { id } = made.body.device as { id: string };
    const token = made.body.token as string;
    const live = await open(token);
    const item = hall.itemOf('yibao');
    const issue = () => post('/tickets', token, { itemId: item });
    expect((await issue()).status).toBe(201);
    const since = hall.app.hall.seq('district');

    const started = Date.now();
    const res = await post(`/devices/${id}/revoke`, admin);
    expect(res.status).toBe(200);
    expect(res.body.device).toMatchObject({ id, kind: 'kiosk', revoked: true });
    const refused = await issue();
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('HALLQ_E_UNAUTHORIZED');
    const { reason, at } = await live.closed;
    expect(reason).toBe('io server disconnect');
    expect(at - started).toBeLessThan(1_000);
    // A new connection with the token is refused at the handshake.
    await expect(screen(url, token).ready).rejects.toThrow();

    expect(
      eventsSince(hall, 'district', since).map((e) => [
        e.name,
        (e.payload as { action?: string }).action,
      ]),
    ).toEqual([['device.changed', 'revoked']]);
    const audit = await hall.request({
      method: 'GET',
      url: `/api/v1/audit?target=device:${id}`,
      token: admin,
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'device.revoked',
      'device.created',
    ]);
    const listed = await hall.request({ method: 'GET', url: '/api/v1/devices', token: admin });
    expect(listed.body.devices.find((d: { id: string }) => d.id === id).revoked).toBe(true);
    // Revoking again changes nothing and says so.
    const again = await post(`/devices/${id}/revoke`, admin);
    expect(again.body.device.revoked).toBe(true);
    expect(eventsSince(hall, 'district', since)).toHaveLength(1);
  });

  it('revoke: unknown, other-site and non-admin callers are refused and nothing changes', async () => {
    await post('/staff', admin, {
      username: 'twadmin',
      password: 'Zhen-Guan-2026',
      name: '镇管理员',
      role: 'admin',
      siteId: 'twn-001',
      windowIds: [],
    });
    const login = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'twadmin', password: 'Zhen-Guan-2026' },
      remoteAddress: addressOf('twadmin'),
    });
    const township = login.body.token as string;
    const supervisor = await hall.login('supervisor');
    await expectRefused(hall, [
      [
        'unknown device',
        () => post('/devices/nope/revoke', admin),
        404,
        'HALLQ_E_DEVICE_NOT_FOUND',
      ],
      [
        'another site’s device',
        () => post('/devices/kiosk-1/revoke', township),
        404,
        'HALLQ_E_DEVICE_NOT_FOUND',
      ],
      ['a supervisor', () => post('/devices/kiosk-1/revoke', supervisor), 403, 'HALLQ_E_FORBIDDEN'],
      [
        'a device',
        () => post('/devices/kiosk-1/revoke', hall.device('caller')),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      ['no token', () => post('/devices/kiosk-1/revoke', undefined), 401, 'HALLQ_E_UNAUTHORIZED'],
    ]);
  });

  it('disabling a clerk closes their caller’s socket within a second and signs their window out', async () => {
    const clerk = await hall.login('w08', 'w8');
    const live = await open(clerk);
    const started = Date.now();
    expect((await post('/staff/staff-w08/disable', admin)).status).toBe(200);
    expect((await me(clerk)).status).toBe(401);
    const { at } = await live.closed;
    expect(at - started).toBeLessThan(1_000);
    const w8 = await hall.request({ method: 'GET', url: '/api/v1/windows/w8' });
    expect(w8.body.window.status).toBe('signedOut');
    await post('/staff/staff-w08/enable', admin);
  });

  it('logout mid-service always ends the session; the window signs out and the ticket waits there for the supervisor', async () => {
    const clerk = await hall.login('w05', 'w5');
    const live = await open(clerk);
    await hall.issue(hall.itemOf('yibao'));
    const called = await post('/windows/w5/call-next', clerk);
    expect(called.status).toBe(200);
    const ticketId = called.body.ticket.id as string;

    const out = await post('/auth/logout', clerk);
    expect(out.status).toBe(200);
    expect((await me(clerk)).status).toBe(401);
    await live.closed;
    const w5 = (await hall.request({ method: 'GET', url: '/api/v1/windows/w5' })).body.window;
    expect(w5).toMatchObject({ status: 'signedOut', current: { id: ticketId, status: 'called' } });
    // The supervisor signs in at the window and resolves it.
    const supervisor = await hall.login('supervisor', 'w5');
    expect((await post(`/tickets/${ticketId}/no-show`, supervisor)).status).toBe(200);
    expect((await post('/windows/w5/call-next', supervisor)).status).toBe(200);
  });

  it('POST /auth/password: the policy applies; every other session ends; the caller gets a new token at the same window', async () => {
    const clerk = await hall.login('w06', 'w6');
    const elsewhere = await hall.login('w06');
    const live = await open(elsewhere);
    const change = (token: string, currentPassword: string, newPassword: string) =>
      post('/auth/password', token, { currentPassword, newPassword });

    await expectRefused(hall, [
      [
        'wrong current password',
        () => change(clerk, 'not-my-password', 'Xu-Li-2026-w06'),
        400,
        'HALLQ_E_BAD_PASSWORD',
      ],
      ['too short', () => change(clerk, DEMO_PASSWORD, 'short'), 400, 'HALLQ_E_WEAK_PASSWORD'],
      ['common', () => change(clerk, DEMO_PASSWORD, '12345678910'), 400, 'HALLQ_E_WEAK_PASSWORD'],
      [
        'unchanged',
        () => change(clerk, DEMO_PASSWORD, DEMO_PASSWORD),
        400,
        'HALLQ_E_WEAK_PASSWORD',
      ],
      [
        'a device',
        () => change(hall.device('caller'), DEMO_PASSWORD, 'Xu-Li-2026-w06'),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
    ]);

    const res = await change(clerk, DEMO_PASSWORD, 'Xu-Li-2026-w06');
    expect(res.status).toBe(200);
    const fresh = res.body.token as string;
    expect(fresh).not.toBe(clerk);
    expect(res.body.staff).toMatchObject({ username: 'w06', windowId: 'w6' });
    expect((await me(clerk)).status).toBe(401);
    expect((await me(elsewhere)).status).toBe(401);
    await live.closed;
    // The window stayed open, and the new token works there.
    const w6 = (await hall.request({ method: 'GET', url: '/api/v1/windows/w6' })).body.window;
    expect(w6).toMatchObject({ status: 'open', staff: { id: 'staff-w06' } });
    await hall.issue(hall.itemOf('yibao'));
    expect((await post('/windows/w6/call-next', fresh)).status).toBe(200);
    const signIn = (password: string) =>
      hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'w06', password },
        remoteAddress: addressOf('w06'),
      });
    expect((await signIn(DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn('Xu-Li-2026-w06')).status).toBe(200);
    const audit = await hall.request({
      method: 'GET',
      url: '/api/v1/audit?target=staff:staff-w06',
      token: admin,
    });
    expect(audit.body.entries[0]).toMatchObject({
      action: 'staff.passwordChanged',
      actor: { id: 'staff-w06' },
    });
  });

  it('the admin and revocation routes are in the OpenAPI document, each with a summary', async () => {
    const doc = (await hall.request({ method: 'GET', url: '/docs/json' })).body as {
      paths: Record<string, Record<string, { summary?: string; tags?: string[] }>>;
    };
    const routes: [string, string][] = [
      ['get', '/api/v1/staff'],
      ['post', '/api/v1/staff'],
      ['patch', '/api/v1/staff/{id}'],
      ['post', '/api/v1/staff/{id}/disable'],
      ['post', '/api/v1/staff/{id}/enable'],
      ['post', '/api/v1/staff/{id}/password'],
      ['post', '/api/v1/units'],
      ['patch', '/api/v1/units/{id}'],
      ['post', '/api/v1/items'],
      ['patch', '/api/v1/items/{id}'],
      ['post', '/api/v1/windows'],
      ['patch', '/api/v1/windows/{id}'],
      ['put', '/api/v1/windows/{id}/rota'],
      ['patch', '/api/v1/sites/{id}'],
      ['get', '/api/v1/audit'],
      ['get', '/api/v1/devices'],
      ['post', '/api/v1/devices'],
      ['post', '/api/v1/devices/{id}/revoke'],
      ['post', '/api/v1/auth/password'],
      ['post', '/api/v1/auth/logout'],
    ];
    for (const [method, path] of routes) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op?.summary?.length, `${method} ${path} summary`).toBeGreaterThan(10);
    }
  });
});
