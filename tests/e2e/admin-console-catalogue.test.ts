/**
 * The admin console (/admin/) in Chromium against the real server at
 * 1366×768, its pages and what the hall's screens read from them: an admin
 * signs in and sees every section (screenshots tests/screenshots/admin-*.png,
 * no CSP violation); sets an item's quota to 2, and the third visitor at the
 * kiosk sees 今日已取完 (the list found by pinyin initials); writes an item's
 * office guide, and the kiosk and the ticket's phone page list its
 * materials; 大厅设置 refuses hours that end before they start; the
 * district's notice goes to every township hall at once (同时发布到各乡镇),
 * a box a township's own 公告 does not have. Devices, staff and the rota:
 * admin-console-staff-devices.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from '../support/browser';
import { issue } from './caller-harness';
import { itemButton, kioskApi, openKiosk, unitButton } from './kiosk-page';
import {
  admin,
  browser,
  cspViolations,
  section,
  server,
  setUpAdminConsole,
  shot,
} from './admin-console-harness';

/** The 公告 section's box, offered at the district hall only. */
const TOWNSHIPS_TOO = '同时发布到各乡镇（街道）便民服务中心';

// The first test signs in, as a user would.
setUpAdminConsole({ signIn: false });

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
});
