/**
 * Caller e2e: the server restarts mid-service. The terminal shows it is
 * offline, reports an action that could not reach the server (never drops
 * it, never re-sends it by itself), reconnects, shows the same current
 * ticket, and a retry with the same idempotency key acts exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';
import {
  action,
  apiFor,
  currentNumber,
  issue,
  openSignedIn,
  pickUnit,
  waitForText,
  type CallerPage,
} from './caller-harness';

let server: HallServer;
let browser: Browser;
let clerk: CallerPage;
let items: { id: string }[];
const issued: { id: string; number: string }[] = [];

beforeAll(async () => {
  server = await startHallServer();
  browser = await launchBrowser();
  const unit = pickUnit(await apiFor(server).catalog(), 'yibao');
  items = unit.items;
  clerk = await openSignedIn(browser, server, unit.windows[0]!.number);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = async (id: string) => (await apiFor(server).ticket(id)).ticket.status;

/**
 * Start a test with an empty window: 过号 whatever is current (confirming
 * when the caller asks); the supervisor cancels what still waits (a kiosk
 * may not cancel).
 */
async function clearWindow(page: CallerPage['page']) {
  if ((await page.getByTestId('current-number').count()) > 0) {
    await page.keyboard.press('F5');
    const empty = page.getByText('当前没有正在办理的号码');
    const confirm = page.getByTestId('no-show-confirm');
    await empty.or(confirm).first().waitFor();
    if (await confirm.isVisible()) await page.keyboard.press('Enter'); // 确定过号 has the focus
    await empty.waitFor();
  }
  const { token } = await apiFor(server).login({
    username: 'supervisor',
    password: server.password('supervisor'),
  });
  const supervisor = apiFor(server, token);
  for (const row of await page.locator('tr[data-ticket]').all()) {
    const number = await row.getAttribute('data-ticket');
    const t = issued.find((x) => x.number === number);
    if (t) await supervisor.cancelTicket(t.id, 'test reset');
  }
  await waitForText(page, 'queue-count', '等候 0 人');
}

const take = async (itemId: string) => {
  const t = await issue(server, itemId);
  issued.push(t);
  return t;
};
const badge = () => clerk.page.locator('.hq-connection-badge');

describe('caller across a server restart', () => {
  it('keeps the current ticket and reports, then retries, an action made while offline', async () => {
    const { page } = clerk;
    const t = await take(items[0]!.id);
    await page.locator(`tr[data-ticket="${t.number}"]`).waitFor();
    await page.keyboard.press('F1');
    await expect(currentNumber(page)).resolves.toBe(t.number);
    await page.keyboard.press('F3');
    await waitForText(page, 'current-state', '办理中');

    await server.stop();
    await badge().filter({ hasText: '连接中断' }).waitFor();
    await page.keyboard.press('F4'); // 办结, while the server is down
    await page
      .getByTestId('failed-banner')
      .filter({ hasText: '操作未完成：网络中断，请重试' })
      .waitFor();
    // Other keys wait until the clerk has dealt with it.
    await page.keyboard.press('F2');
    await waitForText(page, 'notice', '请先重试或放弃未完成的操作');

    await server.start();
    await badge().waitFor({ state: 'detached', timeout: 15_000 });
    // Same ticket, same state, read back from the restarted server; nothing was re-sent by itself.
    await expect(currentNumber(page)).resolves.toBe(t.number);
    await waitForText(page, 'current-state', '办理中');
    expect(await status(t.id)).toBe('serving');
    await expect(page.getByTestId('failed-banner').isVisible()).resolves.toBe(true);

    await page.getByTestId('failed-banner').getByRole('button', { name: '重试' }).click();
    await page.getByText('当前没有正在办理的号码').waitFor();
    expect(await status(t.id)).toBe('done');
    expect(await page.getByTestId('failed-banner').count()).toBe(0);
  });

  it('a call that may have reached the server is retried with its key: one call, no skip', async () => {
    const { page } = clerk;
    const first = await take(items[1]!.id);
    const second = await take(items[1]!.id);
    await page.locator(`tr[data-ticket="${second.number}"]`).waitFor();

    await server.stop();
    await page.keyboard.press('F1');
    await page.getByTestId('failed-banner').waitFor();
    await server.start();
    await badge().waitFor({ state: 'detached', timeout: 15_000 });

    // Pressing F1 again retries the same call (same key), it does not start a second one.
    await page.keyboard.press('F1');
    await expect(currentNumber(page)).resolves.toBe(first.number);
    expect(await status(first.id)).toBe('called');
    expect(await status(second.id)).toBe('waiting');
    await waitForText(page, 'queue-count', '等候 1 人');
  });

  it('a reply lost on the way back: the retry gets the same ticket, the next stays waiting', async () => {
    const { page } = clerk;
    await clearWindow(page);
    const first = await take(items[2]!.id);
    const second = await take(items[2]!.id);
    await page.locator(`tr[data-ticket="${second.number}"]`).waitFor();

    // The call reaches the server and is done there, but its answer never arrives.
    const keys: string[] = [];
    const onRequest = (r: { url(): string; headers(): Record<string, string> }) => {
      if (r.url().endsWith('/call-next')) keys.push(r.headers()['idempotency-key'] ?? '');
    };
    page.on('request', onRequest);
    await page.route('**/call-next', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    // F1 acts only when 叫号 can (no action in flight, no ticket held): wait
    // for its button, so that a busy machine cannot swallow the press.
    await action(page, 'callNext').and(page.locator(':enabled')).waitFor({ timeout: 10_000 });
    await page.keyboard.press('F1');
    await page.getByTestId('failed-banner').waitFor({ timeout: 10_000 });
    expect(await status(first.id)).toBe('called');
    await page.unroute('**/call-next');

    await page.getByTestId('failed-banner').getByRole('button', { name: '重试' }).click();
    await expect(currentNumber(page)).resolves.toBe(first.number);
    expect(await status(second.id)).toBe('waiting');
    page.off('request', onRequest);
    // Two requests, one key: the server answered the retry with the call it had already made.
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a double press is one call', async () => {
    const { page } = clerk;
    await clearWindow(page);
    const first = await take(items[0]!.id);
    const extra = await take(items[0]!.id);
    await page.locator(`tr[data-ticket="${extra.number}"]`).waitFor();
    await page.keyboard.press('F1');
    await page.keyboard.press('F1');
    await expect(currentNumber(page)).resolves.toBe(first.number);
    await waitForText(page, 'queue-count', '等候 1 人');
    expect(await status(extra.id)).toBe('waiting');
  });
});
