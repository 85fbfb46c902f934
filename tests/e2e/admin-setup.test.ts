/**
 * 首次设置 in Chromium against a real server on an EMPTY data directory (a
 * new production hall: no catalogue, no account). The setup code is read
 * from the server's log, as the installer reads it at the server's console;
 * /admin/ opens on 首次设置, and the hall and its first admin are made there.
 * Signed in, the admin sets up a working day without a shell: a unit, an
 * item, a window and a clerk from the console, a kiosk paired by its code,
 * whose visitor takes a ticket the clerk then calls on the caller; and adds
 * a township site under 大厅设置. Screenshot
 * tests/screenshots/admin-setup.png.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { action, currentNumber, openCaller, VIEWPORT } from './caller-harness';
import { itemButton, mondayClock, openKiosk, unitButton } from './kiosk-page';

let server: HallServer;
let browser: Browser;
let admin: Page;

const ADMIN = { username: 'director', name: '王主任', password: 'Jinniu-Hall-2026' };
const CLERK = { username: 'w01', name: '张晓红', password: 'Window-One-2026' };

beforeAll(async () => {
  server = await startHallServer({ clock: mondayClock(), empty: true });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(8_000);
  admin = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The setup code, as the server's log shows it at start. */
function setupCodeFromLog(): string {
  const line = server.log.lines.find((l) => l.includes('首次设置'));
  const code = /"setupCode":"([A-Z0-9-]+)"/.exec(line ?? '')?.[1];
  if (!code) throw new Error(`no setup code in the log:\n${server.log.lines.join('')}`);
  return code;
}

const section = async (name: string) => {
  await admin.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await admin.getByRole('heading', { level: 1, name }).waitFor();
};
const createPanel = async () => {
  await admin.getByRole('button', { name: '新建', exact: true }).click();
  return admin.getByRole('complementary');
};

describe('首次设置 from an empty data directory', () => {
  it('the console opens on 首次设置; a wrong code is refused beside it, the logged one makes the hall', async () => {
    const code = setupCodeFromLog();
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await admin.goto(`${server.url}/admin/`);
    await admin.getByRole('heading', { name: '首次设置' }).waitFor();
    expect(await admin.getByLabel('时区').inputValue()).toBe('Asia/Shanghai');

    await admin.getByLabel('设置码（见服务器启动日志）').fill('AAAA-BBBB-CCCC-DDDD');
    await admin.getByLabel('大厅名称').fill('金牛区政务服务中心');
    await admin.getByLabel('站点编号（英文字母开头）').fill('jinniu');
    await admin.getByLabel('用户名').fill(ADMIN.username);
    await admin.getByLabel('姓名').fill(ADMIN.name);
    await admin.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await admin.getByLabel('再次输入密码').fill(ADMIN.password);
    await admin.getByRole('button', { name: '完成设置' }).click();
    const codeError = admin.locator('label.field:has-text("设置码") [role=alert]');
    await codeError.waitFor();
    expect(await codeError.textContent()).toContain('设置码不正确');

    await admin.getByLabel('设置码（见服务器启动日志）').fill(code);
    await admin.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-setup.png') });
    await admin.getByRole('button', { name: '完成设置' }).click();
    // Set up and signed in as the new admin, on 大厅设置 of the new hall.
    await admin.getByRole('heading', { level: 1, name: '大厅设置' }).waitFor();
    expect(await admin.getByLabel('大厅名称').inputValue()).toBe('金牛区政务服务中心');
    await admin.getByText(`${ADMIN.name} · 管理员`).waitFor();

    // The account works like any other: out, and in again with its password.
    await admin.getByRole('button', { name: '退出登录' }).click();
    await admin.getByRole('button', { name: '登录' }).waitFor();
    await admin.getByLabel('用户名').fill(ADMIN.username);
    await admin.getByLabel('密码').fill(ADMIN.password);
    await admin.getByRole('button', { name: '登录' }).click();
    await admin.getByRole('heading', { level: 1, name: '大厅设置' }).waitFor();
  });

  it('under 大厅设置 the district admin adds a township, which the hall choice then offers', async () => {
    const form = admin.getByRole('form', { name: '新增乡镇（街道）/村（社区）站点' });
    await form.getByLabel('层级').selectOption('township');
    await form.getByLabel('站点名称').fill('西华街道便民服务中心');
    await form.getByLabel('站点编号').fill('xihua');
    await form.getByRole('button', { name: '新增站点' }).click();
    await form.getByText('已新增站点 西华街道便民服务中心').waitFor();
    await expect
      .poll(() => admin.getByLabel('管理的大厅').locator('option').allTextContents())
      .toEqual(['金牛区政务服务中心', '西华街道便民服务中心']);
  });

  it('the admin makes a unit, an item, a window and a clerk from the empty catalogue', async () => {
    await section('部门');
    let panel = await createPanel();
    await panel.getByLabel('编号').fill('shebao');
    await panel.getByLabel('名称').fill('区人力资源和社会保障局');
    await panel.getByLabel('简称').fill('社保局');
    await panel.getByLabel('号码前缀').fill('A');
    await panel.getByLabel('类型').selectOption('permanent');
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    // The catalogue shows the new unit.
    await admin.getByRole('cell', { name: '区人力资源和社会保障局' }).waitFor();

    await section('事项');
    panel = await createPanel();
    await panel.getByLabel('编号').fill('tuixiu');
    await panel.getByLabel('名称').fill('退休待遇核定');
    await panel.getByLabel('预计办理分钟').fill('10');
    await panel.getByLabel('承诺时限（工作日）').fill('0');
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    await admin.getByRole('cell', { name: '退休待遇核定' }).first().waitFor();

    await section('窗口');
    panel = await createPanel();
    await panel.getByLabel('编号').fill('w1');
    await panel.getByLabel('窗口号').fill('1');
    await panel.getByLabel('名称').fill('1号窗口');
    await panel.getByLabel('区域').fill('A区');
    await panel.getByLabel('类型').selectOption('permanent');
    await panel.getByRole('group', { name: '办理部门' }).getByLabel('社保局').check();
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    await admin.getByRole('cell', { name: '1号窗口' }).first().waitFor();

    await section('人员');
    panel = await createPanel();
    await panel.getByLabel('用户名').fill(CLERK.username);
    await panel.getByLabel('密码').fill(CLERK.password);
    await panel.getByLabel('姓名').fill(CLERK.name);
    await panel.getByLabel('1号窗口').check();
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    await admin.getByRole('cell', { name: CLERK.username, exact: true }).waitFor();
  });

  it('a kiosk paired by its code issues a ticket, which the new clerk calls at window 1', async () => {
    const kiosk = await openKiosk(browser, server, '', { token: null });
    const shown = (await kiosk.getByTestId('pairing-code').textContent()) ?? '';
    await section('设备');
    await admin.getByRole('button', { name: '配对', exact: true }).click();
    const panel = admin.getByRole('complementary');
    await panel.getByLabel('配对码（设备屏幕上的六位数字）').fill(shown.replace(' ', ''));
    await panel.getByLabel('设备类型').selectOption('kiosk');
    await panel.getByLabel('名称').fill('一楼取号机');
    await panel.getByRole('button', { name: '配对', exact: true }).click();
    await panel.getByText('已配对：一楼取号机').waitFor();

    await unitButton(kiosk, 'shebao').click({ timeout: 15_000 });
    await itemButton(kiosk, 'tuixiu').click();
    await kiosk.getByRole('button', { name: '确认取号' }).click();
    const number = kiosk.getByTestId('ticket-number');
    await number.waitFor();
    expect(await number.textContent()).toBe('A001');
    await kiosk.context().close();

    const { page, context } = await openCaller(browser, server);
    await page.getByLabel('用户名').fill(CLERK.username);
    await page.getByLabel('密码').fill(CLERK.password);
    await page.getByLabel('窗口').selectOption('w1');
    await page.getByRole('button', { name: '登录并开窗' }).click();
    await page.getByRole('region', { name: '当前号码' }).waitFor();
    await action(page, 'callNext').click();
    expect(await currentNumber(page)).toBe('A001');
    await context.close();
  });
});
