/**
 * Issue 11 in real Chromium: an admin revokes a kiosk and a hall display and
 * disables a clerk while their screens are connected. Each screen's socket is
 * closed by the server, its token gets 401 on REST, and the screen says so in
 * plain Chinese (设备已停用 on the kiosk and the display, 请重新登录 on the
 * caller) instead of spinning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { mondayClock, openKiosk, unitButton } from './kiosk-page';
import { openCaller } from './caller-harness';

let server: HallServer;
let browser: Browser;
let admin: string;

/** A plain HTTP call, as any client of the API would make it. */
async function call(method: string, url: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}/api/v1${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (await res.json()) as any };
}

/** The server's live sockets (the two screens are the only ones in this test). */
const liveSockets = () => server.app.io.of('/').sockets.size;

async function until(what: string, test: () => boolean, ms = 3_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Demo passwords are made at random on first start: read them from the credentials file. */
const passwordOf = (username: string) =>
  server.creds.staff.find((s) => s.username === username)?.password ?? '';

beforeAll(async () => {
  server = await startHallServer({ clock: mondayClock() });
  browser = await launchBrowser();
  const login = { username: 'admin', password: passwordOf('admin') };
  admin = (await call('POST', '/auth/login', undefined, login)).body.token as string;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('revocation reaches the screens', () => {
  it('a revoked kiosk shows 设备已停用 and a disabled clerk’s caller asks to sign in again', async () => {
    const made = await call('POST', '/devices', admin, { kind: 'kiosk', name: '二楼取号机' });
    expect(made.status).toBe(201);
    const kioskToken = made.body.token as string;
    const kiosk = await openKiosk(browser, server, '', { token: kioskToken });
    await unitButton(kiosk, 'yibao').waitFor({ timeout: 10_000 });
    const caller = await openCaller(browser, server);
    await caller.page.getByLabel('用户名').fill('w05');
    await caller.page.getByLabel('密码').fill(passwordOf('w05'));
    await caller.page.getByLabel('窗口').selectOption('w5');
    await caller.page.getByRole('button', { name: '登录并开窗' }).click();
    await caller.page.getByRole('region', { name: '当前号码' }).waitFor({ timeout: 10_000 });
    const clerkToken = await caller.page.evaluate(() =>
      localStorage.getItem('hallq.caller.session'),
    );
    expect(clerkToken).toBeTruthy();
    await until('both screens connected', () => liveSockets() === 2);

    // The admin revokes the kiosk.
    const revoked = await call('POST', `/devices/${made.body.device.id}/revoke`, admin, {});
    expect(revoked.status).toBe(200);
    await until('the kiosk’s socket closed', () => liveSockets() === 1, 1_500);
    await kiosk
      .getByRole('heading', { name: '设备已停用，请联系管理员' })
      .waitFor({ timeout: 5_000 });
    expect(await kiosk.locator('[data-screen="setup"]').count()).toBe(1);
    await kiosk.screenshot({ path: path.join(SCREENSHOT_DIR, 'kiosk-revoked.png') });
    const issue = await call('POST', '/tickets', kioskToken, { itemId: 'YB002' });
    expect(issue.status).toBe(401);

    // The admin disables the clerk at window 5.
    const disabled = await call('POST', '/staff/staff-w05/disable', admin, {});
    expect(disabled.status).toBe(200);
    await until('the caller’s socket closed', () => liveSockets() === 0, 1_500);
    await caller.page.getByText('登录已失效，请重新登录').waitFor({ timeout: 5_000 });
    await caller.page.getByRole('button', { name: '登录并开窗' }).waitFor();
    const me = await call('GET', '/auth/me', clerkToken ?? '');
    expect(me.status).toBe(401);
    const w5 = (await call('GET', '/windows/w5')).body.window;
    expect(w5.status).toBe('signedOut');

    // Neither screen comes back on its own: the kiosk's feed is refused, the caller holds no token.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(liveSockets()).toBe(0);
    await expect(
      kiosk.getByRole('heading', { name: '设备已停用，请联系管理员' }).isVisible(),
    ).resolves.toBe(true);
    await kiosk.context().close();
    await caller.context.close();
  }, 60_000);

  it('a revoked hall display shows 设备已停用 instead of its last calls', async () => {
    const made = await call('POST', '/devices', admin, { kind: 'display', name: '二楼叫号屏' });
    expect(made.status).toBe(201);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const display = await context.newPage();
    await display.goto(`${server.url}/display/?device=${made.body.token as string}`);
    await display.waitForSelector('[data-status="live"] .hq-d-main:not(.hq-d-loading)', {
      timeout: 10_000,
    });
    await until('the display connected', () => liveSockets() === 1);

    const revoked = await call('POST', `/devices/${made.body.device.id}/revoke`, admin, {});
    expect(revoked.status).toBe(200);
    await until('the display’s socket closed', () => liveSockets() === 0, 1_500);
    const alert = display.getByRole('alert').filter({ hasText: '设备已停用' });
    await alert.waitFor({ timeout: 5_000 });
    expect(await display.locator('.hq-d-main').count()).toBe(0);
    const status = await call('POST', '/devices/me/status', made.body.token as string, {});
    expect(status.status).toBe(401);

    // It does not come back on its own.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(liveSockets()).toBe(0);
    await expect(alert.isVisible()).resolves.toBe(true);
    await context.close();
  }, 30_000);
});
