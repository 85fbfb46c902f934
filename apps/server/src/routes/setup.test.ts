/**
 * 首次设置 on an empty database: the one-time code from the log creates the
 * district site and the first admin once, then never again; a wrong code is
 * refused, and kept for the audit log that the new admin reads. The admin
 * then sets a working day up through the admin API alone: a unit, an item,
 * a window, a clerk and a kiosk, whose ticket the clerk calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { ManualClock } from '../clock';
import { loadConfig } from '../config';
import { prepareDataDir } from '../start-server';
import { addressOf, MONDAY_10AM } from '../../test/test-hall';

let dataDir: string;
let app: FastifyInstance;

async function boot(): Promise<void> {
  const config = loadConfig({
    HALLQ_DATA_DIR: dataDir,
    HALLQ_MODE: 'production',
    HALLQ_PUBLIC_URL: 'http://hall.example',
    LOG_LEVEL: 'silent',
    HALLQ_SUPERVISION_SECONDS: '0',
  });
  prepareDataDir(config, new ManualClock(MONDAY_10AM));
  app = await buildApp({
    config,
    clock: new ManualClock(MONDAY_10AM),
    logger: false,
    serveScreens: false,
  });
  await app.ready();
}

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'hallq-setup-test-'));
  await boot();
});
afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// Replies are checked by the assertions, not by types: `any` keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { status: number; body: any };

async function call(
  method: InjectOptions['method'],
  url: string,
  body?: unknown,
  token?: string,
  from = '10.9.9.9',
): Promise<Reply> {
  const res = await app.inject({
    method,
    url: `/api/v1${url}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    remoteAddress: from,
    ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
  });
  return { status: res.statusCode, body: res.json() };
}

const PASSWORD = 'Hall-Director-2026';
const setupBody = (code: string, password = PASSWORD) => ({
  code,
  site: { id: 'jinniu', name: '金牛区政务服务中心', timeZone: 'Asia/Shanghai' },
  admin: { username: 'director', name: '王主任', password },
});

const counts = () =>
  app.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM staff) AS staff, (SELECT COUNT(*) FROM catalog) AS catalog`,
    )
    .get();

describe('首次设置', () => {
  it('an empty database waits for setup; the code makes the hall and its admin once, then is refused', async () => {
    const status = await call('GET', '/setup');
    expect(status.body).toEqual({ needed: true, defaultTimeZone: 'Asia/Shanghai' });
    const code = app.firstRun.open() as string;
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);

    // Typed in lower case without the dashes, the code still works.
    const done = await call('POST', '/setup', setupBody(code.replace(/-/g, '').toLowerCase()));
    expect(done.status).toBe(201);
    expect(done.body.site).toMatchObject({
      id: 'jinniu',
      level: 'district',
      name: '金牛区政务服务中心',
    });
    expect(done.body.staff).toMatchObject({
      username: 'director',
      role: 'admin',
      siteId: 'jinniu',
      active: true,
    });
    expect((await call('GET', '/setup')).body.needed).toBe(false);
    // The new hall has its screens' view at once (and the midnight close finds it).
    expect(app.hall.snapshot('jinniu').seq).toBe(2);
    await app.closeElapsedDays();
    expect(app.firstRun.open()).toBeUndefined();

    // The same code again, or any other: the hall is set up.
    const again = await call('POST', '/setup', setupBody(code));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('HALLQ_E_ALREADY_SET_UP');
    expect(counts()).toEqual({ staff: 1, catalog: 1 });

    // Both changes are in the log and the audit, named after the new admin.
    const login = await call('POST', '/auth/login', { username: 'director', password: PASSWORD });
    expect(login.status).toBe(200);
    const audit = await call('GET', '/audit', undefined, login.body.token);
    const actions = audit.body.entries.map(
      (e: { action: string; actor: { name: string } }) => `${e.action} ${e.actor.name}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['site.created 王主任', 'staff.created 王主任']),
    );

    // A restart keeps it set up: no code is made again.
    await app.close();
    await boot();
    expect(app.firstRun.open()).toBeUndefined();
    expect((await call('POST', '/setup', setupBody(code))).body.error.code).toBe(
      'HALLQ_E_ALREADY_SET_UP',
    );
  });

  it('a wrong code, a weak password or an unknown time zone changes nothing', async () => {
    const code = app.firstRun.open() as string;
    const wrong = await call('POST', '/setup', setupBody('AAAA-BBBB-CCCC-DDDD'));
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('HALLQ_E_SETUP_CODE');
    const weak = await call('POST', '/setup', setupBody(code, 'director'));
    expect(weak.body.error.code).toBe('HALLQ_E_WEAK_PASSWORD');
    const zone = await call('POST', '/setup', {
      ...setupBody(code),
      site: { id: 'x', name: 'x', timeZone: 'Mars/Olympus' },
    });
    expect(zone.status).toBe(400);
    const extra = await call('POST', '/setup', { ...setupBody(code), role: 'admin' });
    expect(extra.status).toBe(400);
    expect(counts()).toEqual({ staff: 0, catalog: 0 });
    // The code still works after the refusals.
    expect((await call('POST', '/setup', setupBody(code))).status).toBe(201);
  });

  it('the wrong codes tried before the setup are in the audit log the new admin reads', async () => {
    await call('POST', '/setup', setupBody('AAAA-BBBB-CCCC-DDDD'), undefined, '10.7.7.1');
    await call('POST', '/setup', setupBody('EEEE-FFFF-GGGG-HHHH'), undefined, '10.7.7.2');
    // Nothing is written while there is no admin (and no site) to keep it.
    expect(counts()).toEqual({ staff: 0, catalog: 0 });
    expect(app.db.prepare(`SELECT COUNT(*) AS n FROM audit`).get()).toEqual({ n: 0 });
    await call('POST', '/setup', setupBody(app.firstRun.open() as string));
    const admin = (await call('POST', '/auth/login', { username: 'director', password: PASSWORD }))
      .body.token;
    const audit = await call('GET', '/audit?target=auth:setup', undefined, admin);
    expect(audit.status).toBe(200);
    type Entry = { action: string; siteId: string; at: number; after: { address: string } };
    expect(
      (audit.body.entries as Entry[])
        .map((e) => [e.action, e.siteId, e.at, e.after.address])
        .sort(),
    ).toEqual([
      ['auth.failed', 'jinniu', MONDAY_10AM, '10.7.7.1'],
      ['auth.failed', 'jinniu', MONDAY_10AM, '10.7.7.2'],
    ]);
  });

  it('guessing is throttled like sign-ins: past ten a minute from one address, 429', async () => {
    // Each wrong code is answered a second late; ten at once take that second together.
    const first = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call('POST', '/setup', setupBody(`WRONG-${i}`), undefined, '10.7.7.7'),
      ),
    );
    expect(first.map((r) => r.status)).toEqual(Array(10).fill(403));
    const eleventh = await call(
      'POST',
      '/setup',
      setupBody(app.firstRun.open() as string),
      undefined,
      '10.7.7.7',
    );
    expect(eleventh.status).toBe(429);
    expect(counts()).toEqual({ staff: 0, catalog: 0 });
  });

  it('the new admin sets up a working day from an empty catalogue: a kiosk ticket the clerk calls', async () => {
    await call('POST', '/setup', setupBody(app.firstRun.open() as string));
    const admin = (await call('POST', '/auth/login', { username: 'director', password: PASSWORD }))
      .body.token;
    const made = [
      await call(
        'POST',
        '/units',
        {
          id: 'shebao',
          name: '区人力资源和社会保障局',
          shortName: '人社',
          ticketPrefix: 'A',
          kind: 'permanent',
        },
        admin,
      ),
      await call(
        'POST',
        '/items',
        {
          id: 'tuixiu',
          unitId: 'shebao',
          name: '退休待遇核定',
          promisedDays: 0,
          onTheSpot: true,
          expectedServiceMinutes: 10,
        },
        admin,
      ),
      await call(
        'POST',
        '/windows',
        {
          id: 'w1',
          number: 1,
          name: '1号窗口',
          zone: 'A区',
          kind: 'permanent',
          unitIds: ['shebao'],
        },
        admin,
      ),
      await call(
        'POST',
        '/staff',
        {
          username: 'zhangsan',
          password: 'Clerk-Window-0001',
          name: '张三',
          role: 'clerk',
          windowIds: ['w1'],
        },
        admin,
      ),
    ];
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const kiosk = await call('POST', '/devices', { kind: 'kiosk', name: '一楼取号机' }, admin);
    expect(kiosk.status).toBe(201);

    const ticket = await call('POST', '/tickets', { itemId: 'tuixiu' }, kiosk.body.token);
    expect(ticket.status).toBe(201);
    expect(ticket.body.ticket.number).toBe('A001');
    const clerk = await call(
      'POST',
      '/auth/login',
      { username: 'zhangsan', password: 'Clerk-Window-0001', windowId: 'w1' },
      undefined,
      addressOf('zhangsan'),
    );
    expect(clerk.status).toBe(200);
    const called = await call('POST', '/windows/w1/call-next', {}, clerk.body.token);
    expect(called.status).toBe(200);
    expect(JSON.stringify(called.body)).toContain('A001');
  });
});
