/**
 * A township hall's screen (issue 15, core Q26), in Chromium on the real
 * server: the demo's 大安街道便民服务中心 screen names its hall, shows and
 * speaks its own clerk's call (A001 to window 1), and never the district's
 * call made at the same time. Saved as display-township.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { displayHarness, SPEECH_STUB } from './display-harness';
import { MONDAY_10AM, mondayClock } from './kiosk-page';

let server: HallServer;
let browser: Browser;
const { api, login, callNext, live } = displayHarness({
  server: () => server,
  browser: () => browser,
});

beforeAll(async () => {
  server = await startHallServer({ serveScreens: true, clock: mondayClock() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tokenOf = (id: string) => server.creds.devices.find((d) => d.id === id)!.token;

describe("a township hall's screen", () => {
  it('shows its own call, not the district’s', async () => {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await context.addInitScript(SPEECH_STUB);
    const page = await context.newPage();
    // The header clock shows the server's Monday morning: the screenshot stays the same.
    await page.clock.setFixedTime(MONDAY_10AM);
    await page.goto(`${server.url}/display/?device=${tokenOf('twn-001-display')}`);
    await live(page);
    await expect(page.locator('.hq-d-hall-name').textContent()).resolves.toBe(
      '大安街道便民服务中心',
    );

    // The district calls B001 (社保) at its window 1 first; then the township calls its A001.
    await api('POST', '/tickets', server.deviceToken('kiosk'), { itemId: 'SB005' });
    await callNext(1);
    await api('POST', '/tickets', tokenOf('twn-001-kiosk'), { itemId: 'YB002' });
    const clerk = await login('twn-001-w1', server.password('twn-001-w1'), 'twn-001-w1');
    await api('POST', '/windows/twn-001-w1/call-next', clerk, {});
    await page.waitForFunction(
      () => document.querySelector('.hq-d-newest-number')?.textContent === 'A001',
      undefined,
      { polling: 'raf' },
    );
    await expect(
      page.locator('[data-testid=newest-call] .hq-d-newest-window').textContent(),
    ).resolves.toBe('1号窗口');
    expect(await page.locator('body').textContent()).not.toContain('B001');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'display-township.png') });
    await context.close();
  });
});
