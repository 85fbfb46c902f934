/**
 * The hall call display against a real server in Chromium: a call shows on
 * the screen (latency printed, not asserted), three windows calling within
 * 100 ms are spoken in order, repeated, never overlapping; the voice source
 * reaches the admin's device list; screenshots of both orientations and of a
 * window screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { displayHarness } from './display-harness';

let server: HallServer;
let browser: Browser;
const { api, login, issue, clerk, callNext, openDisplay, live, current } = displayHarness({
  server: () => server,
  browser: () => browser,
});

beforeAll(async () => {
  server = await startHallServer({ serveScreens: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hall display', () => {
  it('shows a call on screen and prints the call-to-screen latency', async () => {
    const page = await openDisplay();
    await live(page);
    // The token left the address bar.
    expect(page.url()).not.toContain('device=');
    await expect(page.locator('.hq-d-hall-name').textContent()).resolves.toBe('大安区政务服务中心');

    const { ticket } = await issue('YB001');
    const token = await clerk(5);
    const t0 = performance.now();
    await callNext(5, token);
    await page.waitForFunction(
      (n) => document.querySelector('.hq-d-newest-number')?.textContent === n,
      ticket.number,
      { polling: 'raf' },
    );
    console.log(`display: call-to-screen latency ${(performance.now() - t0).toFixed(0)} ms`);
    await expect(
      page.locator('[data-testid=newest-call] .hq-d-newest-window').textContent(),
    ).resolves.toBe('5号窗口');
    await page.context().close();
  });

  it('speaks three near-simultaneous calls in order, twice each, never two at once', async () => {
    const page = await openDisplay();
    await live(page);
    const issued = [await issue('YB001'), await issue('YB002'), await issue('SB001')];
    expect(issued).toHaveLength(3);
    // Three windows call within 100 ms.
    const tokens = await Promise.all([clerk(5), clerk(6), clerk(1)]);
    const serving = current.get(5)!;
    await api('POST', `/tickets/${serving}/start`, tokens[0], {});
    await api('POST', `/tickets/${serving}/finish`, tokens[0], {});
    current.delete(5);
    const called = await Promise.all([
      callNext(5, tokens[0]),
      callNext(6, tokens[1]),
      callNext(1, tokens[2]),
    ]);
    const phrases = called.map(
      (c) =>
        `请${c.ticket.number.replace(/\d/g, (d) => '零幺二三四五六七八九'[Number(d)]!)}号到${c.ticket.windowNumber}号窗口办理`,
    );
    await page.waitForFunction(
      () => {
        const u = (window as unknown as { __utter: { end: number }[] }).__utter;
        return u.length >= 6 && u.every((x) => x.end > 0);
      },
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(1_500); // nothing more may follow
    const rec = await page.evaluate(() => {
      const w = window as unknown as {
        __utter: { text: string; start: number; end: number }[];
        __maxSpeaking: number;
        __cancels: number;
      };
      return { utter: w.__utter, max: w.__maxSpeaking, cancels: w.__cancels };
    });
    // Spoken in the order the screen lists them (oldest first), each twice in a row.
    const onScreen = await page.$$eval('[data-testid=recent-calls] li', (els) =>
      els.map((e) => e.getAttribute('data-number')),
    );
    const newest = await page.locator('.hq-d-newest-number').textContent();
    const screenOrder = [newest, ...onScreen].slice(0, 3).reverse();
    const expected = screenOrder.flatMap((n) => {
      const p = phrases.find((x, i) => called[i]!.ticket.number === n);
      return [p, p];
    });
    expect(rec.utter.map((u) => u.text)).toEqual(expected);
    expect(new Set(rec.utter.map((u) => u.text))).toEqual(new Set(phrases));
    expect(rec.max).toBe(1);
    expect(rec.cancels).toBe(0);
    for (let i = 1; i < rec.utter.length; i++) {
      expect(rec.utter[i]!.start).toBeGreaterThanOrEqual(rec.utter[i - 1]!.end);
    }

    // The admin's device list shows which voice the screen uses.
    const admin = await login('admin', server.password('admin'));
    const { devices } = await api<{ devices: { kind: string; voiceSource?: string }[] }>(
      'GET',
      '/devices',
      admin,
    );
    expect(devices.find((d) => d.kind === 'display')?.voiceSource).toBe('speechSynthesis');
    await page.context().close();
  });

  it('falls back to the server TTS WAV when the browser has no zh-CN voice', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // A browser whose only voice is English: the page must use the server's espeak-ng.
    await context.addInitScript(() => {
      const synth = {
        getVoices: () => [{ lang: 'en-US', name: 'English', default: true }],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        speak: () => {
          throw new Error('the English voice must not be used');
        },
        cancel: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    });
    const page = await context.newPage();
    const tts: { text: string; status: number; type: string }[] = [];
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.pathname === '/api/v1/tts') {
        tts.push({
          text: u.searchParams.get('text') ?? '',
          status: r.status(),
          type: r.headers()['content-type'] ?? '',
        });
      }
    });
    await page.goto(`${server.url}/display/?device=${server.deviceToken('display')}`);
    await live(page);
    await page.mouse.click(5, 300); // allow audio, as staff do once on a browser screen
    const admin = await login('admin', server.password('admin'));
    await expect
      .poll(async () => {
        const { devices } = await api<{ devices: { kind: string; voiceSource?: string }[] }>(
          'GET',
          '/devices',
          admin,
        );
        return devices.find((d) => d.kind === 'display')?.voiceSource;
      })
      .toBe('serverTts');

    await issue('YB005');
    const { ticket } = await callNext(8);
    const phrase = `请${ticket.number.replace(/\d/g, (d) => '零幺二三四五六七八九'[Number(d)]!)}号到8号窗口办理`;
    await expect
      .poll(() => tts.find((x) => x.text === phrase), { timeout: 10_000 })
      .toMatchObject({
        status: 200,
        type: 'audio/wav',
      });
    await context.close();
  });

  it('takes screenshots of both orientations with a notice, waiting counts and the rota', async () => {
    const admin = await login('admin', server.password('admin'));
    await api('PUT', '/notice', admin, {
      notice:
        '温馨提示：请按号就座，留意叫号；过号请到咨询导办窗口重新取号。午休时间 12:00–13:30 部分窗口暂停服务。',
    });
    for (const item of ['YB003', 'SB002', 'SB003', 'YB004']) await issue(item);
    await callNext(7);
    await callNext(2);

    const landscape = await openDisplay();
    await live(landscape);
    await landscape.waitForSelector('.hq-d-notice-text');
    await expect(landscape.locator('.hq-d-notice-text').textContent()).resolves.toContain(
      '温馨提示',
    );
    // Staff touch a browser-run screen once to allow sound; the hint then goes away.
    await landscape.mouse.click(5, 500);
    await landscape.waitForSelector('.hq-d-voice-locked', { state: 'detached' });
    await landscape.screenshot({
      path: path.join(SCREENSHOT_DIR, 'display-landscape.png'),
      animations: 'disabled',
    });
    await landscape.context().close();

    const portrait = await openDisplay('', { width: 1080, height: 1920 });
    await live(portrait);
    await portrait.mouse.click(5, 900);
    await portrait.waitForSelector('.hq-d-voice-locked', { state: 'detached' });
    await portrait.screenshot({
      path: path.join(SCREENSHOT_DIR, 'display-portrait.png'),
      animations: 'disabled',
    });
    await portrait.context().close();
  });
});
