/**
 * Where to go and what the kiosk promises (issue 16), in Chromium at the
 * kiosk's 1080×1920 on the real server and printer emulator:
 * - the ticket screen and the paper say where to wait (zone and windows);
 * - with no window open for the item: 窗口暂未开放, no estimate;
 * - out of paper: the number large and a QR code to scan ("用手机扫码保存您的号码"),
 *   and no promise of paper.
 * Each screen is saved and checked for text cut off or drawn off screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';
import { textOverflows } from './display-fit-checks';
import { itemButton, mondayClock, openKiosk, screenshot, unitButton } from './kiosk-page';

let server: HallServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHallServer({ printer: true, clock: mondayClock() });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function takeTicket(page: Page, unitId: string, itemId: string) {
  await unitButton(page, unitId).click();
  await itemButton(page, itemId).click();
  await page.getByRole('button', { name: '确认取号' }).click();
  await page.getByTestId('ticket-number').waitFor();
  await page.locator('.k-qr img').waitFor();
}

async function signIn(username: string, windowId: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: server.password(username), windowId }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

describe('kiosk ticket screen: where to go', () => {
  it('a 医保 ticket says 请到 A区 5–8 号窗口等候 on screen and on paper; no window open: 窗口暂未开放', async () => {
    const page = await openKiosk(browser, server);
    await takeTicket(page, 'yibao', 'YB001');
    expect(await page.getByTestId('where').textContent()).toBe('请到 A区 5–8 号窗口等候');
    // Nobody is signed in at windows 5–8 yet: no made-up estimate.
    expect(await page.getByTestId('wait').textContent()).toBe('窗口暂未开放');
    expect(await page.evaluate(textOverflows)).toEqual([]);
    await screenshot(page, 'ticket-where');
    const receipt = await server.emulator!.waitForJob(10_000);
    expect(receipt.text).toContain('请到 A区 5–8 号窗口等候');
    await page.context().close();
  });

  it('with a window open, the estimate comes back', async () => {
    await signIn('w05', 'w5');
    const page = await openKiosk(browser, server);
    await takeTicket(page, 'yibao', 'YB001');
    expect(await page.getByTestId('ahead').textContent()).toBe('前面还有 1 人');
    expect(await page.getByTestId('wait').textContent()).toMatch(/^预计等候约 \d+分钟$/);
    await server.emulator!.waitForJob(10_000);
    await page.context().close();
  });
});

describe('kiosk ticket screen: out of paper', () => {
  it('shows the number large and a QR code to keep it, promises no paper, and the fault reaches the supervisors', async () => {
    await server.emulator!.setMode({ paperOut: true });
    try {
      const page = await openKiosk(browser, server);
      await takeTicket(page, 'shebao', 'SB001');
      const number = page.getByTestId('ticket-number');
      expect(await page.locator('.k-qr figcaption').textContent()).toBe('用手机扫码保存您的号码');
      expect(await page.locator('.k-ticket').textContent()).not.toContain('请取走');
      // The number stays the largest thing on the screen, and the QR code is big enough to scan.
      const size = await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(240);
      const qr = await page.locator('.k-qr img').boundingBox();
      expect(qr!.width).toBeGreaterThanOrEqual(340);
      expect(await page.evaluate(textOverflows)).toEqual([]);
      await screenshot(page, 'paper-out-qr');

      // The supervisors see it: a device.fault event in the site's log (the audit shows it).
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'supervisor', password: server.password('supervisor') }),
      });
      const { token } = (await login.json()) as { token: string };
      const audit = await fetch(`${server.url}/api/v1/audit`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const { entries } = (await audit.json()) as {
        entries: { action: string; after?: { code?: string; ticketNumber?: string } }[];
      };
      const shown = await number.textContent();
      expect(entries).toContainEqual(
        expect.objectContaining({
          action: 'device.fault',
          after: expect.objectContaining({ code: 'PAPER_OUT', ticketNumber: shown }),
        }),
      );
      await page.context().close();
    } finally {
      await server.emulator!.setMode({});
    }
  });
});

describe('kiosk ticket screen in 适老 mode', () => {
  it('printed, with large text: the ticket screen fits one screen, nothing cut off', async () => {
    const page = await openKiosk(browser, server);
    await page.getByRole('button', { name: '适老模式' }).click();
    await takeTicket(page, 'ggzy', 'GG003');
    await server.emulator!.waitForJob(10_000);
    expect(await page.evaluate(textOverflows)).toEqual([]);
    const [content, box] = await page
      .locator('.k-ticket')
      .evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(content).toBeLessThanOrEqual(box! + 1);
    await screenshot(page, 'ticket-elder');
    await page.context().close();
  });

  it('out of paper with large text: everything still on one screen, nothing cut off', async () => {
    await server.emulator!.setMode({ paperOut: true });
    try {
      const page = await openKiosk(browser, server);
      await page.getByRole('button', { name: '适老模式' }).click();
      await takeTicket(page, 'ggzy', 'GG003');
      expect(await page.getByTestId('where').textContent()).toBe('请到 C区 27–29 号窗口等候');
      await screenshot(page, 'paper-out-elder');
      expect(await page.evaluate(textOverflows)).toEqual([]);
      // One screen: no scrolling needed to reach the number, the QR code or the button.
      const fits = await page
        .locator('.k-ticket')
        .evaluate((el) => [el.scrollHeight, el.clientHeight]);
      expect(fits[0]).toBeLessThanOrEqual(fits[1]! + 1);
      await page.context().close();
    } finally {
      await server.emulator!.setMode({});
    }
  });
});
