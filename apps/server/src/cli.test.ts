/**
 * `pnpm hallq`: from the demo to production. On a demo-seeded data directory
 * an operator creates a real admin and kiosk, revokes the demo accounts, and
 * the server then starts in production mode with only the real accounts.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { prepareDataDir } from './start-server';
import { openDatabase } from './store/open-database';
import { seededDataDir, startTestHall, type TestHall } from '../test/test-hall';
import type { DemoCredentials } from './demo/seed';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

function hallq(dataDir: string, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(serverDir, 'src/cli.ts'), ...args],
      { cwd: serverDir, env: { ...process.env, HALLQ_DATA_DIR: dataDir }, timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('pnpm hallq (CLI)', () => {
  let hall: TestHall | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('real accounts, revoked demo ones: production mode then starts and only the real ones work', async () => {
    const dataDir = seededDataDir();
    const demo = JSON.parse(
      readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'),
    ) as DemoCredentials;
    const production = loadConfig({
      HALLQ_DATA_DIR: dataDir,
      HALLQ_MODE: 'production',
      LOG_LEVEL: 'silent',
    });
    expect(() => prepareDataDir(production)).toThrow(/demo/);

    const staff = await hallq(
      dataDir,
      'create-staff',
      '--username',
      'zhangsan',
      '--password',
      'Zs-2026-hall',
      '--name',
      '张三',
      '--staff-no',
      'DA9001',
      '--role',
      'clerk',
      '--windows',
      'w5',
    );
    expect(staff.stderr).toBe('');
    expect(staff.code).toBe(0);
    const kiosk = await hallq(dataDir, 'create-device', '--kind', 'kiosk', '--name', '一楼取号机');
    expect(kiosk.code).toBe(0);
    const kioskToken = kiosk.stdout.trim().split('\n').pop() as string;
    const revoke = await hallq(dataDir, 'revoke-demo');
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toMatch(/deactivated 37 demo staff and 3 demo devices/);

    expect(() => prepareDataDir(production)).not.toThrow();
    hall = await startTestHall({ dataDir, env: { HALLQ_MODE: 'production' } });
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
  });

  it('refuses bad input with a message and a non-zero exit, changing nothing', async () => {
    const dataDir = seededDataDir();
    dirs.push(dataDir);
    const count = () => {
      const db = openDatabase(path.join(dataDir, 'hallq.sqlite'));
      try {
        return db
          .prepare(`SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM devices) AS n`)
          .get();
      } finally {
        db.close();
      }
    };
    const before = count();
    const weak = await hallq(
      dataDir,
      'create-staff',
      '--username',
      'lisi',
      '--password',
      'short',
      '--name',
      '李四',
      '--staff-no',
      'DA9002',
      '--role',
      'clerk',
    );
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/password/);
    const unknown = await hallq(dataDir, 'create-device', '--kind', 'printer', '--name', 'x');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/--kind/);
    const again = await hallq(dataDir, 'seed', '--demo');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already/);
    expect(count()).toEqual(before);
  });

  it('configure-site sets opening hours, number width and the priority ratio; a backwards span is refused', async () => {
    const dataDir = seededDataDir();
    dirs.push(dataDir);
    const bad = await hallq(
      dataDir,
      'configure-site',
      '--site',
      'district',
      '--hours',
      '12:00-09:00',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--hours/);
    const ok = await hallq(
      dataDir,
      'configure-site',
      '--site',
      'district',
      '--hours',
      '09:00-12:00,13:30-17:30',
      '--number-width',
      '4',
      '--priority-ratio',
      '3:1',
    );
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
  });
});
