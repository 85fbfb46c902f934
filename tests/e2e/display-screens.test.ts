/**
 * The display's other faces against a real server in Chromium: the window
 * screen's states (and its screenshot), a zone-limited hall screen, the
 * unconfigured-device message, and a server restart in the middle of calls
 * (no call lost or doubled on screen or in voice).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { displayHarness } from './display-harness';

let server: HallServer;
let browser: Browser;
const { api, issue, clerk, callNext, openDisplay, live, current } = displayHarness({
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

type Rec = { text: string; start: number; end: number };
const utterances = (page: Page) =>
  page.evaluate(() => (window as unknown as { __utter: Rec[] }).__utter.map((u) => ({ ...u })));
const spoken = (number: string, windowNumber: number) =>
  `请${number.replace(/\d/g, (d) => '零幺二三四五六七八九'[Number(d)]!)}号到${windowNumber}号窗口办理`;
const callsOnScreen = async (page: Page) => [
  await page.locator('.hq-d-newest-number').textContent(),
  ...(await page.$$eval('[data-testid=recent-calls] li', (els) =>
    els.map((e) => e.getAttribute('data-number')),
  )),
];
const stateText = (page: Page) => page.locator('[data-testid=window-state]').textContent();

describe('window screen (窗口屏)', () => {
  it('shows 暂未开放, 空闲, the called number, 正在办理 and 暂停服务（午休）', async () => {
    const signedOut = await openDisplay('window=9', { width: 1280, height: 400 });
    await signedOut.waitForSelector('[data-testid=window-state]');
    await expect.poll(() => stateText(signedOut)).toBe('暂未开放');
    await signedOut.context().close();

    const token = await clerk(5);
    const page = await openDisplay('window=5', { width: 1280, height: 400 });
    await expect.poll(() => stateText(page)).toBe('空闲');
    await expect(page.locator('.hq-w-number').textContent()).resolves.toBe('5号窗口');
    await expect(page.locator('.hq-w-unit').textContent()).resolves.toBe('医保局');
    await expect(page.locator('.hq-w-staff').textContent()).resolves.toMatch(/（工号 .+）/);

    await issue('YB001');
    const { ticket } = await callNext(5, token);
    await expect.poll(() => stateText(page)).toBe(`请${ticket.number}号办理`);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'display-window.png'),
      animations: 'disabled',
    });

    await api('POST', `/tickets/${ticket.id}/start`, token, {});
    await expect.poll(() => stateText(page)).toBe(`${ticket.number} 正在办理`);
    await api('POST', `/tickets/${ticket.id}/finish`, token, {});
    current.delete(5);
    await api('POST', '/windows/w5/pause', token, { reason: '午休' });
    await expect.poll(() => stateText(page)).toBe('暂停服务（午休）');
    await api('POST', '/windows/w5/resume', token, {});
    await expect.poll(() => stateText(page)).toBe('空闲');
    await page.context().close();
  });

  it('says plainly when the window number does not exist', async () => {
    const page = await openDisplay('window=99', { width: 1280, height: 400 });
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('没有99号窗口');
    await page.context().close();
  });
});

describe('hall screen setup and limits', () => {
  it('without a device token it shows a six-digit pairing code for the admin console', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/display/`);
    await expect
      .poll(() => page.locator('[role=status]').textContent())
      .toContain('本显示屏尚未配置');
    expect(await page.getByTestId('pairing-code').textContent()).toMatch(/^[0-9]{3} [0-9]{3}$/);
    await context.close();
  });

  it('a screen limited to C区 shows and speaks only the calls of C区 windows', async () => {
    const page = await openDisplay(`zone=${encodeURIComponent('C区')}`);
    await live(page);
    await expect(page.locator('.hq-d-subtitle').textContent()).resolves.toBe('C区');
    const catalog = await api<{ items: { id: string; unitId: string }[] }>('GET', '/catalog');
    const ggzyItem = catalog.items.find((i) => i.unitId === 'ggzy')!.id;
    await issue('YB002');
    await issue(ggzyItem);
    await issue(ggzyItem); // one still waiting after window 27 calls: the board lists only units with people waiting
    const outside = await callNext(6);
    const inside = await callNext(27);
    await expect
      .poll(() => page.locator('.hq-d-newest-number').textContent())
      .toBe(inside.ticket.number);
    await page.waitForFunction(() => {
      const u = (window as unknown as { __utter: Rec[] }).__utter;
      return u.length >= 2 && u.every((x) => x.end > 0);
    });
    await page.waitForTimeout(1_000); // nothing more may follow
    const screen = await callsOnScreen(page);
    expect(screen).not.toContain(outside.ticket.number);
    expect((await utterances(page)).map((u) => u.text)).toEqual([
      spoken(inside.ticket.number, 27),
      spoken(inside.ticket.number, 27),
    ]);
    // Units outside the zone are not on its waiting board.
    await expect(page.locator('[data-unit=ggzy]').count()).resolves.toBe(1);
    await expect(page.locator('[data-unit=yibao]').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('disconnect and reconnect', () => {
  it('after a server restart mid-calls, no call is lost or doubled on screen or in voice', async () => {
    const page = await openDisplay();
    await live(page);
    for (const item of ['YB003', 'YB004', 'SB001', 'SB002', 'SB003']) await issue(item);
    const tokens = await Promise.all([clerk(7), clerk(8), clerk(1), clerk(2), clerk(3)]);
    const calls: { number: string; window: number }[] = [];
    const call = async (n: number, token: string) => {
      const r = await callNext(n, token);
      calls.push({ number: r.ticket.number, window: n });
    };
    await call(7, tokens[0]);
    await call(8, tokens[1]);
    await expect
      .poll(() => page.locator('.hq-d-newest-number').textContent())
      .toBe(calls[1]!.number);

    await server.stop();
    await page.waitForSelector('.hq-connection-badge');
    await expect(page.locator('.hq-connection-badge').textContent()).resolves.toContain('连接中断');
    await server.start();
    // Calls made while the screen is still reconnecting: it must catch up on them.
    await call(1, tokens[2]);
    await call(2, tokens[3]);
    const missed = await page.locator('.hq-connection-badge').count();
    console.log(
      `display: ${missed ? 'two calls made while the screen was still offline' : 'screen was back before the calls'}`,
    );
    await live(page);
    await call(3, tokens[4]);
    await expect
      .poll(() => page.locator('.hq-d-newest-number').textContent())
      .toBe(calls[4]!.number);
    await expect(page.locator('.hq-connection-badge').count()).resolves.toBe(0);

    // On screen: every call once, newest first.
    const screen = await callsOnScreen(page);
    expect(screen.slice(0, 5)).toEqual(calls.map((c) => c.number).reverse());
    expect(new Set(screen).size).toBe(screen.length);

    // In voice: every call twice, in call order, never overlapping, nothing extra.
    await page.waitForFunction(
      (n) => {
        const u = (window as unknown as { __utter: Rec[] }).__utter;
        return u.length >= n && u.every((x) => x.end > 0);
      },
      calls.length * 2,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(1_500);
    const voice = await utterances(page);
    expect(voice.map((u) => u.text)).toEqual(
      calls.flatMap((c) => [spoken(c.number, c.window), spoken(c.number, c.window)]),
    );
    for (let i = 1; i < voice.length; i++) {
      expect(voice[i]!.start).toBeGreaterThanOrEqual(voice[i - 1]!.end);
    }
    await page.context().close();
  });
});
