/**
 * `pnpm hallq`: the running server is the only writer. With a server up the
 * CLI signs in as an admin and uses its API (the change is audited under the
 * admin's name and takes effect at once); a server that holds the data
 * directory but does not answer gets a coded refusal at once and nothing is
 * written; with no server the CLI writes the database itself, under the lock.
 * Passwords come from standard input (or a prompt), never from argv.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { loadConfig } from './config';
import { prepareDataDir, startServer, type StartedServer } from './start-server';
import { openDatabase } from './store/open-database';
import { loadCatalog } from './domain/catalog-store';
import { LOCK_FILE } from './data-dir-lock';
import {
  addressOf,
  MONDAY_10AM,
  seededDataDir,
  startTestHall,
  type TestHall,
} from '../test/test-hall';
import type { DemoCredentials } from './demo/seed';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const ADMIN_PASSWORD = 'hallq-admin'; // test-hall's injected test password, not a default
/** Each `pnpm hallq` is a fresh tsx process: seconds each on a shared 2-core machine. */
const SLOW = 240_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm hallq …` on `dataDir`, with `stdin` piped in (passwords, one per line). */
function hallq(dataDir: string, args: string[], stdin = '', env: Record<string, string> = {}) {
  return new Promise<Run>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(serverDir, 'src/cli.ts'), ...args],
      {
        cwd: serverDir,
        env: { ...process.env, HALLQ_DATA_DIR: dataDir, HALLQ_URL: '', ...env },
        timeout: 60_000,
      },
      (err, stdout, stderr) =>
        resolve({
          code: err ? ((err as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        }),
    );
    child.stdin?.end(stdin);
  });
}

const count = (dataDir: string) => {
  const db = openDatabase(path.join(dataDir, 'hallq.sqlite'));
  try {
    return db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM devices) + (SELECT COUNT(*) FROM events) AS n`,
      )
      .get();
  } finally {
    db.close();
  }
};

describe('pnpm hallq (CLI)', () => {
  let hall: TestHall | undefined;
  let server: StartedServer | undefined;
  const dirs: string[] = [];
  const dir = (d: string) => (dirs.push(d), d);
  afterEach(async () => {
    await hall?.close();
    await server?.app.close();
    hall = undefined;
    server = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it(
    'with a server running, it signs in and uses the API: the new clerk is in the audit and signs in at once; revoke-demo through the API ends the demo kiosk at once',
    async () => {
      const dataDir = dir(seededDataDir());
      const demo = JSON.parse(
        readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'),
      ) as DemoCredentials;
      const config = loadConfig({
        HALLQ_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: '0',
      });
      server = await startServer(config, new ManualClock(MONDAY_10AM));
      const base = server.url.replace('localhost', '127.0.0.1');
      const api = async (method: string, url: string, token?: string, body?: unknown) => {
        const res = await fetch(`${base}/api/v1${url}`, {
          method,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        return { status: res.status, body: (await res.json()) as Record<string, never> };
      };

      const staff = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'zhangsan',
          '--name',
          '张三',
          '--role',
          'clerk',
          '--windows',
          'w5',
        ],
        `${ADMIN_PASSWORD}\nZs-2026-hall\n`,
      );
      expect(staff.stderr).toBe('');
      expect(staff.code).toBe(0);
      expect(staff.stdout).toMatch(
        /staff zhangsan \(clerk, site district\) created \(the server at http:\/\/127\.0\.0\.1:\d+ \(as admin\)\)/,
      );

      // Live at once: no restart, the new clerk signs into window 5.
      const clerk = await api('POST', '/auth/login', undefined, {
        username: 'zhangsan',
        password: 'Zs-2026-hall',
        windowId: 'w5',
      });
      expect(clerk.status).toBe(200);
      // Audited under the admin who signed in, not as an anonymous write.
      const admin = await api('POST', '/auth/login', undefined, {
        username: 'admin',
        password: ADMIN_PASSWORD,
      });
      const audit = await api('GET', '/audit?target=staff:staff-zhangsan', admin.body.token);
      expect(audit.body.entries).toEqual([
        expect.objectContaining({
          action: 'staff.created',
          actor: expect.objectContaining({ kind: 'staff', id: 'staff-admin' }),
        }),
      ]);

      // A wrong admin password: refused with the server's code, nothing created.
      const wrong = await hallq(
        dataDir,
        ['create-device', '--kind', 'kiosk', '--name', '二楼取号机'],
        'not-the-password\n',
      );
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/HALLQ_E_BAD_CREDENTIALS/);

      // Our own admin, then the demo goes through the API as that admin.
      const boss = await hallq(
        dataDir,
        ['create-staff', '--username', 'boss', '--name', '主任', '--role', 'admin'],
        `${ADMIN_PASSWORD}\nBoss-2026-hall\n`,
      );
      expect(boss.code).toBe(0);
      const asDemo = await hallq(dataDir, ['revoke-demo'], `${ADMIN_PASSWORD}\n`);
      expect(asDemo.code).toBe(1);
      expect(asDemo.stderr).toMatch(/HALLQ_E_CONFLICT: admin is itself a demo account/);
      const revoke = await hallq(dataDir, ['revoke-demo', '--as', 'boss'], 'Boss-2026-hall\n');
      expect(revoke.stderr).toBe('');
      expect(revoke.stdout).toMatch(
        /deactivated 122 demo staff and 36 demo devices \(the server at/,
      );
      const kiosk = demo.devices.find((d) => d.kind === 'kiosk')?.token;
      expect((await api('GET', '/auth/me', kiosk)).status).toBe(401);
      expect((await api('GET', '/auth/me', admin.body.token)).status).toBe(401);
    },
    SLOW,
  );

  it(
    'a server holds the data directory but does not answer: a coded refusal at once, nothing written; seed is refused too',
    async () => {
      const dataDir = dir(seededDataDir());
      // A port nobody listens on.
      const port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => resolve(p));
        });
      });
      // This test process stands for the server: a live PID holding the lock.
      writeFileSync(
        path.join(dataDir, LOCK_FILE),
        JSON.stringify({
          pid: process.pid,
          role: 'server',
          host: hostname(),
          startedAt: Date.now(),
          url: `http://127.0.0.1:${port}`,
        }),
      );
      const before = count(dataDir);
      // And the database is mid-write: a CLI that touched it would wait out
      // busy_timeout and fail with SQLITE_BUSY, not answer the refusal below.
      const writer = openDatabase(path.join(dataDir, 'hallq.sqlite'));
      writer.prepare('BEGIN IMMEDIATE').run();
      const refused = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'lisi',
          '--name',
          '李四',
          '--role',
          'clerk',
          '--site',
          'district',
        ],
        'Ls-2026-hall\n',
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        new RegExp(
          `HALLQ_E_SERVER_UNREACHABLE: a hallq server \\(pid ${process.pid}\\) holds .* but does not answer at http://127\\.0\\.0\\.1:${port}: nothing was written`,
        ),
      );
      writer.prepare('ROLLBACK').run();
      writer.close();
      const seed = await hallq(dataDir, ['seed', '--demo']);
      expect(seed.code).toBe(1);
      expect(seed.stderr).toMatch(
        /HALLQ_E_DATA_DIR_LOCKED: a hallq server .* stop the server first/,
      );
      expect(count(dataDir)).toEqual(before);
    },
    SLOW,
  );

  it(
    'seed --catalog keeps the sites a two-site file gives its units and windows; a direct write then needs --site',
    async () => {
      const dataDir = dir(mkdtempSync(path.join(tmpdir(), 'hallq-cli-')));
      const file = path.join(dataDir, 'hall.json');
      const unit = (id: string, prefix: string, siteId?: string) => ({
        id,
        name: `${id} 局`,
        shortName: id,
        kind: 'whole',
        ticketPrefix: prefix,
        ...(siteId ? { siteId } : {}),
      });
      writeFileSync(
        file,
        JSON.stringify({
          sites: [
            { id: 'hq', name: '某区政务服务中心', level: 'district' },
            { id: 'east', name: '东街道便民服务中心', level: 'township' },
          ],
          units: [unit('tax', 'A'), unit('east-social', 'B', 'east')],
          items: [
            {
              code: 'T1',
              unitId: 'tax',
              name: '纳税',
              category: '税务',
              promisedDays: 0,
              onTheSpot: true,
            },
            {
              code: 'E1',
              unitId: 'east-social',
              name: '社保',
              category: '社保',
              promisedDays: 0,
              onTheSpot: true,
            },
          ],
          windows: [
            { number: 1, name: '1号窗口', zone: 'A区', kind: 'whole', unitIds: ['tax'] },
            {
              id: 'e1',
              number: 1,
              name: '1号窗口',
              zone: '东',
              kind: 'whole',
              unitIds: ['east-social'],
              siteId: 'east',
            },
          ],
          comprehensiveWindows: [],
        }),
      );
      const seeded = await hallq(dataDir, ['seed', '--catalog', file]);
      expect(seeded.stderr).toBe('');
      expect(seeded.stdout).toMatch(/2 sites, 2 units, 2 items, windows hq: 1, east: 1/);
      const db = openDatabase(path.join(dataDir, 'hallq.sqlite'));
      try {
        const catalog = loadCatalog(db);
        expect(catalog.units.tax?.siteId).toBe('hq');
        expect(catalog.units['east-social']?.siteId).toBe('east');
        expect(catalog.windows.w1?.siteId).toBe('hq');
        expect(catalog.windows.e1?.siteId).toBe('east');
      } finally {
        db.close();
      }

      const noSite = await hallq(
        dataDir,
        ['create-staff', '--username', 'wang', '--name', '王五', '--role', 'clerk'],
        'Ww-2026-hall\n',
      );
      expect(noSite.code).toBe(2);
      expect(noSite.stderr).toMatch(/--site is required when no server runs/);
      const east = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'wang',
          '--name',
          '王五',
          '--role',
          'clerk',
          '--site',
          'east',
          '--windows',
          'e1',
        ],
        'Ww-2026-hall\n',
      );
      expect(east.stderr).toBe('');
      expect(east.stdout).toMatch(
        /staff wang \(clerk, site east\) created \(.* directly \(no server running\)\)/,
      );
    },
    SLOW,
  );

  it(
    'with no server: real accounts written directly (audited as the CLI), demo revoked; production then starts and only the real ones work',
    async () => {
      const dataDir = dir(seededDataDir());
      const demo = JSON.parse(
        readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'),
      ) as DemoCredentials;
      const production = loadConfig({
        HALLQ_DATA_DIR: dataDir,
        HALLQ_MODE: 'production',
        LOG_LEVEL: 'silent',
      });
      expect(() => prepareDataDir(production)).toThrow(/demo/);

      const argv = await hallq(dataDir, [
        'create-staff',
        '--username',
        'zhangsan',
        '--password',
        'Zs-2026-hall',
      ]);
      expect(argv.code).toBe(2);
      expect(argv.stderr).toMatch(/passwords are never given on the command line/);
      const weak = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'lisi',
          '--name',
          '李四',
          '--role',
          'clerk',
          '--site',
          'district',
        ],
        'short\n',
      );
      expect(weak.code).toBe(1);
      expect(weak.stderr).toMatch(/HALLQ_E_WEAK_PASSWORD/);

      const staff = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'zhangsan',
          '--name',
          '张三',
          '--staff-no',
          'DA9001',
          '--role',
          'clerk',
          '--site',
          'district',
          '--windows',
          'w5',
        ],
        'Zs-2026-hall\n',
      );
      expect(staff.stderr).toBe('');
      expect(staff.code).toBe(0);
      const kiosk = await hallq(dataDir, [
        'create-device',
        '--kind',
        'kiosk',
        '--name',
        '一楼取号机',
        '--site',
        'district',
      ]);
      expect(kiosk.code).toBe(0);
      const kioskToken = kiosk.stdout.trim().split('\n').pop() as string;
      const revoke = await hallq(dataDir, ['revoke-demo']);
      expect(revoke.code).toBe(0);
      expect(revoke.stdout).toMatch(/deactivated 122 demo staff and 36 demo devices/);

      // A real admin too (before the server starts: a direct write beside a
      // running server is exactly what the lock exists to prevent).
      const boss = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'boss',
          '--name',
          '主任',
          '--role',
          'admin',
          '--site',
          'district',
        ],
        'Boss-2026-hall\n',
      );
      expect(boss.code).toBe(0);

      expect(() => prepareDataDir(production)).not.toThrow();
      hall = await startTestHall({ dataDir, env: { HALLQ_MODE: 'production' } });
      const bossLogin = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'boss', password: 'Boss-2026-hall' },
        remoteAddress: addressOf('boss'),
      });
      const cliAudit = await hall.request({
        method: 'GET',
        url: '/api/v1/audit?target=staff:staff-zhangsan',
        token: bossLogin.body.token,
      });
      expect(cliAudit.body.entries).toEqual([
        expect.objectContaining({
          action: 'staff.created',
          actor: expect.objectContaining({ kind: 'cli' }),
        }),
      ]);
      const login = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'zhangsan', password: 'Zs-2026-hall', windowId: 'w5' },
      });
      expect(login.status).toBe(200);
      const issued = await hall.request({
        method: 'POST',
        url: '/api/v1/tickets',
        token: kioskToken,
        body: { itemId: hall.itemOf('yibao') },
      });
      expect(issued.status).toBe(201);
      const oldAdmin = demo.staff.find((s) => s.role === 'admin');
      const refused = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: oldAdmin?.username, password: oldAdmin?.password },
        remoteAddress: '10.66.0.1',
      });
      expect(refused.status).toBe(401);
      const oldKiosk = demo.devices.find((d) => d.kind === 'kiosk')?.token;
      const stale = await hall.request({
        method: 'POST',
        url: '/api/v1/tickets',
        token: oldKiosk,
        body: { itemId: hall.itemOf('yibao') },
      });
      expect(stale.status).toBe(401);
    },
    SLOW,
  );

  it(
    'with a server running, create-site adds a township under --parent and configure-site sets its voice, through the API',
    async () => {
      const dataDir = dir(seededDataDir());
      const config = loadConfig({
        HALLQ_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: '0',
      });
      server = await startServer(config, new ManualClock(MONDAY_10AM));
      const made = await hallq(
        dataDir,
        ['create-site', '--id', 'twn-new', '--name', '新兴街道', '--parent', 'district'],
        `${ADMIN_PASSWORD}\n`,
      );
      expect(made.stderr).toBe('');
      expect(made.stdout).toMatch(/site twn-new saved \(the server at/);
      const voiced = await hallq(
        dataDir,
        ['configure-site', '--site', 'twn-new', '--voice-one', 'yi', '--voice-repeat', '3'],
        `${ADMIN_PASSWORD}\n`,
      );
      expect(voiced.stderr).toBe('');
      const site = server.app.hall.catalog.sites['twn-new'];
      expect(site).toMatchObject({ level: 'township', parentId: 'district' });
      expect(site?.voice).toEqual({ one: 'yi', repeat: 3 });
    },
    SLOW,
  );

  it(
    'configure-site sets opening hours, number width and the priority ratio; a backwards span is refused',
    async () => {
      const dataDir = dir(seededDataDir());
      const bad = await hallq(dataDir, [
        'configure-site',
        '--site',
        'district',
        '--hours',
        '12:00-09:00',
      ]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--hours/);
      const ok = await hallq(dataDir, [
        'configure-site',
        '--site',
        'district',
        '--hours',
        '09:00-12:00,13:30-17:30',
        '--number-width',
        '4',
        '--priority-ratio',
        '3:1',
      ]);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toMatch(/hours 09:00-12:00,13:30-17:30, 4 digits, priority ratio 3:1/);

      hall = await startTestHall({ dataDir }); // Monday 10:00 in Shanghai
      const first = await hall.issue(hall.itemOf('yibao'));
      expect(first.status).toBe(201);
      expect(first.body.ticket.number).toBe('A0001');
      hall.clock.set(hall.clock.now() + 2.5 * 3_600_000); // 12:30, the lunch break
      const lunch = await hall.issue(hall.itemOf('yibao'));
      expect(lunch.status).toBe(409);
      expect(lunch.body.error.code).toBe('HALLQ_E_OUTSIDE_HOURS');
    },
    SLOW,
  );
});
