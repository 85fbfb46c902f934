/**
 * Every write route refuses a missing or unknown token with 401 and a token
 * of the wrong kind or role with 403, and a refused request changes nothing.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';
import {
  hallFixture,
  OPEN_WRITE_ROUTES,
  WRITE_ROUTES,
  type HallFixture,
} from '../../test/write-routes';

describe('unauthenticated writes are refused', () => {
  let hall: TestHall;
  let f: HallFixture;
  beforeAll(async () => {
    hall = await startTestHall();
    f = await hallFixture(hall);
  });
  afterAll(() => hall.close());

  it('the route table covers every write route of the OpenAPI document', () => {
    const doc = hall.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'get' && m !== 'head')
        .map((m) => `${m.toUpperCase()} ${p}`),
    );
    const listed = [...WRITE_ROUTES.map((r) => `${r.method} ${r.path}`), ...OPEN_WRITE_ROUTES];
    expect(new Set(writes)).toEqual(new Set(listed));
  });

  it.each(WRITE_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s without a token, or with an unknown or garbled one → 401, nothing changed',
    async (_name, route) => {
      const before = stateDigest(hall.app.db);
      const attempts: Record<string, string>[] = [
        {},
        { authorization: 'Bearer hqs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
        { authorization: 'Bearer hqd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
        { authorization: `Basic ${Buffer.from('admin:hallq-admin').toString('base64')}` },
        { authorization: `Bearer ${f.tokens.clerk} extra` },
        { authorization: 'Bearer' },
      ];
      for (const headers of attempts) {
        const res = await hall.request({
          method: route.method,
          url: route.url(f),
          body: route.body(f),
          headers,
        });
        expect(res.status, JSON.stringify(headers)).toBe(401);
        expect(res.body.error.code).toBe('HALLQ_E_UNAUTHORIZED');
      }
      expect(stateDigest(hall.app.db)).toBe(before);
    },
  );

  it.each(WRITE_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s with a token of the wrong kind or role → 403, nothing changed',
    async (_name, route) => {
      const before = stateDigest(hall.app.db);
      for (const caller of route.forbidden) {
        const res = await hall.request({
          method: route.method,
          url: route.url(f),
          body: route.body(f),
          token: f.tokens[caller],
        });
        expect(res.status, caller).toBe(403);
        expect(res.body.error.code).toMatch(/^HALLQ_E_(FORBIDDEN|NOT_SIGNED_IN_HERE)$/);
      }
      expect(stateDigest(hall.app.db)).toBe(before);
    },
  );

  it('a clerk signed into another window cannot act on w5 or its ticket', async () => {
    const before = stateDigest(hall.app.db);
    for (const route of WRITE_ROUTES.filter((r) =>
      /windows|tickets\/\{id\}\/(recall|no-show|start|finish|transfer)/.test(r.path),
    )) {
      const res = await hall.request({
        method: route.method,
        url: route.url(f),
        body: route.body(f),
        token: f.tokens.clerkElsewhere,
      });
      expect([403, 409], route.path).toContain(res.status);
    }
    expect(stateDigest(hall.app.db)).toBe(before);
  });

  it('without a token, even a malformed body is answered 401: strangers learn nothing of the schemas', async () => {
    const before = stateDigest(hall.app.db);
    for (const route of WRITE_ROUTES) {
      const junk = await hall.request({
        method: route.method,
        url: route.url(f),
        body: { junk: [1, 2, 3] },
      });
      expect(junk.status, route.path).toBe(401);
      const broken = await hall.request({
        method: route.method,
        url: route.url(f),
        raw: '{"itemId":',
        headers: { 'content-type': 'application/json' },
      });
      expect(broken.status, route.path).toBe(401);
    }
    expect(stateDigest(hall.app.db)).toBe(before);
  });

  it('reads: the open ones answer without a token, the rest refuse (401) — every GET route is one or the other', async () => {
    const pairing = await hall.request({
      method: 'POST',
      url: '/api/v1/devices/pairing',
      body: {},
    });
    const pairingId = pairing.body.pairingId as string;
    const open = [
      `/api/v1/devices/pairing/${pairingId}`,
      '/api/v1/health',
      '/api/v1/catalog',
      '/api/v1/queues',
      '/api/v1/notice',
      `/api/v1/tickets/${f.calledId}`,
      `/api/v1/tickets/${f.calledId}/rating`,
      '/api/v1/windows/w5',
      // 首次设置: whether this server still waits for its first admin.
      '/api/v1/setup',
    ];
    const guarded = [
      '/api/v1/auth/me',
      '/api/v1/windows/w5/queue',
      '/api/v1/windows/w5/no-shows',
      '/api/v1/windows/w5/stats',
      '/api/v1/devices',
      '/api/v1/devices/me/printer',
      '/api/v1/staff',
      '/api/v1/audit',
      '/api/v1/alerts',
      '/api/v1/supervision',
      '/api/v1/scores?period=2026-11',
      '/api/v1/reports',
      '/api/v1/sites',
      '/api/v1/ratings',
      '/api/v1/ratings/pad',
      '/api/v1/ratings/figures',
      '/api/v1/rating-cases',
      '/api/v1/calendar/2026',
      '/api/v1/proxy-tickets',
      `/api/v1/proxy-tickets/${f.proxyId}`,
      '/api/v1/sites/rollup',
    ];
    const doc = hall.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const gets = Object.entries(doc.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([p]) => p);
    const template = (url: string) =>
      url
        .replace(f.calledId, '{id}')
        .replace(f.proxyId, '{id}')
        .replace(pairingId, '{id}')
        .replace('/windows/w5', '/windows/{id}')
        .replace('/calendar/2026', '/calendar/{year}')
        .replace('?period=2026-11', '');
    expect(new Set(gets)).toEqual(new Set([...open, ...guarded, '/api/v1/tts'].map(template)));
    for (const url of open)
      expect((await hall.request({ method: 'GET', url })).status, url).toBe(200);
    for (const url of guarded) {
      const res = await hall.request({ method: 'GET', url });
      expect(res.status, url).toBe(401);
      expect(res.body.error.code).toBe('HALLQ_E_UNAUTHORIZED');
    }
    // Supervision data is for admins and supervisors only.
    expect(
      (await hall.request({ method: 'GET', url: '/api/v1/devices', token: f.tokens.clerk })).status,
    ).toBe(403);
    expect(
      (await hall.request({ method: 'GET', url: '/api/v1/devices', token: f.tokens.kiosk })).status,
    ).toBe(403);
  });

  it('a device token revoked while the server runs is refused on its next request', async () => {
    expect((await hall.issue(f.yibaoItem)).status).toBe(201);
    // Revoked as `pnpm hallq` does it: from its own connection to the file.
    const other = new Database(path.join(hall.dataDir, 'hallq.sqlite'));
    try {
      other.prepare(`UPDATE devices SET revoked_at = ? WHERE kind = 'kiosk'`).run(hall.clock.now());
      const res = await hall.issue(f.yibaoItem);
      expect(res.status).toBe(401);
    } finally {
      other.prepare(`UPDATE devices SET revoked_at = NULL WHERE kind = 'kiosk'`).run();
      other.close();
    }
    expect((await hall.issue(f.yibaoItem)).status).toBe(201);
  });

  it('an expired session is refused', async () => {
    const token = await hall.login('w07', 'w7');
    hall.clock.advance(hall.config.HALLQ_SESSION_HOURS * 3_600_000 + 1);
    const res = await hall.request({ method: 'POST', url: '/api/v1/windows/w7/call-next', token });
    expect(res.status).toBe(401);
    hall.clock.set(hall.clock.now() - (hall.config.HALLQ_SESSION_HOURS * 3_600_000 + 1));
  });

  it('with the right token, each valid request is accepted (the table is not refused for other reasons)', async () => {
    const order = [
      'POST /api/v1/tickets',
      'POST /api/v1/tickets/{id}/recall',
      'POST /api/v1/tickets/{id}/start',
      'POST /api/v1/tickets/{id}/finish',
      // 好差评: w5's pad rates the ticket just finished 不满意; its case gets a 回访.
      'POST /api/v1/ratings',
      'POST /api/v1/rating-cases/{id}/steps',
      'PUT /api/v1/calendar/{year}',
      // 全程代办: the agent registers one; the district's clerk accepts the fixture's.
      'POST /api/v1/proxy-tickets',
      'POST /api/v1/proxy-tickets/{id}/steps',
      'POST /api/v1/windows/{id}/call',
      'POST /api/v1/tickets/{id}/no-show',
      // 过号恢复 of the ticket just passed: it waits again, and call-next takes it.
      'POST /api/v1/tickets/{id}/restore',
      'POST /api/v1/windows/{id}/call-next',
      'POST /api/v1/tickets/{id}/transfer',
      'POST /api/v1/windows/{id}/pause',
      'POST /api/v1/windows/{id}/resume',
      // 调度: the supervisor calls a waiting 医保 visitor to w6, which is free.
      'POST /api/v1/supervision/tickets/{id}/call-to',
      'POST /api/v1/windows/{id}/sign-out',
      'POST /api/v1/tickets/{id}/cancel',
      'PUT /api/v1/notice',
      'POST /api/v1/alerts/{id}/ack',
      'PATCH /api/v1/items/{id}',
      'POST /api/v1/devices',
      'POST /api/v1/devices/me/status',
      'POST /api/v1/auth/logout',
      'POST /api/v1/staff',
      'PATCH /api/v1/staff/{id}',
      'POST /api/v1/staff/{id}/disable',
      'POST /api/v1/staff/{id}/enable',
      'POST /api/v1/units',
      'PATCH /api/v1/units/{id}',
      'POST /api/v1/items',
      'POST /api/v1/windows',
      'PATCH /api/v1/windows/{id}',
      'PUT /api/v1/windows/{id}/rota',
      'PATCH /api/v1/sites/{id}',
      'PUT /api/v1/sites/{id}/items',
      'POST /api/v1/sites',
      'POST /api/v1/staff/{id}/password',
      'POST /api/v1/devices/{id}/revoke',
      'POST /api/v1/devices/pair',
      // Last: it ends every session of clerkElsewhere (its reply carries the new token).
      'POST /api/v1/auth/password',
    ];
    expect(new Set(order)).toEqual(new Set(WRITE_ROUTES.map((r) => `${r.method} ${r.path}`)));
    let current = f.calledId;
    for (const name of order) {
      const route = WRITE_ROUTES.find((r) => `${r.method} ${r.path}` === name);
      if (!route) throw new Error(name);
      const ctx = { ...f, calledId: current };
      const res = await hall.request({
        method: route.method,
        url: route.url(ctx),
        body: route.body(ctx),
        token: f.tokens[route.allowed],
      });
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(200);
      expect(res.status, name).toBeLessThan(300);
      if (name.includes('/windows/{id}/call')) current = res.body.ticket.id;
    }
  });
});
