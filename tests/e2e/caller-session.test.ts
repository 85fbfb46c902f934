/**
 * Caller e2e: signing in opens the window on the hall screen, a second clerk
 * cannot hold it, the session survives a reload, a revoked session gets the
 * login screen, signing out closes the window (even holding a ticket, which
 * stays at the window for the supervisor).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import {
  action,
  apiFor,
  issue,
  openCaller,
  openSignedIn,
  signIn,
  waitForText,
} from './caller-harness';

let server: HallServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHallServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const windowOnHall = async (id: string) =>
  (await apiFor(server).queues('district')).windows.find((w) => w.id === id);

describe('caller session', () => {
  it('shows the sign-in screen and opens the chosen window for the hall', async () => {
    const { page, context } = await openCaller(browser, server);
    await expect(page.getByRole('heading', { name: '工作人员登录' }).isVisible()).resolves.toBe(
      true,
    );
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'caller-login.png') });
    // English is one press away, and back.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Sign in and open' }).waitFor();
    await page.getByRole('button', { name: '切换到中文' }).click();

    await signIn(page, server, 'w05', 'w5');
    expect((await windowOnHall('w5'))?.status).toBe('open');
    await waitForText(page, 'window-status', '服务中');

    // A reload keeps the clerk at the window.
    await page.reload();
    await page.getByRole('region', { name: '当前号码' }).waitFor();
    await expect(page.locator('.topbar h1').textContent()).resolves.toContain('5号窗口');

    // A second clerk cannot take the same window.
    const other = await openCaller(browser, server);
    await other.page.getByLabel('用户名').fill('clerk');
    await other.page.getByLabel('密码').fill(server.password('clerk'));
    await other.page.getByLabel('窗口').selectOption('w5');
    await other.page.getByRole('button', { name: '登录并开窗' }).click();
    await expect(other.page.getByRole('alert').textContent()).resolves.toBe(
      '该窗口已由其他工作人员登录',
    );
    expect((await windowOnHall('w5'))?.staff?.name).not.toBe('值班人员');
    await other.context.close();

    // Signing out closes the window on the hall screen.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('已退出登录，窗口已关闭').waitFor();
    expect((await windowOnHall('w5'))?.status).toBe('signedOut');
    await context.close();
  });

  it('signs out even while a ticket is held: the window closes and the ticket stays there for the supervisor (core Q12)', async () => {
    const { page, context } = await openSignedIn(browser, server, 6);
    const ticket = await issue(server, 'YB002');
    await action(page, 'callNext').click();
    await page.getByTestId('current-number').waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('已退出登录，窗口已关闭').waitFor();
    const w6 = await windowOnHall('w6');
    expect(w6?.status).toBe('signedOut');
    expect(w6?.current?.id).toBe(ticket.id);
    await context.close();
  });

  it('sends a revoked session back to the sign-in screen with a plain message', async () => {
    const { page, context } = await openSignedIn(browser, server, 7);
    const token = await page.evaluate(() => localStorage.getItem('hallq.caller.session'));
    expect(token).toBeTruthy();
    // The session ends elsewhere (e.g. an administrator, or the same clerk on another desk).
    await apiFor(server, token ?? '').logout();
    await page.keyboard.press('F1');
    await page.getByText('登录已失效，请重新登录').waitFor();
    await expect(page.getByRole('button', { name: '登录并开窗' }).isVisible()).resolves.toBe(true);

    // And a reload with no session lands on the sign-in screen, not a broken page.
    await page.reload();
    await page.getByRole('button', { name: '登录并开窗' }).waitFor();
    await context.close();
  });

  it('a terminal bound to a window (?window=) signs its clerk into that window only', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/caller/?window=w9`);
    await page.getByText('本终端绑定窗口').waitFor();
    expect(new URL(page.url()).search).toBe(''); // the binding is kept, the address bar cleaned
    expect(await page.getByLabel('窗口').count()).toBe(0);
    await page.getByLabel('用户名').fill('w09');
    await page.getByLabel('密码').fill(server.password('w09'));
    await page.getByRole('button', { name: '登录并开窗' }).click();
    await page.getByRole('region', { name: '当前号码' }).waitFor();
    await expect(page.locator('.topbar h1').textContent()).resolves.toContain('9号窗口');
    expect((await windowOnHall('w9'))?.status).toBe('open');
    await context.close();
  });
});
