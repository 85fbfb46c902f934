/**
 * What both admin console e2e files share: a real server on the demo's
 * Monday, Chromium, and one admin page at 1366×768 that records every
 * Content Security Policy violation (`cspViolations`); `section` opens a
 * section of the console, `shot` saves tests/screenshots/admin-<name>.png.
 * Each test file still starts its own server and browser.
 */
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { VIEWPORT } from './caller-harness';
import { mondayClock } from './kiosk-page';

/** The calling file's server, browser and admin page (set before its first test). */
export let server: HallServer;
export let browser: Browser;
export let admin: Page;
export const cspViolations: string[] = [];

/**
 * Before the calling file's tests: start the server and Chromium, open the
 * admin page and, with `signIn`, sign the admin in (a file whose first test
 * signs in itself passes false); after them, close both.
 */
export function setUpAdminConsole({ signIn }: { signIn: boolean }) {
  beforeAll(async () => {
    server = await startHallServer({ clock: mondayClock() });
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    // A step that cannot happen fails with its locator, well inside the test's time.
    context.setDefaultTimeout(8_000);
    admin = await context.newPage();
    admin.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await admin.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    if (signIn) {
      await admin.goto(`${server.url}/admin/`);
      await admin.getByLabel('用户名').fill('admin');
      await admin.getByLabel('密码').fill(server.password('admin'));
      await admin.getByRole('button', { name: '登录' }).click();
      await admin.getByRole('heading', { level: 1, name: '大厅设置' }).waitFor();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

export const section = async (page: Page, name: string) => {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
};
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `admin-${name}.png`) });
