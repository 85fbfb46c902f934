/**
 * The admin console (/admin/) in Chromium against the real server at
 * 1366×768: an admin signs in and sees every section (screenshots
 * tests/screenshots/admin-*.png, no CSP violation); pairs a new display by
 * the code it shows, and the display starts by itself; creates a clerk for
 * window 7 (a weak password is refused beside its field), who signs in on
 * the caller and calls at once; sets an item's quota to 2, and the third
 * visitor at the kiosk sees 今日已取完 (the list found by pinyin initials);
 * moves 教育局 from Monday to Tuesday on the rota, warned of the day it
 * loses, and the kiosk and display follow live; leaving a form with
 * changes asks first; the district's notice goes to every township hall
 * at once (同时发布到各乡镇), a box a township's own 公告 does not have.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { action, currentNumber, issue, openCaller, VIEWPORT } from './caller-harness';
import { itemButton, kioskApi, mondayClock, openKiosk, unitButton } from './kiosk-page';

/** The 公告 section's box, offered at the district hall only. */
const TOWNSHIPS_TOO = '同时发布到各乡镇（街道）便民服务中心';

let server: HallServer;
let browser: Browser;
let admin: Page;
const cspViolations: string[] = [];

const NEW_CLERK = { username: 'w07b', name: '林晓雯', password: 'Yibao-window-7-2025' };

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
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const section = async (page: Page, name: string) => {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
};
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `admin-${name}.png`) });

describe('admin console', () => {
  it('an admin signs in and every section shows, with no CSP violation', async () => {
    await admin.goto(`${server.url}/admin/`);
    await admin.getByRole('button', { name: '登录' }).waitFor();
    await shot(admin, 'login');
    await admin.getByLabel('用户名').fill('admin');
    await admin.getByLabel('密码').fill(server.password('admin'));
    await admin.getByRole('button', { name: '登录' }).click();
    await admin.getByRole('heading', { level: 1, name: '大厅设置' }).waitFor();
    expect(await admin.getByLabel('大厅名称').inputValue()).toContain('大安区');
    await shot(admin, 'site');

    const sections: [string, string, string][] = [
      ['部门', 'units', '区医疗保险管理局'],
      ['事项', 'items', '医'],
      ['窗口', 'windows', '7号窗口'],
      ['轮值表', 'rota', '综合窗口轮值表'],
      ['人员', 'staff', '系统管理员'],
      ['设备', 'devices', '大厅取号机1'],
      ['公告', 'notice', '大厅显示屏滚动公告'],
      ['审计日志', 'audit', '筛选'],
    ];
    for (const [name, file, shows] of sections) {
      await section(admin, name);
      await admin.getByText(shows).first().waitFor();
      await shot(admin, file);
    }
    expect(cspViolations).toEqual([]);

    // English is one button away, and back.
    await admin.getByRole('button', { name: 'Switch to English' }).click();
    await admin.getByRole('navigation').getByRole('button', { name: 'Audit log' }).waitFor();
    await shot(admin, 'audit-en');
    await admin.getByRole('button', { name: '切换到中文' }).click();
    await admin.getByRole('navigation').getByRole('button', { name: '审计日志' }).waitFor();
  });

  it('the admin pairs a new display by the code it shows, and the display starts by itself', async () => {
    const display = await (
      await browser.newContext({ viewport: { width: 1280, height: 720 } })
    ).newPage();
    await display.goto(`${server.url}/display/`);
    const shown = (await display.getByTestId('pairing-code').textContent()) ?? '';
    expect(shown).toMatch(/^[0-9]{3} [0-9]{3}$/);
    await display.screenshot({ path: path.join(SCREENSHOT_DIR, 'display-pairing.png') });

    await section(admin, '设备');
    await admin.getByRole('button', { name: '配对', exact: true }).click();
    const panel = admin.getByRole('complementary');
    await panel.getByLabel('配对码（设备屏幕上的六位数字）').fill(shown.replace(' ', ''));
    await panel.getByLabel('名称').fill('二楼等候区显示屏');
    await shot(admin, 'devices-pair');
    await panel.getByRole('button', { name: '配对', exact: true }).click();
    await panel.getByText('已配对：二楼等候区显示屏').waitFor();
    await admin.getByRole('cell', { name: '二楼等候区显示屏' }).waitFor();

    // The display picks its token up and shows the hall, with no reload and no typing.
    await display.getByText('大安区').first().waitFor({ timeout: 15_000 });
    expect(await display.getByTestId('pairing-code').count()).toBe(0);
    await display.context().close();
  });

  it('a kiosk without a token is paired the same way, and then offers the units', async () => {
    const kiosk = await openKiosk(browser, server, '', { token: null });
    await kiosk.getByRole('heading', { name: '本设备尚未配置，请联系管理员' }).waitFor();
    const shown = (await kiosk.getByTestId('pairing-code').textContent()) ?? '';
    await kiosk.screenshot({ path: path.join(SCREENSHOT_DIR, 'kiosk-pairing.png') });
    await section(admin, '设备');
    // The pairing panel is still open from the display: it is ready for the next code.
    const panel = admin.getByRole('complementary');
    await panel.getByLabel('配对码（设备屏幕上的六位数字）').fill(shown.replace(' ', ''));
    await panel.getByLabel('设备类型').selectOption('kiosk');
    await panel.getByLabel('名称').fill('二楼取号机');
    await panel.getByRole('button', { name: '配对', exact: true }).click();
    await panel.getByText('已配对：二楼取号机').waitFor();
    await unitButton(kiosk, 'yibao').waitFor({ timeout: 15_000 });
    await kiosk.context().close();
  });

  it('the admin creates a clerk for window 7, who signs in on the caller and calls; a unit added to the window shows there live', async () => {
    await section(admin, '人员');
    await admin.getByRole('button', { name: '新建', exact: true }).click();
    const panel = admin.getByRole('complementary');
    await panel.getByLabel('用户名').fill(NEW_CLERK.username);
    await panel.getByLabel('密码').fill('123');
    await panel.getByLabel('姓名').fill(NEW_CLERK.name);
    await panel.getByLabel('7号窗口（医保局（3））').check();
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    // The server's password policy refuses it, beside the password field.
    const pwError = panel.locator('label.field:has-text("密码") [role=alert]');
    await pwError.waitFor();
    expect(await pwError.textContent()).toMatch(/密码/);
    await shot(admin, 'staff-weak-password');

    await panel.getByLabel('密码').fill(NEW_CLERK.password);
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    // The new account opens for editing, and the list shows it.
    await admin.getByRole('heading', { level: 2, name: NEW_CLERK.name }).waitFor();
    await admin.getByRole('cell', { name: NEW_CLERK.username, exact: true }).waitFor();

    const ticket = await issue(server, 'YB001');
    const { page, context } = await openCaller(browser, server);
    await page.getByLabel('用户名').fill(NEW_CLERK.username);
    await page.getByLabel('密码').fill(NEW_CLERK.password);
    await page.getByLabel('窗口').selectOption('w7');
    await page.getByRole('button', { name: '登录并开窗' }).click();
    await page.getByRole('region', { name: '当前号码' }).waitFor();
    await action(page, 'callNext').click();
    expect(await currentNumber(page)).toBe(ticket.number);

    // Window 7 also takes 社保局: the clerk's screen says so without a reload.
    await section(admin, '窗口');
    await admin.getByRole('cell', { name: '7号窗口（医保局（3））' }).click();
    const win = admin.getByRole('complementary');
    await win
      .getByRole('group', { name: '办理部门' })
      .getByLabel('社保局', { exact: true })
      .check();
    await win.getByRole('button', { name: '保存' }).click();
    await win.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await expect
      .poll(() => page.locator('.topbar h1 small').textContent(), { timeout: 10_000 })
      .toContain('社保局');
    await context.close();
  });

  it('the admin sets an item’s quota to 2, and the third kiosk visitor sees 今日已取完', async () => {
    await section(admin, '事项');
    // Pinyin initials find an item, as on the kiosk.
    await admin.getByRole('searchbox').fill('cxjmcb');
    await admin.getByRole('cell', { name: '城乡居民参保登记' }).waitFor();
    await admin.getByRole('searchbox').fill('YB002');
    await admin.getByRole('cell', { name: 'YB002', exact: true }).click();
    const panel = admin.getByRole('form', { name: '事项信息' });
    await panel.getByLabel('每日限号').fill('2');
    await panel.getByText('有未保存的修改').waitFor();
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await admin.getByRole('cell', { name: '2（今日余 2）' }).waitFor();
    await shot(admin, 'item-quota');

    // Two visitors take the two numbers; the third finds the item sold out.
    await kioskApi(server).issueTicket({ itemId: 'YB002' }, 'admin-quota-1');
    await kioskApi(server).issueTicket({ itemId: 'YB002' }, 'admin-quota-2');
    await admin.getByRole('cell', { name: '2（今日余 0）' }).waitFor();
    const kiosk = await openKiosk(browser, server);
    await unitButton(kiosk, 'yibao').click();
    const item = itemButton(kiosk, 'YB002');
    await item.waitFor();
    expect(await item.textContent()).toContain('今日已取完');
    expect(await item.isDisabled()).toBe(true);
    await kiosk.context().close();
  });

  it('the admin writes an office guide with its materials, and the kiosk shows its checklist', async () => {
    await section(admin, '事项');
    await admin.getByRole('searchbox').fill('GS011');
    await admin.getByRole('cell', { name: 'GS011', exact: true }).click();
    const guide = admin.getByRole('form', { name: '办事指南' });
    await guide.getByLabel('实施主体').fill('自贡市大安区市场监督管理局');
    await guide.getByRole('button', { name: '添加材料' }).click();
    await guide.getByRole('button', { name: '添加材料' }).click();
    // An empty material name is refused beside it, before anything is sent.
    await guide.getByRole('button', { name: '保存' }).click();
    await guide.getByRole('group', { name: '材料 1' }).getByRole('alert').waitFor();
    const first = guide.getByRole('group', { name: '材料 1' });
    await first.getByLabel('材料名称').fill('居民身份证');
    const second = guide.getByRole('group', { name: '材料 2' });
    await second.getByLabel('材料名称').fill('单位参保人员花名册');
    await second.getByLabel('材料形式').selectOption('copy');
    await second.getByLabel('份数').fill('2');
    await second.getByLabel('必须提供').uncheck();
    await guide.getByLabel('咨询电话').fill('0813-5201234');
    await guide.getByRole('button', { name: '保存' }).click();
    await guide.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await shot(admin, 'item-guide');

    // The kiosk shows the checklist on the item's screen (一次性告知).
    const kiosk = await openKiosk(browser, server);
    await unitButton(kiosk, 'gongshang').click();
    await itemButton(kiosk, 'GS011').click();
    const list = kiosk.getByTestId('materials');
    await list.waitFor();
    expect(await list.locator('li').allTextContents()).toEqual([
      '居民身份证原件 1份',
      '单位参保人员花名册复印件 2份 · 如有请带',
    ]);
    await kiosk.screenshot({ path: path.join(SCREENSHOT_DIR, 'kiosk-guide-materials.png') });
    await kiosk.context().close();

    // The visitor's phone page behind the ticket's QR code lists them too.
    const ticket = await issue(server, 'GS011');
    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await phone.goto(`${server.url}/t/${ticket.id}`);
    const materials = phone.locator('#materials li');
    await materials.first().waitFor();
    expect(await materials.allTextContents()).toEqual([
      '居民身份证 原件 1份',
      '单位参保人员花名册 复印件 2份（如有请带）',
    ]);
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-guide.png'), fullPage: true });
    await phone.context().close();

    const catalog = (await kioskApi(server).catalog()).items.find((i) => i.id === 'GS011');
    expect(catalog?.guide).toEqual({
      implementer: '自贡市大安区市场监督管理局',
      consultPhone: '0813-5201234',
      materials: [
        { name: '居民身份证', form: 'original', copies: 1, required: true },
        { name: '单位参保人员花名册', form: 'copy', copies: 2, required: false },
      ],
    });
  });

  it('the admin moves 教育局 from Monday to Tuesday (warned of the lost Monday), and the kiosk and display follow without a reload', async () => {
    const kiosk = await openKiosk(browser, server);
    await unitButton(kiosk, 'jiaoyu').waitFor();
    expect(await unitButton(kiosk, 'jiaoyu').textContent()).toContain('今日办理');
    const display = await (
      await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    ).newPage();
    await display.goto(`${server.url}/display/?device=${server.deviceToken('display')}`);
    const rota = display.getByTestId('rota');
    await rota.waitFor();
    expect(await rota.textContent()).toContain('一 教育局');

    await section(admin, '轮值表');
    const monday = admin.getByLabel('24号窗口（综合窗口1） 周一');
    const tuesday = admin.getByLabel('24号窗口（综合窗口1） 周二');
    expect(await monday.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      '教育局',
    );
    await monday.selectOption('');
    await admin.getByRole('alert').filter({ hasText: '区教育局 周一将没有窗口办理' }).waitFor();
    await tuesday.selectOption({ label: '教育局' });
    // 文体广新局 loses its only day: the grid says so before anything is saved.
    await admin.getByRole('alert').filter({ hasText: '本周没有任何窗口办理' }).waitFor();
    await shot(admin, 'rota-warning');

    // Leaving with the change unsaved asks; declining stays here.
    let asked = '';
    admin.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await admin.getByRole('navigation').getByRole('button', { name: '公告' }).click();
    expect(asked).toContain('未保存');
    await admin.getByRole('heading', { level: 1, name: '轮值表' }).waitFor();

    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    // Monday (the server's day): 教育局 is closed today, and says when it is open.
    await expect
      .poll(() => unitButton(kiosk, 'jiaoyu').getAttribute('data-closed'), { timeout: 10_000 })
      .toBe('true');
    expect(await unitButton(kiosk, 'jiaoyu').textContent()).toContain('周二');
    await expect.poll(() => rota.textContent(), { timeout: 10_000 }).toContain('二 教育局');
    expect(await rota.textContent()).not.toContain('一 教育局');
    await kiosk.context().close();
    await display.context().close();
  });

  it('大厅设置: a span that ends before it starts is refused beside the hours; the kiosk idle time and a threshold are saved', async () => {
    await section(admin, '大厅设置');
    const form = admin.locator('form.settings');
    await form.getByRole('button', { name: '添加时段' }).click();
    await form.getByLabel('取号时间 1 start').fill('12:00');
    await form.getByLabel('取号时间 1 end').fill('09:00');
    await form.getByRole('button', { name: '保存' }).click();
    // The server's check (start before end), shown where the hours are.
    await form.locator('fieldset', { hasText: '取号时间' }).getByRole('alert').waitFor();
    await form.getByRole('button', { name: '删除' }).click();
    await form.getByLabel('取号机无操作返回首页（秒）').fill('90');
    await form.getByLabel('等候超时（分钟）').fill('40');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const catalog = await kioskApi(server).catalog();
    expect(catalog.hall.kioskIdleSeconds).toBe(90);
    expect(catalog.sites.find((x) => x.id === 'district')?.supervision?.waitLimitMinutes).toBe(40);
  });

  it('the district admin manages a township hall too: its settings and its own notice', async () => {
    await admin.getByLabel('管理的大厅').selectOption({ label: '龙井街道便民服务中心' });
    await section(admin, '大厅设置');
    await expect.poll(() => admin.getByLabel('大厅名称').inputValue()).toBe('龙井街道便民服务中心');
    await section(admin, '公告');
    // A township hall's notice is its own: no push to other halls from here.
    expect(await admin.getByLabel(TOWNSHIPS_TOO).count()).toBe(0);
    await admin.getByLabel('大厅显示屏滚动公告').fill('本中心周六上午照常办理社保业务');
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const api = kioskApi(server);
    expect((await api.notice('twn-002')).notice).toBe('本中心周六上午照常办理社保业务');
    expect((await api.notice('district')).notice).not.toBe('本中心周六上午照常办理社保业务');
    await admin.getByLabel('管理的大厅').selectOption({ label: '大安区政务服务中心' });
    await expect
      .poll(() => admin.getByLabel('大厅显示屏滚动公告').inputValue())
      .not.toBe('本中心周六上午照常办理社保业务');
    // The district's notice to every township hall at once.
    await admin.getByLabel('大厅显示屏滚动公告').fill('全区各便民服务中心周六正常办公');
    await admin.getByLabel(TOWNSHIPS_TOO).check();
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await admin.getByText('已同时发布到 17 个服务中心的大厅显示屏').waitFor();
    await shot(admin, 'notice-townships');
    for (const id of ['district', 'twn-001', 'twn-002', 'twn-207'])
      expect((await api.notice(id)).notice, id).toBe('全区各便民服务中心周六正常办公');
  });

  it('the audit log shows who changed what, filtered by target', async () => {
    await section(admin, '审计日志');
    await admin
      .getByRole('cell', { name: /^staff:/ })
      .first()
      .waitFor();
    await admin.getByLabel('对象').selectOption('window');
    await admin.getByRole('button', { name: '筛选' }).click();
    await admin.getByRole('cell', { name: 'window:w24' }).first().waitFor();
    const targets = await admin.locator('.data-table tbody tr td:nth-child(4)').allTextContents();
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t.startsWith('window:'))).toBe(true);
    expect(await admin.getByRole('cell', { name: '系统管理员' }).count()).toBeGreaterThan(0);
    await shot(admin, 'audit');
  });
});
