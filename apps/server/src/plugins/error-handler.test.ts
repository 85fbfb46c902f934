/**
 * Malformed input on every route gets a coded 4xx, never a 5xx, and changes
 * nothing: wrong types, extra and missing fields, invalid JSON, an oversized
 * body, a wrong content type, bad ids and headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type Reply, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';
import {
  hallFixture,
  WRITE_ROUTES,
  type HallFixture,
  type WriteRoute,
} from '../../test/write-routes';

const JSON_TYPE = { 'content-type': 'application/json' };

function expectCoded(res: Reply, status: number | number[], label: string) {
  const allowed = Array.isArray(status) ? status : [status];
  expect(allowed, `${label}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
  expect(res.body?.error?.code, label).toMatch(/^HALLQ_E_[A-Z_]+$/);
  expect(res.body.error.message, label).toMatch(/[\u4e00-\u9fa5]/);
}

describe('malformed requests on every route', () => {
  let hall: TestHall;
  let f: HallFixture;
  let digest: string;
  beforeAll(async () => {
    hall = await startTestHall();
    f = await hallFixture(hall);
    digest = stateDigest(hall.app.db);
  });
  afterAll(() => hall.close());

  const send = (
    route: WriteRoute,
    init: { raw?: string; headers?: Record<string, string>; url?: string },
  ) =>
    hall.request({
      method: route.method,
      url: init.url ?? route.url(f),
      token: f.tokens[route.allowed],
      ...(init.raw !== undefined ? { raw: init.raw } : {}),
      headers: { ...JSON_TYPE, ...init.headers },
    });

  const cases = WRITE_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const);

  it.each(cases)(
    '%s: wrong types, extra fields, missing fields → 400 HALLQ_E_VALIDATION',
    async (_n, route) => {
      for (const bad of route.bad(f)) {
        const res = await send(route, { raw: JSON.stringify(bad) });
        expect(res.status, `${JSON.stringify(bad)} → ${JSON.stringify(res.body)}`).toBe(400);
        expect(res.body.error.code).toBe('HALLQ_E_VALIDATION');
      }
      expect(stateDigest(hall.app.db)).toBe(digest);
    },
  );

  it.each(cases)(
    '%s: invalid JSON, empty JSON, wrong content type, oversized body → coded 4xx',
    async (_n, route) => {
      for (const raw of [
        '{"itemId":',
        '{itemId: 1}',
        "{'a':1}",
        '\u0000',
        'undefined',
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"admin":true}}}',
      ]) {
        expectCoded(await send(route, { raw }), 400, `invalid JSON ${JSON.stringify(raw)}`);
      }
      expectCoded(await send(route, { raw: '' }), 400, 'empty JSON body');
      expectCoded(
        await send(route, {
          raw: 'reason=午休',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        415,
        'form body',
      );
      // Fastify reads text/plain as a string, which then fails the schema: 400 or 415 both tell the caller.
      expectCoded(
        await send(route, { raw: 'hello', headers: { 'content-type': 'text/plain' } }),
        [400, 415],
        'text body',
      );
      expectCoded(
        await send(route, {
          raw: '--x\r\n\r\nhi\r\n--x--',
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
        }),
        415,
        'multipart body',
      );
      const huge = JSON.stringify({ itemId: f.yibaoItem, reason: 'x'.repeat(64 * 1024) });
      expectCoded(await send(route, { raw: huge }), 413, 'oversized body');
      expect(stateDigest(hall.app.db)).toBe(digest);
    },
  );

  it.each(cases.filter(([, r]) => r.path.includes('{id}')))(
    '%s: a malformed id in the path → 400',
    async (_n, route) => {
      const good = route.url(f);
      const at = route.path.split('/').indexOf('{id}');
      const replaceId = (badId: string) =>
        good
          .split('/')
          .map((part, i) => (i === at ? badId : part))
          .join('/');
      for (const badId of ['x'.repeat(65), 'a%20b', '%3Cscript%3E', '..%2F..%2Fetc', '%00']) {
        const res = await send(route, {
          url: replaceId(badId),
          raw: JSON.stringify(route.body(f) ?? {}),
        });
        expectCoded(res, 400, `id ${badId}`);
      }
      expect(stateDigest(hall.app.db)).toBe(digest);
    },
  );

  it.each(cases.filter(([, r]) => r.idempotent))(
    '%s: a malformed Idempotency-Key → 400',
    async (_n, route) => {
      for (const key of ['has spaces', 'x'.repeat(129), '键']) {
        const res = await send(route, {
          raw: JSON.stringify(route.body(f) ?? {}),
          headers: { 'idempotency-key': key },
        });
        expectCoded(res, 400, `key ${key}`);
      }
      expect(stateDigest(hall.app.db)).toBe(digest);
    },
  );

  it('login: malformed bodies → 400, never a session', async () => {
    const login = (raw: string, headers: Record<string, string> = JSON_TYPE) =>
      hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        raw,
        headers,
        remoteAddress: '10.77.0.1',
      });
    // The admin's real password: a malformed body is refused even when it is right.
    const password = hall.creds.staff.find((s) => s.username === 'admin')?.password ?? '';
    expect(password).not.toBe('');
    const bodies = [
      {},
      { username: 'admin' },
      { password },
      { username: 1, password: 'x' },
      { username: 'admin', password: [password] },
      { username: 'admin', password, role: 'admin' },
      { username: '', password: 'x' },
      { username: 'admin', password: 'x'.repeat(257) },
      { username: 'admin', password, windowId: 'w 5' },
      null,
      [],
    ];
    for (const body of bodies.slice(0, 8)) {
      expectCoded(await login(JSON.stringify(body)), 400, JSON.stringify(body));
    }
    const other = (raw: string, headers?: Record<string, string>) =>
      hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        raw,
        ...(headers ? { headers } : { headers: JSON_TYPE }),
        remoteAddress: '10.77.0.2',
      });
    for (const body of bodies.slice(8))
      expectCoded(await other(JSON.stringify(body)), 400, JSON.stringify(body));
    expectCoded(await other('{"username":'), 400, 'invalid JSON');
    expectCoded(
      await other('username=admin', { 'content-type': 'text/plain' }),
      [400, 415],
      'text',
    );
    const sessions = hall.app.db.prepare(`SELECT COUNT(*) AS n FROM sessions`).get() as {
      n: number;
    };
    expect(sessions.n).toBe(Object.keys(f.tokens).length - 3); // the fixture's staff sign-ins only
  });

  it('open GET routes: bad query strings and ids → 400, unknown ids → 404', async () => {
    const get = (url: string) => hall.request({ method: 'GET', url });
    expectCoded(await get(`/api/v1/catalog?siteId=${'x'.repeat(65)}`), 400, 'long siteId');
    expectCoded(await get('/api/v1/catalog?siteId=a&siteId=b'), 400, 'repeated siteId');
    expectCoded(await get('/api/v1/queues?siteId=%3Cb%3E'), 400, 'html siteId');
    expectCoded(await get('/api/v1/queues?extra=1'), 400, 'extra query');
    expectCoded(await get('/api/v1/tickets/%3Cscript%3E'), 400, 'bad ticket id');
    expectCoded(await get(`/api/v1/tickets/${'t'.repeat(65)}`), 400, 'long ticket id');
    expectCoded(await get('/api/v1/tickets/t_unknown'), 404, 'unknown ticket');
    expectCoded(await get('/api/v1/windows/w99'), 404, 'unknown window');
    expectCoded(await get('/api/v1/tts?text=%3Cscript%3E'), 400, 'tts markup');
    expectCoded(await get('/api/v1/tts'), 400, 'tts without text');
    expect(stateDigest(hall.app.db)).toBe(digest);
  });

  it('the state is untouched by everything above, and the hall still works', async () => {
    expect(stateDigest(hall.app.db)).toBe(digest);
    const res = await hall.issue(f.yibaoItem);
    expect(res.status).toBe(201);
    expect(res.body.ticket.number).toBe('A005');
  });
});
