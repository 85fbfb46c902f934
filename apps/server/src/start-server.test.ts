/**
 * Boot: demo mode seeds the hall and writes its credentials; production mode
 * refuses to start while demo credentials are active.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { loadConfig } from './config';
import { openDatabase } from './store/open-database';
import { prepareDataDir, startServer } from './start-server';
import { LOCK_FILE, readLock } from './data-dir-lock';
import { MONDAY_10AM, seededDataDir, readDemoCredentials } from '../test/test-hall';
import type { DemoCredentials } from './demo/seed';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hallq-boot-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('prepareDataDir and startServer', () => {
  it('demo mode seeds an empty dir and writes demo-credentials.json that sign in', async () => {
    const dir = tempDir();
    const clock = new ManualClock(MONDAY_10AM);
    const config = loadConfig({
      HALLQ_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    prepareDataDir(config, clock);
    const file = path.join(dir, 'demo-credentials.json');
    expect(statSync(file).mode & 0o077).toBe(0); // secrets: readable by the owner only
    const creds = JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
    const district = creds.staff.filter((s) => s.siteId === 'district');
    expect(district.map((s) => s.role).sort()).toEqual(
      ['admin', 'supervisor', ...Array(35).fill('clerk')].sort(),
    );
    expect(creds.staff.find((s) => s.username === 'w05')).toMatchObject({
      siteId: 'district',
      windowIds: ['w5'],
    });
    expect(
      creds.devices
        .filter((d) => d.siteId === 'district')
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['caller', 'display', 'kiosk', 'rater']); // the rater: window 5's 好差评 pad
    // The 16 township halls (core Q26): a clerk at each of their windows, a kiosk and a screen.
    const townships = creds.staff.filter((s) => s.siteId.startsWith('twn-'));
    expect(townships.every((s) => s.role === 'clerk' && s.windowIds.length === 1)).toBe(true);
    expect(new Set(townships.map((s) => s.siteId)).size).toBe(16);
    // The 38 village rooms (全程代办): an agent each, at no window, and no device.
    const agents = creds.staff.filter((s) => s.siteId.startsWith('vil-'));
    expect(agents).toHaveLength(38);
    expect(agents.every((s) => s.role === 'agent' && s.windowIds.length === 0)).toBe(true);
    expect(new Set(agents.map((s) => s.siteId)).size).toBe(38);
    expect(creds.staff).toHaveLength(37 + townships.length + 38);
    expect(creds.devices.filter((d) => d.siteId !== 'district')).toHaveLength(32);
    for (const d of creds.devices)
      expect(d).toMatchObject({ id: expect.any(String), token: expect.any(String) });
    // Made at random: long, each account its own, none of the old published ones.
    const passwords = creds.staff.map((s) => s.password);
    for (const p of passwords) expect(p.length).toBeGreaterThanOrEqual(16);
    expect(new Set(passwords).size).toBe(passwords.length);
    expect(passwords).not.toContain('hallq-admin');
    expect(passwords).not.toContain('hallq-demo');

    // A second boot does not reseed: the same credentials still work.
    prepareDataDir(config, clock);
    const { app, url } = await startServer(config, clock);
    try {
      expect(url).toMatch(/^http:\/\/localhost:\d+$/);
      const admin = creds.staff.find((s) => s.role === 'admin');
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: admin?.username, password: admin?.password },
      });
      expect(res.statusCode).toBe(200);
      const kiosk = creds.devices.find((d) => d.kind === 'kiosk');
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: `Bearer ${kiosk?.token}` },
      });
      expect(me.json()).toMatchObject({ kind: 'device', device: { kind: 'kiosk' } });
      const health = await fetch(`http://127.0.0.1:${new URL(url).port}/api/v1/health`);
      expect(health.status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('another data directory seeds other passwords and tokens', () => {
    const read = (dir: string) => {
      prepareDataDir(loadConfig({ HALLQ_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
      return readDemoCredentials(dir);
    };
    const [a, b] = [read(tempDir()), read(tempDir())];
    const admin = (c: DemoCredentials) => c.staff.find((s) => s.username === 'admin')?.password;
    expect(admin(a)).not.toBe(admin(b));
    expect(a.devices[0]?.token).not.toBe(b.devices[0]?.token);
  }, 60_000); // two halls seeded: 122 scrypt hashes each

  it('a running server holds the data directory: its lock names it and its address, a second server is refused, closing frees it', async () => {
    const dir = seededDataDir();
    dirs.push(dir);
    const config = loadConfig({
      HALLQ_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const first = await startServer(config, new ManualClock(MONDAY_10AM));
    try {
      const holder = readLock(dir);
      expect(holder).toMatchObject({ pid: process.pid, role: 'server' });
      expect(holder?.url).toBe(first.url.replace('localhost', '127.0.0.1'));
      expect((await fetch(`${holder?.url}/api/v1/health`)).status).toBe(200);
      await expect(startServer(config, new ManualClock(MONDAY_10AM))).rejects.toThrow(
        /a hallq server \(pid \d+, http:\/\/127\.0\.0\.1:\d+\) holds this data directory/,
      );
      expect(readLock(dir)?.pid).toBe(process.pid); // the refused one did not take it
    } finally {
      await first.app.close();
    }
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('a lock left by a server that died (kill -9) is stale: the next server starts', async () => {
    const dir = seededDataDir();
    dirs.push(dir);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({
        pid: dead,
        role: 'server',
        host: hostname(),
        startedAt: Date.now(),
        url: 'http://127.0.0.1:9',
      }),
    );
    expect(readLock(dir)).toBeUndefined();
    const config = loadConfig({
      HALLQ_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const server = await startServer(config, new ManualClock(MONDAY_10AM));
    try {
      expect(readLock(dir)?.pid).toBe(process.pid);
    } finally {
      await server.app.close();
    }
  });

  it('production mode refuses to start on a dir with active demo credentials', () => {
    const dir = seededDataDir();
    dirs.push(dir);
    const config = loadConfig({
      HALLQ_DATA_DIR: dir,
      HALLQ_MODE: 'production',
      LOG_LEVEL: 'silent',
    });
    expect(() => prepareDataDir(config)).toThrow(/production.*demo/);
  });

  it('production mode starts once the demo accounts are deactivated', () => {
    const dir = seededDataDir();
    dirs.push(dir);
    const db = openDatabase(path.join(dir, 'hallq.sqlite'));
    db.prepare(`UPDATE staff SET active = 0 WHERE demo = 1`).run();
    db.prepare(`UPDATE devices SET revoked_at = 1 WHERE demo = 1`).run();
    db.close();
    const config = loadConfig({
      HALLQ_DATA_DIR: dir,
      HALLQ_MODE: 'production',
      LOG_LEVEL: 'silent',
    });
    expect(() => prepareDataDir(config)).not.toThrow();
  });

  it('production mode on an empty dir does not invent a hall: it starts and waits for 首次设置', () => {
    const dir = tempDir();
    const config = loadConfig({
      HALLQ_DATA_DIR: dir,
      HALLQ_MODE: 'production',
      LOG_LEVEL: 'silent',
    });
    expect(() => prepareDataDir(config)).not.toThrow();
    const db = openDatabase(path.join(dir, 'hallq.sqlite'));
    try {
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(n(`SELECT COUNT(*) AS n FROM catalog`)).toBe(0);
      expect(n(`SELECT COUNT(*) AS n FROM staff`)).toBe(0);
    } finally {
      db.close();
    }
  });
});
