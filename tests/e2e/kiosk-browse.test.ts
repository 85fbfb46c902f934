/**
 * Finding one's way on the kiosk: pinyin search, a unit closed today, a quota
 * used up, 适老 mode, English, the idle return, and an unconfigured kiosk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';
import {
  adminApi,
  itemButton,
  kioskApi,
  mondayClock,
  openKiosk,
  screenshot,
  tapLetters,
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

const home = (page: Page) => page.getByRole('heading', { name: '请选择办理部门' }).waitFor();
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
const height = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())!.height;

describe('kiosk: finding an item', () => {
  it('"jszg" on the letter pad finds 教师资格认定 of 教育局, with its office guide', async () => {
    const page = await openKiosk(browser, server);
    await page.getByRole('button', { name: /按事项名称查找/ }).click();
    await tapLetters(page, 'jszg');
    const hits = page.locator('[data-item]');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().textContent()).toContain('教师资格认定');
    expect(await hits.first().textContent()).toContain('教育局');
    await screenshot(page, 'search');
    await hits.first().click();
    await page.getByRole('heading', { name: '教师资格认定' }).waitFor();
    expect(await page.getByTestId('promised').textContent()).toBe('15个工作日');

    // A plain Chinese substring works too (typed, as with a keyboard).
    await page.getByRole('button', { name: '返回首页' }).click();
    await unitButton(page, 'minzheng').click();
    await page.getByRole('searchbox').fill('社会团体');
    await expect
      .poll(() => page.locator('[data-item] .k-item-name').allTextContents())
      .toEqual(['社会团体成立登记', '社会团体变更登记', '社会团体注销登记']);
    await page.context().close();
  });

  it('a long list scrolled to its end stays where it is: the tap aimed at the last item lands on it', async () => {
    const page = await openKiosk(browser, server);
    await unitButton(page, 'gongshang').click();
    const cue = page.getByTestId('scroll-cue');
    await cue.waitFor();
    expect(await cue.isVisible()).toBe(true);
    // The visitor swipes to the end and aims at the last item as it comes to rest.
    const aimed = await page.getByTestId('scroll').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
      const r = box.querySelector('[data-item="GS012"]')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    // Nothing more below: the cue goes, and the list does not move under the finger.
    await expect.poll(() => cue.isVisible()).toBe(false);
    const box = (await itemButton(page, 'GS012').boundingBox())!;
    expect(box.y + box.height / 2).toBe(aimed.y);
    await page.mouse.click(aimed.x, aimed.y);
    await page
      .getByRole('heading', { level: 1, name: '计量标准器具核准新建' })
      .waitFor({ timeout: 5_000 });
    await page.context().close();
  });
});

describe('kiosk: what cannot be chosen today', () => {
  it('on a Monday 文体广新局 looks closed with 周二办理 (tapped: when, and 咨询导办) and 教育局 shows 今日办理', async () => {
    const page = await openKiosk(browser, server);
    await home(page);
    const wenti = unitButton(page, 'wenti');
    expect(await wenti.getAttribute('data-closed')).toBe('true');
    expect(await wenti.textContent()).toContain('周二办理');
    await wenti.click();
    await page.getByRole('button', { name: '取咨询导办号' }).waitFor();
    await page.getByRole('button', { name: '返回首页' }).click();
    await home(page);
    const jiaoyu = unitButton(page, 'jiaoyu');
    expect(await jiaoyu.isEnabled()).toBe(true);
    expect(await jiaoyu.textContent()).toContain('今日办理');
    await page.context().close();
  });

  it('an item whose daily quota is used up shows 今日已取完 and cannot be taken', async () => {
    await (await adminApi(server)).setItemQuota('YB002', 1);
    await kioskApi(server).issueTicket({ itemId: 'YB002' }, 'browse-quota-1');
    const page = await openKiosk(browser, server);
    await unitButton(page, 'yibao').click();
    const item = itemButton(page, 'YB002');
    await item.waitFor();
    expect(await item.textContent()).toContain('今日已取完');
    expect(await item.isDisabled()).toBe(true);
    await screenshot(page, 'sold-out');
    await page.context().close();
  });
});

describe('kiosk: 适老 mode, English and the idle return', () => {
  it('适老 mode makes text and buttons bigger on every screen; idle turns it and English off', async () => {
    const page = await openKiosk(browser, server, 'idle=2&idleWarn=1');
    await home(page);
    const normalText = await fontSize(page, '.k-unit-name');
    const normalHeight = await height(page, '.k-unit');
    expect(normalHeight).toBeGreaterThanOrEqual(88);
    expect(await fontSize(page, '.k-btn')).toBeGreaterThanOrEqual(28);

    await page.getByRole('button', { name: '适老模式' }).click();
    expect(await fontSize(page, '.k-unit-name')).toBeGreaterThanOrEqual(normalText * 1.3);
    expect(await height(page, '.k-unit')).toBeGreaterThan(normalHeight);
    await screenshot(page, 'elder');

    await unitButton(page, 'yibao').click();
    const toggle = page.getByRole('button', { name: '适老模式：开' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await itemButton(page, 'YB001').click();
    expect(await toggle.isVisible()).toBe(true);
    expect(await height(page, '.k-confirm')).toBeGreaterThanOrEqual(140 * 1.3);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Take a number' }).waitFor();
    await page.getByRole('button', { name: 'Home' }).click();
    expect(await unitButton(page, 'wenti').textContent()).toContain('Served Tue');
    await unitButton(page, 'yibao').click();
    await page.getByText('Choose a service').waitFor();

    // Nobody touches the screen (nor answers 还需要更多时间吗？): home again, in Chinese
    // and normal text for the next visitor.
    await home(page);
    expect(await page.locator('.kiosk').getAttribute('data-elder')).toBe('false');
    await page.context().close();
  });

  it('an unconfigured kiosk says so in plain Chinese', async () => {
    const page = await openKiosk(browser, server, '', { token: null });
    await page.getByRole('heading', { name: '本设备尚未配置，请联系管理员' }).waitFor();
    await screenshot(page, 'setup');
    await page.context().close();
  });

  it('a revoked or wrong token is told apart from a missing one', async () => {
    const page = await openKiosk(browser, server, '', { token: 'not-a-real-token' });
    await page.getByRole('heading', { name: '本设备未获授权，请联系管理员' }).waitFor();
    await page.context().close();
  });
});
