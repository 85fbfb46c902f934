/**
 * The admin console's 大厅设置 and 好差评 parts in Chromium against the real
 * server: the admin sets the call voice (three times, 一 for the digit 1, a
 * shorter phrase) and the open hall display speaks the next call with it,
 * without a reload; shortens the kiosk's idle time and the open kiosk asks
 * after it; turns on 一次性告知 and the printer emulator receives a
 * ticket listing the item's 申请材料; pairs a rating pad for window 7 by the
 * code the pad shows, and the pad starts by itself; chooses a township
 * hall's master items (一窗受理) and its kiosk's catalogue lists the one
 * ticked; and
 * reads the 工作日历 and the 好差评整改 list (screenshots
 * tests/screenshots/admin-*.png).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { receiptToText } from '@hallq/printer-emulator';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { VIEWPORT } from './caller-harness';
import { displayHarness } from './display-harness';
import { openKiosk, unitButton } from './kiosk-page';

let server: HallServer;
let browser: Browser;
let admin: Page;
const { api, issue, clerk, callNext, openDisplay, live } = displayHarness({
  server: () => server,
  browser: () => browser,
});

beforeAll(async () => {
  server = await startHallServer({ printer: true });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(8_000);
  admin = await context.newPage();
  await admin.goto(`${server.url}/admin/`);
  await admin.getByLabel('用户名').fill('admin');
  await admin.getByLabel('密码').fill(server.password('admin'));
  await admin.getByRole('button', { name: '登录' }).click();
  await admin.getByRole('heading', { level: 1, name: '大厅设置' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const section = async (name: string) => {
  await admin.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await admin.getByRole('heading', { level: 1, name }).waitFor();
};
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
const saved = async () => {
  await admin.getByRole('button', { name: '保存' }).click();
  await admin.getByRole('status').filter({ hasText: '已保存' }).waitFor();
};
const YI = '零一二三四五六七八九';

describe('admin console: settings that screens and tickets follow', () => {
  it('the admin sets the voice; the open display speaks the next call with it, without a reload', async () => {
    const display = await openDisplay();
    await live(display);

    await section('大厅设置');
    await admin.getByLabel('播报语句').fill('请{number}号到{window}号窗口');
    await admin.getByLabel('每次呼叫播报遍数').fill('3');
    await admin.getByLabel('数字 1 读作').selectOption('yi');
    // The console says what the screen will say.
    await admin.getByText('试听文字：请A零一二七号到5号窗口').waitFor();
    await shot(admin, 'admin-site-voice');
    // The display reads the catalogue again on the change's event.
    const reread = display.waitForResponse((r) => r.url().includes('/api/v1/catalog'));
    await saved();
    await reread;

    const { ticket } = await issue('YB001');
    const called = await callNext(5);
    expect(called.ticket.id).toBe(ticket.id);
    const phrase = `请${ticket.number.replace(/\d/g, (d) => YI[Number(d)]!)}号到5号窗口`;
    await display.waitForFunction(
      (n) => {
        const u = (window as unknown as { __utter: { end: number }[] }).__utter;
        return u.length >= n && u.every((x) => x.end > 0);
      },
      3,
      { timeout: 15_000 },
    );
    const spoken = await display.evaluate(() =>
      (window as unknown as { __utter: { text: string }[] }).__utter.map((u) => u.text),
    );
    expect(spoken).toEqual([phrase, phrase, phrase]);
    expect(display.url()).not.toContain('device=');
    await display.context().close();

    // An empty phrase is refused beside its field; nothing is saved.
    await admin.getByLabel('播报语句').fill('请到窗口');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('alert').filter({ hasText: /./ }).first().waitFor();
    await admin.getByLabel('播报语句').fill('请{number}号到{window}号窗口');
  });

  it('the admin shortens the kiosk’s idle time; the open kiosk asks 还需要更多时间吗？ after it, without a reload', async () => {
    const kiosk = await openKiosk(browser, server);
    await unitButton(kiosk, 'yibao').waitFor();
    const reread = kiosk.waitForResponse((r) => r.url().includes('/api/v1/catalog'));
    await admin.getByLabel('取号机无操作返回首页（秒）').fill('15');
    await saved();
    await reread;
    await unitButton(kiosk, 'yibao').click();
    // 15 s after the last touch, not the 60 s it started with.
    const ask = kiosk.getByRole('alertdialog');
    await ask.waitFor({ timeout: 30_000 });
    expect(await ask.textContent()).toContain('还需要更多时间吗？');
    await kiosk.context().close();
  });

  it('with 一次性告知 on, the printed ticket lists the item’s 申请材料', async () => {
    await admin.getByLabel('号票打印所办事项的申请材料清单').check();
    await saved();
    const emulator = server.emulator!;
    emulator.clearJobs();
    const res = await api<{ print: { ok: boolean } }>(
      'POST',
      '/tickets',
      server.deviceToken('kiosk'),
      { itemId: 'YB001', print: true },
    );
    expect(res.print).toEqual({ ok: true });
    const text = receiptToText(await emulator.waitForJob());
    expect(text).toContain('请备齐以下申请材料（一次性告知）');
    expect(text).toContain('1. 职工参保登记表 原件1份');
    expect(text).toContain('（如有请带）');
  });

  it('the admin pairs a rating pad for window 7 by the code it shows, and the pad starts by itself', async () => {
    const pad = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await pad.goto(`${server.url}/rate/`);
    const shown = (await pad.getByTestId('pairing-code').textContent()) ?? '';
    expect(shown).toMatch(/^[0-9]{3} [0-9]{3}$/);
    await shot(pad, 'rater-pairing');

    await section('设备');
    await admin.getByRole('button', { name: '配对', exact: true }).click();
    const panel = admin.getByRole('complementary');
    await panel.getByLabel('配对码').fill(shown.replace(' ', ''));
    await panel.getByLabel('设备类型').selectOption('rater');
    await panel.getByLabel('名称').fill('7号窗口评价器');
    // A pad without its window is refused beside the field.
    await panel.getByRole('button', { name: '配对', exact: true }).click();
    await panel.getByLabel('所在窗口').selectOption('w7');
    await shot(admin, 'admin-devices-rater');
    await panel.getByRole('button', { name: '配对', exact: true }).click();
    await panel.getByText('已配对：7号窗口评价器').waitFor();
    const row = admin.getByRole('row').filter({ hasText: '7号窗口评价器' });
    await row.getByRole('cell', { name: '评价器', exact: true }).waitFor();
    await row.getByRole('cell', { name: '7', exact: true }).waitFor();

    // The pad keeps its token and shows its window, with no reload and no typing.
    await pad.getByText('7号窗口').waitFor({ timeout: 15_000 });
    await pad.getByText('请对我的服务进行评价').waitFor();
    expect(await pad.getByTestId('pairing-code').count()).toBe(0);
    await pad.context().close();
  });

  it('a township hall chooses a master item to take; its kiosk’s catalogue lists it', async () => {
    await admin.getByLabel('管理的大厅').selectOption('twn-001');
    await section('事项');
    await admin.getByRole('button', { name: /一窗受理·上级事项/ }).click();
    const list = admin.getByRole('region', { name: '一窗受理·上级事项' });
    // Found as on the kiosk, by its alias.
    await list.getByRole('searchbox').fill('护照');
    await list.getByRole('checkbox', { name: '普通护照签发' }).check();
    await shot(admin, 'admin-site-items');
    await saved();

    const catalog = await api<{ items: { name: string; homeUnitId?: string }[] }>(
      'GET',
      '/catalog?siteId=twn-001',
    );
    expect(catalog.items.some((i) => i.name === '普通护照签发' && i.homeUnitId)).toBe(true);
    await admin.getByRole('button', { name: '返回事项列表' }).click();
    await admin.getByLabel('管理的大厅').selectOption('district');
  });

  it('the 工作日历 and the 好差评整改 list show how the cases stand', async () => {
    // A 差评 at window 5 opens a case with its deadlines.
    const pad = server.creds.devices.find((d) => d.kind === 'rater')!.token;
    const { badTags } = await api<{ badTags: string[] }>('GET', '/ratings/pad', pad);
    await issue('YB001');
    const ticketId = (await callNext(5)).ticket.id;
    const token = await clerk(5);
    await api('POST', `/tickets/${ticketId}/start`, token, {});
    await api('POST', `/tickets/${ticketId}/finish`, token, {});
    await api('POST', '/ratings', pad, { ticketId, level: 1, tags: [badTags[0]] });

    await section('工作日历');
    await admin.getByRole('table', { name: '1月', exact: true }).waitFor();
    await admin.getByText(/国务院办公厅放假安排|管理员录入|尚无该年安排/).waitFor();
    await shot(admin, 'admin-calendar');

    await section('好差评整改');
    await admin.getByRole('cell', { name: '待回访' }).first().waitFor();
    await shot(admin, 'admin-cases');
  });
});
