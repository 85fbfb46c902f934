/**
 * Caller e2e: the warnings (a service past its item's expected time; a
 * visitor waiting past the hall's limit, both from the server's settings)
 * and the 1366×768 screenshot of a working window for the README. The
 * server's clock runs a quarter of an hour behind while the scene is set up,
 * then catches up, so the waits and service times are real to the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { newIdempotencyKey } from '@hallq/client';
import type { CatalogReply } from '@hallq/protocol';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import {
  apiFor,
  currentNumber,
  openSignedIn,
  pickUnit,
  userOf,
  waitForText,
} from './caller-harness';

const MINUTE = 60_000;
let offset = 0;
const clock = { now: () => Date.now() + offset };
let server: HallServer;
let browser: Browser;
let catalog: CatalogReply;

beforeAll(async () => {
  server = await startHallServer({ clock, env: { HALLQ_WAIT_LIMIT_MIN: '10' } });
  browser = await launchBrowser();
  catalog = await apiFor(server).catalog();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('caller warnings', () => {
  it('warns of an overlong service and of visitors waiting past the limit', async () => {
    expect(catalog.hall.waitLimitMinutes).toBe(10);
    const yibao = pickUnit(catalog, 'yibao');
    const shebao = pickUnit(catalog, 'shebao');
    const w = yibao.windows[0]!;
    const { page, context } = await openSignedIn(browser, server, w.number);
    const token = await page.evaluate(() => localStorage.getItem('hallq.caller.session'));
    const clerk = apiFor(server, token ?? '');
    const kiosk = apiFor(server, server.deviceToken('kiosk'));
    const take = async (itemId: string, priority?: 'priority') =>
      (await kiosk.issueTicket({ itemId, ...(priority ? { priority } : {}) }, newIdempotencyKey()))
        .ticket;

    offset = -16 * MINUTE; // a quarter of an hour ago the morning rush came in
    const items = yibao.items;
    await take(items[0]!.id);
    await take(items[2]!.id);
    for (const i of [1, 3, 0, 4, 5]) await take(items[i % items.length]!.id);
    await clerk.start((await clerk.callNext(w.id, null, newIdempotencyKey())).ticket.id);
    offset = -14 * MINUTE;
    await clerk.finish((await clerk.window(w.id)).window.current!.id);
    const serving = (await clerk.callNext(w.id, null, newIdempotencyKey())).ticket;
    offset = -12 * MINUTE;
    await clerk.start(serving.id, newIdempotencyKey());

    // A 社保局 clerk sends a visitor over to 医保局, to the front of the queue.
    offset = -4 * MINUTE;
    for (const i of [0, 1]) await take(items[i]!.id);
    const elderly = await take(items[3]!.id, 'priority');
    const sb = shebao.windows[0]!;
    const login = await apiFor(server).login({
      username: userOf(sb.number),
      password: server.password(userOf(sb.number)),
      windowId: sb.id,
    });
    const other = apiFor(server, login.token);
    const moved = await take(shebao.items[0]!.id);
    await other.callNext(sb.id, null, newIdempotencyKey());
    await other.transfer(
      moved.id,
      { toUnitId: 'yibao', toItemId: items[0]!.id, position: 'front' },
      newIdempotencyKey(),
    );
    offset = 0;

    await page.reload(); // so the screen's clock and the server's agree from here on
    await expect(currentNumber(page)).resolves.toBe(serving.number);
    await waitForText(page, 'current-state', '办理中');
    await page.locator(`tr[data-ticket="${moved.number}"]`).waitFor();

    const overrun = page.locator('[data-warning="overrun"]');
    await overrun.waitFor();
    await expect(overrun.textContent()).resolves.toMatch(
      new RegExp(`^${serving.number} 已办理 1[2-3]分钟，超过该事项预计的 \\d+ 分钟$`),
    );
    const longWait = page.locator('[data-warning="longWait"]');
    await expect(longWait.textContent()).resolves.toMatch(/^\d+ 人等候超过 10 分钟，最久为 A\d{3}/);
    // The transferred visitor is first in line and marked.
    await expect(page.locator('tr[data-ticket]').first().getAttribute('data-ticket')).resolves.toBe(
      moved.number,
    );
    await expect(page.locator('tr[data-ticket]').first().textContent()).resolves.toContain('转入');
    await waitForText(page, 'served', '1 件');
    await expect(
      page.locator(`tr[data-ticket="${elderly.number}"]`).textContent(),
    ).resolves.toContain('优先');

    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'caller-main.png') });
    await context.close();
  });
});
