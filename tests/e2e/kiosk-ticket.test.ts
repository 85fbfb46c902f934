/**
 * Taking a ticket end to end on the real server and printer emulator: the
 * screen, the paper and the server agree on the number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';
import { itemButton, kioskApi, mondayClock, openKiosk, screenshot, unitButton } from './kiosk-page';

let server: HallServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startHallServer({ printer: true, clock: mondayClock() });
  browser = await launchBrowser();
  page = await openKiosk(browser, server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The ticket id behind the on-screen QR code (its URL is the status page). */
async function shownTicketId(): Promise<string> {
  const url = await page.locator('.k-qr img').getAttribute('data-url');
  expect(url).toMatch(new RegExp(`^${server.url}/t/`));
  return decodeURIComponent(url!.split('/t/')[1]!);
}

describe('kiosk: take a ticket', () => {
  it('keeps the device token out of the address bar', async () => {
    await expect.poll(() => page.url()).not.toContain('device=');
    await page.getByRole('heading', { name: '请选择办理部门' }).waitFor();
    expect(await page.locator('.k-top-name').textContent()).toBe('大安区政务服务中心');
    expect(await page.getByTestId('clock').textContent()).toContain('2025年6月2日');
    await screenshot(page, 'home');
  });

  it('prints A001 for 医保局 and the screen, the paper and the server agree', async () => {
    await unitButton(page, 'yibao').click();
    await page.getByRole('heading', { name: '区医疗保险管理局' }).waitFor();
    await screenshot(page, 'items');
    await itemButton(page, 'YB001').click();
    await page.getByRole('heading', { name: '职工参保登记' }).waitFor();
    expect(await page.getByTestId('promised').textContent()).toBe('即办件：材料齐全，当场办结');
    await screenshot(page, 'item');
    await page.getByRole('button', { name: '确认取号' }).click();

    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    expect(await number.textContent()).toBe('A001');
    expect(await page.locator('.k-ticket').textContent()).toContain('前面还有 0 人');
    expect(await page.locator('.k-ticket').textContent()).toContain('请取走打印出的号票');
    await page.locator('.k-qr img').waitFor();
    await screenshot(page, 'ticket');

    const receipt = await server.emulator!.waitForJob(10_000);
    expect(receipt.text).toContain('A001');
    expect(receipt.text).toContain('大安区政务服务中心');
    const id = await shownTicketId();
    expect(receipt.qrCodes).toContain(`${server.url}/t/${id}`);

    const { ticket } = await kioskApi(server).ticket(id);
    expect(ticket).toMatchObject({
      number: 'A001',
      status: 'waiting',
      unitId: 'yibao',
      itemId: 'YB001',
      priority: 'normal',
    });
  });

  it('goes home at once on a tap', async () => {
    await page.getByTestId('ticket-number').click();
    await page.getByRole('heading', { name: '请选择办理部门' }).waitFor();
  });

  it('a priority ticket: the badge, the paper and the people ahead agree with the server', async () => {
    await unitButton(page, 'yibao').click();
    await itemButton(page, 'YB001').click();
    const priority = page.getByRole('button', { name: /优先取号/ });
    await priority.click();
    expect(await priority.getAttribute('aria-pressed')).toBe('true');
    await page.getByText('请到窗口出示相关证件').waitFor();
    await page.getByRole('button', { name: '确认取号' }).click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A002');
    expect(await page.locator('.k-badge').textContent()).toBe('优先号');

    const receipt = await server.emulator!.waitForJob(10_000);
    expect(receipt.text).toContain('A002');
    const { ticket } = await kioskApi(server).ticket(await shownTicketId());
    expect(ticket.priority).toBe('priority');
    expect(await page.getByTestId('ahead').textContent()).toBe(`前面还有 ${ticket.ahead} 人`);
  });
});
