/** The emulator's HTTP endpoints, over real HTTP on 127.0.0.1 ephemeral ports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Receipt } from './receipt';
import { startEmulator } from './start-emulator';
import type { PrinterEmulator } from './start-emulator';
import { connectError, sendJob } from './testing/raw-client';

// 区医保局 in GB18030, centred, double size; a QR code; a cut.
const TICKET = Buffer.from(
  '1b401c26 1b6101 1d2111 c7f8d2bdb1a3bed6 0a 1d2100 1d286b0800315030 6874747073 1d286b0300315130 0a 1d5600'.replace(
    / /g,
    '',
  ),
  'hex',
);

let emulator: PrinterEmulator;
const get = (path: string) => fetch(new URL(path, emulator.url));

beforeAll(async () => {
  emulator = await startEmulator();
  await sendJob(emulator.port, TICKET);
  await sendJob(emulator.port, Buffer.from('\x1b@second\n'));
  await emulator.waitForJob();
  await emulator.waitForJob();
});
afterAll(async () => {
  await emulator.close();
});

describe('printer emulator HTTP', () => {
  it('lists the jobs as JSON, oldest first', async () => {
    const response = await get('/jobs');
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const jobs = (await response.json()) as Receipt[];
    expect(jobs.map((j) => j.text)).toEqual(['区医保局\n', 'second']);
    expect(jobs[0]?.qrCodes).toEqual(['https']);
  });

  it('serves one job as JSON, as paper-like text and as HTML', async () => {
    expect(((await (await get('/jobs/1')).json()) as Receipt).lines[0]).toEqual({
      text: '区医保局',
      align: 'center',
      bold: false,
      width: 2,
      height: 2,
    });
    const text = await (await get('/jobs/1.txt')).text();
    expect(text.split('\n')[0]).toBe(`${' '.repeat(16)}区医保局`); // 16 columns wide at double width, centred in 48
    expect(text).toContain('[QR https]');
    expect(text).toContain('✂');
    const html = await (await get('/jobs/1.html')).text();
    expect(html).toContain('区医保局');
    expect(html).toContain('<svg');
    expect((await get('/jobs/99')).status).toBe(404);
  });

  it('shows the recent jobs newest first on the page, with the QR drawn', async () => {
    const response = await get('/');
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('虚拟小票打印机');
    expect(page).toContain('http-equiv="refresh"');
    expect(page.indexOf('id="job-2"')).toBeLessThan(page.indexOf('id="job-1"'));
    expect(page).toMatch(/<svg[^>]*viewBox/);
  });

  it('reads and sets the fault mode, rejecting a bad body with 400', async () => {
    const post = (body: string) =>
      fetch(new URL('/mode', emulator.url), {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    expect(await (await post('{"paperOut":true}')).json()).toEqual({ paperOut: true });
    expect(await (await get('/mode')).json()).toEqual({ paperOut: true });
    expect(emulator.mode()).toEqual({ paperOut: true });

    const bad = await post('{"paperOut":"yes"}');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'paperOut must be true or false' });
    expect((await post('not json')).status).toBe(400);
    expect(emulator.mode()).toEqual({ paperOut: true });

    expect(await (await post('{"offline":true}')).json()).toEqual({ offline: true });
    expect(await connectError(emulator.port)).toBe('ECONNREFUSED');
    await post('{}');
    expect(await connectError(emulator.port)).toBeNull();
  });

  it('refuses changes from another site’s page and bodies that are not JSON', async () => {
    const before = emulator.mode();
    // What a cross-site <form> can send: text/plain, with its own Origin.
    const form = await fetch(new URL('/mode', emulator.url), {
      method: 'POST',
      body: '{"paperOut":true}',
      headers: { 'content-type': 'text/plain', origin: 'http://evil.example' },
    });
    expect(form.status).toBe(403);
    const plain = await fetch(new URL('/mode', emulator.url), {
      method: 'POST',
      body: '{"paperOut":true}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    const wipe = await fetch(new URL('/jobs', emulator.url), {
      method: 'DELETE',
      headers: { origin: 'http://evil.example' },
    });
    expect(wipe.status).toBe(403);
    expect(emulator.mode()).toEqual(before);
    // The emulator's own page (same Origin) still works.
    const own = await fetch(new URL('/mode', emulator.url), {
      method: 'POST',
      body: JSON.stringify(before),
      headers: { 'content-type': 'application/json', origin: new URL(emulator.url).origin },
    });
    expect(own.status).toBe(200);
  });

  it('forgets the jobs on DELETE /jobs', async () => {
    expect((await fetch(new URL('/jobs', emulator.url), { method: 'DELETE' })).status).toBe(204);
    expect(await (await get('/jobs')).json()).toEqual([]);
    expect(await (await get('/')).text()).toContain('还没有打印任何小票');
  });

  it('answers unknown routes with 404', async () => {
    expect((await get('/nothing')).status).toBe(404);
  });
});
