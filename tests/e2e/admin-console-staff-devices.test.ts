/**
 * The admin console (/admin/) in Chromium against the real server at
 * 1366×768: who and what serves at the hall. The admin pairs a new display
 * by the code it shows, and the display starts by itself, then a kiosk the
 * same way; creates a clerk for window 7 (a weak password is refused beside
 * its field), who signs in on the caller and calls at once; moves 教育局 from
 * Monday to Tuesday on the rota, warned of the day it loses, and the kiosk
 * and display follow live; leaving a form with changes asks first; the audit
 * log then shows those changes (so it runs last). The console's other pages:
 * admin-console-catalogue.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from '../support/browser';
import { action, currentNumber, issue, openCaller } from './caller-harness';
import { openKiosk, unitButton } from './kiosk-page';
import { admin, browser, section, server, setUpAdminConsole, shot } from './admin-console-harness';

const NEW_CLERK = { username: 'w07b', name: '林晓雯', password: 'Yibao-window-7-2025' };

setUpAdminConsole({ signIn: true });

describe('admin console', () => {
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
