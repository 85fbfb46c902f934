/**
 * A long queue on the clerk's and the supervisor's screens (real Chromium):
 * with 62 waiting at one unit, the caller's panel lists the next 50, counts
 * all 62 and says 12 more wait; the supervisor's side panel does the same.
 * Neither screen cuts text off or scrolls sideways at the sizes they run at
 * (the lists scroll down). The longest item names of the unit are among the
 * rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CatalogReply } from '@hallq/protocol';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { apiFor, issue, openSignedIn, pickUnit } from './caller-harness';
import { fitsAtSizes } from './fits-at-sizes';

const WAITING = 62;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
let server: HallServer;
let browser: Browser;
let catalog: CatalogReply;

beforeAll(async () => {
  server = await startHallServer();
  browser = await launchBrowser();
  catalog = await apiFor(server).catalog();
  const { items } = pickUnit(catalog, 'yibao');
  // The longest names first, so they are on screen.
  const byLength = [...items].sort((a, b) => b.name.length - a.name.length);
  for (let i = 0; i < WAITING; i++) await issue(server, byLength[i % byLength.length]!.id);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const fits = (page: Page) => fitsAtSizes(page, SIZES);

describe('a queue longer than a panel shows', () => {
  it('the caller lists the next 50, counts all 62 and says how many more wait', async () => {
    const w = pickUnit(catalog, 'yibao').windows[0]!;
    const { page, context } = await openSignedIn(browser, server, w.number);
    try {
      await page.getByTestId('queue-count').getByText(`等候 ${WAITING} 人`).waitFor();
      expect(await page.locator('tr[data-ticket]').count()).toBe(50);
      expect(await page.getByTestId('queue-more').textContent()).toBe(
        '之后还有 12 人未列出；选号可直接输入号码',
      );
      await fits(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByTestId('queue-more').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'caller-long-queue.png') });
    } finally {
      await context.close();
    }
  });

  it("the supervisor's panel lists the next 50 and says how many more wait", async () => {
    const w = pickUnit(catalog, 'yibao').windows[0]!;
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/supervisor/`);
      await page.getByLabel('用户名').fill('supervisor');
      await page.getByLabel('密码').fill(server.password('supervisor'));
      await page.getByRole('button', { name: '登录' }).click();
      await page.locator(`[data-window="${w.number}"]`).click();
      const panel = page.getByRole('complementary', { name: `${w.number}号窗口的队列` });
      await panel.getByTestId('queue-more').waitFor();
      expect(await panel.locator('li.sv-queue-row').count()).toBe(50);
      expect(await panel.getByTestId('queue-more').textContent()).toBe('之后还有 12 人');
      await fits(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'supervisor-long-queue.png') });
    } finally {
      await context.close();
    }
  });
});
