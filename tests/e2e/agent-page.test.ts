/**
 * 全程代办 and the district roll-up in Chromium on the real server (issue
 * 15): a village agent (大安街道一社区便民服务室) signs in at /agent/, registers
 * a 代办 for the district's 门诊费用报销 with two materials ticked from the
 * office guide; it reaches window 5's 代办 tab in the caller, where the
 * clerk asks for the missing 门诊病历; the agent's page shows the request
 * live, the agent brings it, the clerk accepts and finishes, and the
 * villager's status page says 已办结. The supervisor's 三级联动 screen shows
 * the district total and drills into a township and its village rooms.
 * Screenshots: tests/screenshots/agent-*.png, caller-proxy-tab.png,
 * status-proxy-done.png, supervisor-rollup*.png; the agent page draws with
 * no CSP violation.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { issue, openSignedIn, VIEWPORT } from './caller-harness';
import { mondayClock } from './kiosk-page';

let server: HallServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHallServer({ clock: mondayClock() });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('the village agent page and the district roll-up', () => {
  let proxyId = '';

  it("an agent's 代办 goes to the district, back for a material, and is done", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    context.setDefaultTimeout(10_000);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const agent = await context.newPage();
    const csp: string[] = [];
    agent.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await agent.goto(`${server.url}/agent/`);
    await agent.getByLabel('用户名').fill('vil-001-1-agent');
    await agent.getByLabel('密码').fill(server.password('vil-001-1-agent'));
    await agent.getByRole('button', { name: '登录' }).click();
    await agent.getByRole('heading', { name: '登记代办' }).waitFor();

    // The room's township first, then the district; the district handles 门诊费用报销.
    const sites = await agent.locator('select[name="site"] option').allTextContents();
    expect(sites).toEqual(['大安街道便民服务中心', '大安区政务服务中心']);
    await agent.locator('select[name="site"]').selectOption('district');
    await agent.locator('select[name="item"]').selectOption('YB008');
    await agent.getByText('承诺时限 15 个工作日').waitFor();
    await agent.getByLabel('群众姓名').fill('王秀英');
    await agent.getByLabel('联系电话').fill('13912345678');
    await agent.getByLabel('居民身份证').check();
    await agent.getByLabel('门诊收费票据').check();
    await agent.getByLabel('备注').fill('老人行动不便，代为报销');
    await shot(agent, 'agent-register');
    await agent.getByRole('button', { name: '提交代办' }).click();
    await agent.getByRole('status').filter({ hasText: '已提交' }).waitFor();
    const row = agent.locator('li.agent-proxy').first();
    proxyId = (await row.getAttribute('data-proxy')) ?? '';
    expect(proxyId).toMatch(/^px_/);
    // The villager's progress page, as a QR code to scan and a link.
    await poll(() => agent.locator('.agent-qr img').getAttribute('data-url')).toBe(
      `${server.url}/t/${proxyId}`,
    );
    await poll(() => row.locator('.agent-status').textContent()).toBe('已提交，待受理');
    // The list masks the villager (core Q30).
    expect(await row.textContent()).toContain('王** · 139****5678');

    // Window 5 (医保局) sees it in its 代办 tab and asks for the missing 门诊病历.
    const caller = await openSignedIn(browser, server, 5);
    const tab = caller.page.getByTestId('proxy-tab');
    await poll(() => tab.textContent()).toContain('1');
    await tab.click();
    const item = caller.page.locator(`li[data-proxy="${proxyId}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('大安街道一社区便民服务室');
    await item.getByRole('button', { name: '补充材料' }).click();
    await item.getByLabel('门诊病历或诊断证明').check();
    await item.getByLabel('说明').fill('请补充门诊病历或诊断证明复印件');
    await shot(caller.page, 'caller-proxy-tab');
    await item.getByRole('button', { name: '确定' }).click();
    await poll(() => item.locator('.proxy-status').textContent()).toBe('待补材料');

    // The agent's page hears it at once, with the list and the clerk's note.
    await poll(() => row.locator('.agent-status').textContent()).toBe('需补充材料');
    expect(await row.locator('.agent-missing').textContent()).toContain('门诊病历或诊断证明');
    expect(await row.locator('.agent-missing').textContent()).toContain('请补充门诊病历');
    await shot(agent, 'agent-missing');
    await row.getByRole('button', { name: '已补齐，重新提交' }).click();
    await poll(() => row.locator('.agent-status').textContent()).toBe('已提交，待受理');
    expect(await row.textContent()).toContain('跑动 2 次');

    // The clerk accepts and finishes; the agent sees it done.
    await item.getByRole('button', { name: '受理' }).click();
    await item.getByRole('button', { name: '办结' }).click();
    await item.getByLabel('说明').fill('报销款已转入本人账户');
    await item.getByRole('button', { name: '确定' }).click();
    await poll(() => row.locator('.agent-status').textContent()).toBe('已办结');
    await shot(agent, 'agent-done');
    expect(csp).toEqual([]);

    // The villager's status page (the link the agent gave) says 已办结, masked.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/t/${proxyId}`);
    await poll(() => phone.locator('#state').textContent()).toBe('已办结');
    expect(await phone.locator('#item').textContent()).toBe('门诊费用报销');
    expect(await phone.locator('body').textContent()).not.toContain('王秀英');
    await shot(phone, 'status-proxy-done');
    await phone.close();
    await caller.context.close();
    await context.close();
  });

  it('the supervisor sees the network on one screen and drills into a township', async () => {
    await issue(server, 'YB001');
    await issue(server, 'YB002');
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${server.url}/supervisor/#rollup`);
    await page.getByLabel('用户名').fill('supervisor');
    await page.getByLabel('密码').fill(server.password('supervisor'));
    await page.getByRole('button', { name: '登录' }).click();
    const total = page.getByTestId('ru-total');
    await total.waitFor();
    await poll(() => total.getByTestId('ru-waiting').textContent()).toBe('2');
    const tree = page.getByRole('navigation', { name: '站点' });
    expect(await tree.getByRole('button', { name: '大安街道便民服务中心' }).count()).toBe(1);
    await shot(page, 'supervisor-rollup');

    // Into 大安街道: its own figures and its three village rooms.
    await tree.getByRole('button', { name: '大安街道便民服务中心' }).click();
    const detail = page.getByTestId('ru-detail');
    await poll(() => detail.getByRole('heading').first().textContent()).toContain(
      '大安街道便民服务中心',
    );
    expect(await detail.locator('tbody tr').count()).toBe(3);
    expect(await detail.locator('tbody').textContent()).toContain('大安街道一社区便民服务室');
    await shot(page, 'supervisor-rollup-township');
    await context.close();
  });
});
