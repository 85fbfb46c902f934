/**
 * The QR code must be reachable from a phone (issue 16): demo mode builds the
 * status URL from the machine's LAN address, production refuses to start
 * without HALLQ_PUBLIC_URL, and boot logs the URL tickets will carry. The
 * boot cases run the real entry point (src/main.ts) as a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { lanAddress, publicUrlFor, PUBLIC_URL_REQUIRED } from './public-url';
import { seededDataDir, readDemoCredentials } from '../test/test-hall';

const nic = (address: string, internal = false) => ({
  address,
  internal,
  family: 'IPv4' as const,
  netmask: '255.255.255.0',
  mac: '02:00:00:00:00:01',
  cidr: `${address}/24`,
});
const HALL_NET = {
  lo: [nic('127.0.0.1', true)],
  docker0: [nic('169.254.3.1')],
  wan: [nic('203.0.113.7')],
  eth0: [nic('192.168.1.23')],
};

describe('the public URL of the status page', () => {
  it('prefers a private LAN address; skips loopback and link-local', () => {
    expect(lanAddress(HALL_NET)).toBe('192.168.1.23');
    expect(lanAddress({ lo: [nic('127.0.0.1', true)], wan: [nic('203.0.113.7')] })).toBe(
      '203.0.113.7',
    );
    expect(lanAddress({ lo: [nic('127.0.0.1', true)] })).toBeUndefined();
  });

  it('demo mode: the LAN address and port, never localhost; HALLQ_PUBLIC_URL wins; a named HOST is used', () => {
    const demo = loadConfig({});
    expect(publicUrlFor(demo, 8080, HALL_NET)).toEqual({ url: 'http://192.168.1.23:8080' });
    const named = loadConfig({ HALLQ_PUBLIC_URL: 'https://hall.example.cn/' });
    expect(publicUrlFor(named, 8080, HALL_NET)).toEqual({ url: 'https://hall.example.cn' });
    expect(publicUrlFor(loadConfig({ HOST: '10.0.0.5' }), 81, HALL_NET).url).toBe(
      'http://10.0.0.5:81',
    );
    const alone = publicUrlFor(demo, 8080, { lo: [nic('127.0.0.1', true)] });
    expect(alone.url).toBe('http://127.0.0.1:8080');
    expect(alone.warning).toMatch(/HALLQ_PUBLIC_URL/);
    expect(publicUrlFor(loadConfig({ HOST: '127.0.0.1' }), 80, HALL_NET).warning).toMatch(
      /cannot reach/,
    );
  });

  it('production without HALLQ_PUBLIC_URL is refused with a code', () => {
    const prod = loadConfig({ HALLQ_MODE: 'production' });
    expect(() => publicUrlFor(prod, 8080, HALL_NET)).toThrow(PUBLIC_URL_REQUIRED);
  });
});

const MAIN = path.join(import.meta.dirname, 'main.ts');
const TSX = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');

describe('boot (src/main.ts)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('production mode refuses to start without HALLQ_PUBLIC_URL, before touching the data directory', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'hallq-boot-'));
    dirs.push(parent);
    const dataDir = path.join(parent, 'data');
    const run = spawnSync(TSX, [MAIN], {
      env: { ...process.env, HALLQ_MODE: 'production', HALLQ_DATA_DIR: dataDir, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(PUBLIC_URL_REQUIRED);
    expect(run.stderr).toContain('HALLQ_PUBLIC_URL');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('demo mode logs the URL tickets carry, on the LAN address, and the kiosk’s reply carries it', async () => {
    const dataDir = seededDataDir();
    dirs.push(dataDir);
    const child = spawn(TSX, [MAIN], {
      env: {
        ...process.env,
        HALLQ_DATA_DIR: dataDir,
        HOST: '0.0.0.0',
        PORT: '0',
        LOG_LEVEL: 'info',
        HALLQ_KIOSK_TICKETS_PER_MINUTE: '1000',
      },
    });
    try {
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      const until = Date.now() + 60_000;
      while (!/hallq listening on http:\/\/localhost:(\d+)/.test(out)) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`no boot: ${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const port = /hallq listening on http:\/\/localhost:(\d+)/.exec(out)![1];
      const line = out.split('\n').find((l) => l.includes('"publicUrl"'));
      expect(line, 'boot logs the public URL').toBeDefined();
      const { publicUrl } = JSON.parse(line!) as { publicUrl: string };
      const lan = lanAddress();
      expect(publicUrl).toBe(`http://${lan ?? '127.0.0.1'}:${port}`);
      expect(publicUrl).not.toContain('localhost');

      const creds = readDemoCredentials(dataDir);
      const kiosk = creds.devices.find((d) => d.kind === 'kiosk')!;
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${kiosk.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ itemId: 'YB001' }),
      });
      const body = (await res.json()) as { ticket: { id: string }; statusUrl: string };
      expect(res.status).toBe(201);
      expect(body.statusUrl).toBe(`${publicUrl}/t/${body.ticket.id}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
