/**
 * When things go wrong at the kiosk: the printer out of paper, the server
 * gone mid-flow, an answer lost on the way back. The visitor always gets a
 * number on screen, and never two tickets for one confirmation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';
import {
  crash,
  itemButton,
  kioskApi,
  mondayClock,
  openKiosk,
  screenshot,
  unitButton,
} from './kiosk-page';

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

async function openItem(page: Page, unitId: string, itemId: string, name: string) {
  await unitButton(page, unitId).click();
  await itemButton(page, itemId).click();
  await page.getByRole('heading', { name }).waitFor();
}

/** Idempotency-Keys of the kiosk's POST /tickets, in order. */
function issueKeys(page: Page): string[] {
  const keys: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/v1/tickets')) {
      keys.push(r.headers()['idempotency-key'] ?? '');
    }
  });
  return keys;
}

const shownTicketId = async (page: Page) =>
  decodeURIComponent((await page.locator('.k-qr img').getAttribute('data-url'))!.split('/t/')[1]!);

describe('kiosk: printer out of paper', () => {
  it('warns on the home screen, still shows the number, and the server records the fault', async () => {
    await server.emulator!.setMode({ paperOut: true });
    const page = await openKiosk(browser, server, 'printerPoll=1');
    const warning = page.getByRole('alert');
    await warning.waitFor();
    expect(await warning.textContent()).toBe('打印机缺纸，不出票：取号后请用手机扫码保存号码');
    await screenshot(page, 'paper-out');

    await openItem(page, 'yibao', 'YB001', '职工参保登记');
    await page.getByRole('button', { name: '确认取号' }).click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A001');
    expect(await page.getByRole('alert').textContent()).toBe(
      '打印机故障，未能出票：请扫码或拍照保存您的号码',
    );
    await page.locator('.k-qr img').waitFor();
    await screenshot(page, 'print-failed');
    const ticketId = await shownTicketId(page);

    // The fault reached the server, with the ticket, for the admin and supervision screens.
    const { token } = await kioskApi(server).login({
      username: 'admin',
      password: server.password('admin'),
    });
    const res = await fetch(`${server.url}/api/v1/devices`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as {
      devices: { id: string; kind: string; printerStatus?: string }[];
      faults: { deviceId: string; code: string }[];
    };
    const kiosk = body.devices.find((d) => d.kind === 'kiosk')!;
    expect(kiosk.printerStatus).toBe('paperOut');
    expect(body.faults).toContainEqual(
      expect.objectContaining({ deviceId: kiosk.id, code: 'PAPER_OUT' }),
    );
    expect((await kioskApi(server).ticket(ticketId)).ticket.number).toBe('A001');

    // A stray tap does not hide the number; the button does.
    await page.getByTestId('ticket-number').click();
    expect(await page.getByTestId('ticket-number').isVisible()).toBe(true);
    await page.getByRole('button', { name: '我已记下号码，返回首页' }).click();

    // Paper back in: the warning goes by itself.
    await server.emulator!.setMode({});
    await page.getByRole('heading', { name: '请选择办理部门' }).waitFor();
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 5_000 }).toBe(0);
    await page.context().close();
  });
});

describe('kiosk: the server goes away', () => {
  it('shows 暂停取号 while it is down and recovers by itself to where the visitor was', async () => {
    const page = await openKiosk(browser, server, 'poll=0.5');
    await openItem(page, 'yibao', 'YB001', '职工参保登记');
    await crash(server);
    await page.getByRole('heading', { name: '暂停取号' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('正在自动恢复');
    await screenshot(page, 'outage');

    await server.start();
    await page.getByRole('heading', { name: '职工参保登记' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: '确认取号' }).click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A002');

    // Down again while the number is on screen: it stays, it is the visitor's only copy.
    await crash(server);
    await page.waitForTimeout(1_500);
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A002');
    expect(await page.getByRole('heading', { name: '暂停取号' }).count()).toBe(0);
    await server.start();
    await page.context().close();
  });

  it('a tap during the outage shows 暂停取号; the retry afterwards reuses the key', async () => {
    // Slow health checks: the visitor's tap is what finds the server gone.
    const page = await openKiosk(browser, server, 'poll=30');
    const keys = issueKeys(page);
    await openItem(page, 'yibao', 'YB001', '职工参保登记');
    await crash(server);
    await page.getByRole('button', { name: '确认取号' }).click();
    await page.getByRole('heading', { name: '暂停取号' }).waitFor();
    await server.start();
    await page.getByRole('heading', { name: '职工参保登记' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('alert').textContent()).toContain('不会重复取号');
    await page.getByRole('button', { name: '确认取号' }).click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A003');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    await page.context().close();
  });

  it('an answer lost on the way back never becomes a second ticket', async () => {
    const page = await openKiosk(browser, server);
    const keys = issueKeys(page);
    let lostTicketId: string | undefined;
    // The first POST reaches the server (the ticket is issued and printed), then the
    // connection drops before the kiosk hears the answer.
    await page.route(
      '**/api/v1/tickets',
      async (route) => {
        const response = await route.fetch();
        lostTicketId = ((await response.json()) as { ticket: { id: string } }).ticket.id;
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await openItem(page, 'yibao', 'YB001', '职工参保登记');
    await page.getByRole('button', { name: '确认取号' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('无法连接服务器');
    expect(lostTicketId).toBeDefined();

    await page.getByRole('button', { name: '确认取号' }).click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A004');
    expect(await shownTicketId(page)).toBe(lostTicketId);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    // The server printed on the first attempt; the kiosk cannot know it came out.
    expect(await page.locator('.k-ticket').textContent()).toContain('如未出票，请拍照记下您的号码');

    // The next ticket of the unit is A005: no ticket was issued twice.
    const next = await kioskApi(server).issueTicket({ itemId: 'YB001' }, 'faults-next');
    expect(next.ticket.number).toBe('A005');
    await page.context().close();
  });
});
