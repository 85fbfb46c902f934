/**
 * The README's first command ends in `pnpm start`: this runs the same entry
 * (scripts/start.ts) on free ports and a fresh data directory, and checks
 * what a newcomer would: it prints where everything is, serves the screens,
 * and a ticket taken with the printed kiosk token prints on the emulator.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'hallq-start-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      HALLQ_DATA_DIR: dataDir,
      PRINTER_PORT: '0',
      PRINTER_HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner in time:\n${out}`)), 30_000);
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('credentials')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child!.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child!.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
}

describe('pnpm start', () => {
  it('prints every address, serves the screens, and a kiosk ticket prints on the emulator', async () => {
    const banner = await start();
    const kioskUrl = /取号机 kiosk\s+(\S+)/.exec(banner)?.[1];
    const printerPage = /打印机模拟器 printer (\S+)/.exec(banner)?.[1];
    expect(kioskUrl).toMatch(/^http:\/\/localhost:\d+\/kiosk\/\?device=hqd_/);
    expect(banner).toMatch(/综合显示屏 display\s+http:\/\/localhost:\d+\/display\/\?device=hqd_/);
    expect(banner).toMatch(/叫号终端 caller\s+http:\/\/localhost:\d+\/caller\//);
    expect(banner).toMatch(/API docs \(OpenAPI\)\s+http:\/\/localhost:\d+\/docs/);
    expect(printerPage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const url = new URL(kioskUrl!);
    const base = url.origin;
    const token = url.searchParams.get('device')!;
    for (const screen of ['kiosk', 'caller', 'display']) {
      const page = await fetch(`${base}/${screen}/`);
      expect(page.status, screen).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    }
    expect((await fetch(`${base}/docs/json`)).status).toBe(200);

    const res = await fetch(`${base}/api/v1/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ itemId: 'YB001', print: true }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { ticket: { number: string }; print: { ok: boolean } };
    expect(body.print).toEqual({ ok: true });
    const jobs = (await (await fetch(`${printerPage}jobs`)).json()) as { text: string }[];
    expect(jobs.at(-1)?.text).toContain(body.ticket.number);
    expect(jobs.at(-1)?.text).toContain('大安区政务服务中心');

    const exited = new Promise<number | null>((r) => child!.once('exit', r));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('the production bundle (node apps/server/dist/main.js, no tsx) serves the same hall', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hallq-dist-'));
    const server = spawn(process.execPath, [path.join(root, 'apps/server/dist/main.js')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HALLQ_DATA_DIR: dir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`not listening:\n${out}`)), 30_000);
        const onData = (d: Buffer) => {
          out += d.toString();
          const m = /hallq listening on (http:\/\/\S+?) /.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1].replace('localhost', '127.0.0.1'));
          }
        };
        server.stdout!.on('data', onData);
        server.stderr!.on('data', onData);
        server.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
      });
      expect(await (await fetch(`${base}/api/v1/health`)).json()).toMatchObject({ status: 'ok' });
      const catalog = (await (await fetch(`${base}/api/v1/catalog`)).json()) as {
        items: unknown[];
      };
      expect(catalog.items).toHaveLength(182);
      expect((await fetch(`${base}/display/`)).status).toBe(200);
    } finally {
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
