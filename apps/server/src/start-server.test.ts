/**
 * Boot: demo mode seeds the hall and writes its credentials; production mode
 * refuses to start while demo credentials are active.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { loadConfig } from './config';
import { openDatabase } from './store/open-database';
import { prepareDataDir, startServer } from './start-server';
import { MONDAY_10AM, seededDataDir } from '../test/test-hall';
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
    expect(creds.staff.map((s) => s.role).sort()).toEqual(
      ['admin', 'supervisor', ...Array(35).fill('clerk')].sort(),
    );
    expect(creds.staff.find((s) => s.username === 'w05')).toMatchObject({ windowIds: ['w5'] });
    expect(creds.devices.map((d) => d.kind).sort()).toEqual(['caller', 'display', 'kiosk']);
    for (const d of creds.devices)
      expect(d).toMatchObject({ id: expect.any(String), token: expect.any(String) });

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

  it('production mode on an empty dir does not invent a hall', () => {
    const dir = tempDir();
    const config = loadConfig({
      HALLQ_DATA_DIR: dir,
      HALLQ_MODE: 'production',
      LOG_LEVEL: 'silent',
    });
    expect(() => prepareDataDir(config)).toThrow(/no hall/);
  });
});
