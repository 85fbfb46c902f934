/**
 * Caller e2e: two clerks at two windows of the same unit press F1 at the same
 * moment and get two different tickets, the first two in queue order; a
 * paused window calls nothing and the hall sees it paused, with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CatalogReply } from '@hallq/protocol';
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
} from './caller-harness';

let server: HallServer;
let browser: Browser;
let catalog: CatalogReply;

beforeAll(async () => {
  server = await startHallServer();
  browser = await launchBrowser();
  catalog = await apiFor(server).catalog();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('caller: two clerks, one unit', () => {
  it('gives each of two simultaneous calls a different ticket, in queue order', async () => {
    const { windows, items } = pickUnit(catalog, 'yibao');
    const a = await openSignedIn(browser, server, windows[0]!.number);
    const b = await openSignedIn(browser, server, windows[1]!.number);
    const tickets = [];
    for (let i = 0; i < 3; i++) tickets.push(await issue(server, items[i % items.length]!.id));
    const last = tickets[2]!.number;
    await a.page.locator(`tr[data-ticket="${last}"]`).waitFor();
    await b.page.locator(`tr[data-ticket="${last}"]`).waitFor();

    await Promise.all([a.page.keyboard.press('F1'), b.page.keyboard.press('F1')]);
    const shown = await Promise.all([currentNumber(a.page), currentNumber(b.page)]);
    expect(shown[0]).not.toBe(shown[1]);
    expect([...shown].sort()).toEqual([tickets[0]!.number, tickets[1]!.number].sort());
    const third = await apiFor(server).ticket(tickets[2]!.id);
    expect(third.ticket.status).toBe('waiting');

    // Each screen's queue now shows only the third ticket.
    await a.page.locator('tr[data-ticket]').first().waitFor();
    await waitForText(a.page, 'queue-count', '等候 1 人');
    await a.context.close();
    await b.context.close();
  });

  it('calls nothing while paused, and the hall shows the window paused', async () => {
    const { windows, items } = pickUnit(catalog, 'shebao');
    const w = windows[0]!;
    const { page, context } = await openSignedIn(browser, server, w.number);
    const t = await issue(server, items[0]!.id);
    await page.locator(`tr[data-ticket="${t.number}"]`).waitFor();

    await action(page, 'pauseResume').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('临时离开').check();
    await dialog.getByRole('button', { name: '确定' }).click();
    await waitForText(page, 'window-status', '暂停服务：临时离开');

    const onHall = (await apiFor(server).queues('district')).windows.find((x) => x.id === w.id);
    expect(onHall?.status).toBe('paused');
    expect(onHall?.pauseReason).toBe('临时离开');

    await expect(action(page, 'callNext').isDisabled()).resolves.toBe(true);
    await page.keyboard.press('F1');
    await waitForText(page, 'notice', '窗口暂停中，请先按 F7 恢复服务');
    expect((await apiFor(server).ticket(t.id)).ticket.status).toBe('waiting');

    await action(page, 'pauseResume').click();
    await waitForText(page, 'window-status', '服务中');
    const after = (await apiFor(server).queues('district')).windows.find((x) => x.id === w.id);
    expect(after?.status).toBe('open');
    await context.close();
  });
});
