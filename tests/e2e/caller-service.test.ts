/**
 * Caller e2e against the real server: the clerk's whole day in small pieces —
 * an empty queue, call → recall → no-show, call → start → finish, a transfer
 * to another unit at the front, and one service done with the keyboard alone.
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
  userOf,
  type CallerPage,
  waitForText,
} from './caller-harness';

let server: HallServer;
let browser: Browser;
let catalog: CatalogReply;
let clerk: CallerPage;
let yibao: ReturnType<typeof pickUnit>;
let shebao: ReturnType<typeof pickUnit>;

beforeAll(async () => {
  server = await startHallServer();
  browser = await launchBrowser();
  catalog = await apiFor(server).catalog();
  yibao = pickUnit(catalog, 'yibao');
  shebao = pickUnit(catalog, 'shebao');
  clerk = await openSignedIn(browser, server, yibao.windows[0]!.number);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ticketStatus = async (id: string) => (await apiFor(server).ticket(id)).ticket.status;
const notice = () => clerk.page.getByTestId('notice');

describe('caller service', () => {
  it('answers an empty queue calmly, with no dialog', async () => {
    const { page } = clerk;
    await page.getByText('当前无人等候').first().waitFor(); // the queue panel
    await action(page, 'callNext').click();
    await waitForText(clerk.page, 'notice', '当前无人等候');
    await expect(notice().getAttribute('class')).resolves.toContain('calm');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('calls, recalls, then marks a no-show', async () => {
    const { page } = clerk;
    const t = await issue(server, yibao.items[0]!.id);
    await page.locator(`tr[data-ticket="${t.number}"]`).waitFor();
    await action(page, 'callNext').click();
    await expect(currentNumber(page)).resolves.toBe(t.number);
    await waitForText(page, 'current-state', '已呼叫');
    expect(await ticketStatus(t.id)).toBe('called');

    await action(page, 'recall').click();
    await page.getByText('已重呼 1 次').waitFor();
    await action(page, 'noShow').click();
    await page.getByText('当前没有正在办理的号码').waitFor();
    expect(await ticketStatus(t.id)).toBe('noShow');
  });

  it('calls, starts and finishes, and counts it in the clerk’s figures', async () => {
    const { page } = clerk;
    const t = await issue(server, yibao.items[1]!.id);
    await page.locator(`tr[data-ticket="${t.number}"]`).waitFor();
    await action(page, 'callNext').click();
    await expect(currentNumber(page)).resolves.toBe(t.number);
    await action(page, 'start').click();
    await waitForText(page, 'current-state', '办理中');
    await action(page, 'finish').click();
    await page.getByText('当前没有正在办理的号码').waitFor();
    expect(await ticketStatus(t.id)).toBe('done');
    await waitForText(page, 'served', '1 件');
  });

  it('transfers to another unit at the front: that unit’s window calls it next', async () => {
    const { page } = clerk;
    const waitingAtShebao = await issue(server, shebao.items[0]!.id);
    const t = await issue(server, yibao.items[0]!.id);
    await page.locator(`tr[data-ticket="${t.number}"]`).waitFor();
    await action(page, 'callNext').click();
    await expect(currentNumber(page)).resolves.toBe(t.number);

    await action(page, 'transfer').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('转至部门').selectOption('shebao');
    // The visitor's matter must be named in the new unit (core Q16).
    await dialog.getByLabel('转至事项').selectOption(shebao.items[0]!.id);
    await dialog.getByLabel('排在最前').check();
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByText('当前没有正在办理的号码').waitFor();
    await waitForText(clerk.page, 'notice', `${t.number} 已转移`);

    // A clerk at a 社保局 window presses call: the transferred visitor comes first.
    const w = shebao.windows[0]!;
    const other = apiFor(server);
    const login = await other.login({
      username: userOf(w.number),
      password: server.password(userOf(w.number)),
      windowId: w.id,
    });
    const next = await apiFor(server, login.token).callNext(w.id, null, 'transfer-check-1');
    expect(next.ticket.id).toBe(t.id);
    expect(next.ticket.number).toBe(t.number); // it keeps its number
    expect(await ticketStatus(waitingAtShebao.id)).toBe('waiting');
  });

  it('serves a whole visitor with the keyboard alone', async () => {
    const { page } = clerk;
    const first = await issue(server, yibao.items[0]!.id);
    const second = await issue(server, yibao.items[1]!.id);
    await page.locator(`tr[data-ticket="${second.number}"]`).waitFor();
    await page.locator('body').focus();

    // F8 选号呼叫: type the number the visitor holds up (the second, out of
    // order); Enter confirms with the preset reason.
    await page.keyboard.press('F8');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type(second.number);
    await page.keyboard.press('Enter');
    await expect(currentNumber(page)).resolves.toBe(second.number);
    await page.keyboard.press('F2'); // 重呼
    await page.getByText('已重呼 1 次').waitFor();
    await page.keyboard.press('F3'); // 开始办理
    await waitForText(page, 'current-state', '办理中');
    await page.keyboard.press('F4'); // 办结
    await page.getByText('当前没有正在办理的号码').waitFor();
    expect(await ticketStatus(second.id)).toBe('done');

    // F7 then Enter pauses (午休 is preselected); F1 then calls nothing; F7 resumes.
    await page.keyboard.press('F7');
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await waitForText(page, 'window-status', '暂停服务：午休');
    await page.keyboard.press('F1');
    await waitForText(clerk.page, 'notice', '窗口暂停中，请先按 F7 恢复服务');
    expect(await ticketStatus(first.id)).toBe('waiting');
    await page.keyboard.press('F7');
    await waitForText(page, 'window-status', '服务中');

    // F6 opens the transfer dialog; Escape closes it and nothing happens.
    await page.keyboard.press('F1');
    await expect(currentNumber(page)).resolves.toBe(first.number);
    await page.keyboard.press('F6');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    await page.keyboard.press('F5'); // 过号 — and never a page reload
    // Never recalled: the caller asks first, and Enter confirms (确定过号 has the focus).
    await page.getByTestId('no-show-confirm').waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('当前没有正在办理的号码').waitFor();
    expect(await ticketStatus(first.id)).toBe('noShow');
  });
});
