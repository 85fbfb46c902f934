/**
 * The kiosk for visitors who need it most, in Chromium at 1080×1920 on a
 * Monday: the search finds what people say (a unit's pinyin initials, an
 * item's common name), a unit closed today leads to 咨询导办 and its ticket
 * instead of a dead end, the idle reset asks first, and 适老 mode hides the
 * letter pad, pages long lists with large arrows, speaks each screen's
 * prompt and keeps every target at least 20 mm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser } from '../support/browser';
import { SPEECH_STUB } from './display-harness';
import {
  itemButton,
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

/** 20 mm on the smallest kiosk panel (21.5 inches: 1920 px over 476 mm, kiosk.css). */
const TWENTY_MM_PX = (20 * 1920) / 476;

const home = (page: Page) => page.getByRole('heading', { name: '请选择办理部门' }).waitFor();
const hitIds = (page: Page) =>
  page.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
/** The visible buttons narrower or lower than 20 mm, as "text w×h". */
const smallTargets = (page: Page) =>
  page.locator('button:visible').evaluateAll(
    (els, min) =>
      els
        .map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < min || r.height < min)
        .map(({ text, r }) => `${text} ${r.width}×${r.height}`),
    TWENTY_MM_PX,
  );
const spoken = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __utter: { text: string }[] }).__utter.map((u) => u.text),
  );

describe('kiosk search finds what people say', () => {
  it('"sb" on the letter pad lists the 社保局’s items first, its name marked', async () => {
    const page = await openKiosk(browser, server);
    await page.getByRole('button', { name: /按事项名称查找/ }).click();
    // The hint names a real item with its initials (once pinyin has loaded).
    await expect
      .poll(() => page.getByRole('searchbox').getAttribute('placeholder'))
      .toBe('例如：zgcb（职工参保）');
    await tapLetters(page, 'sb');
    await expect
      .poll(async () => (await hitIds(page)).slice(0, 10))
      .toEqual(Array.from({ length: 10 }, (_, i) => `SB${String(i + 1).padStart(3, '0')}`));
    const first = page.locator('[data-item]').first();
    expect(await first.locator('.k-item-unit').textContent()).toBe('社保局');
    await screenshot(page, 'search-unit-pinyin');

    await page.getByRole('button', { name: '清空' }).click();
    await tapLetters(page, 'shebao');
    await expect.poll(async () => (await hitIds(page)).length).toBe(10);
    await page.context().close();
  });

  it('an item’s common name finds it: 医保卡, and 退休 typed as tuixiu', async () => {
    const page = await openKiosk(browser, server);
    await page.getByRole('button', { name: /按事项名称查找/ }).click();
    await page.getByRole('searchbox').fill('医保卡');
    await expect.poll(() => hitIds(page)).toEqual(['YB002']);
    expect(await page.locator('[data-item] .k-item-alias').textContent()).toBe('又称：医保卡');
    await page.getByRole('button', { name: '清空' }).click();
    await tapLetters(page, 'tuixiu');
    // 退休 is what people call two items: 异地安置退休人员备案 and the 退休申请.
    await expect.poll(async () => (await hitIds(page)).slice(0, 2)).toEqual(['YB006', 'SB004']);
    await screenshot(page, 'search-alias');
    await page.context().close();
  });

  it('a unit’s page hints with one of its own items', async () => {
    const page = await openKiosk(browser, server);
    await unitButton(page, 'jiaoyu').click();
    await expect
      .poll(() => page.getByRole('searchbox').getAttribute('placeholder'))
      .toBe('例如：jszg（教师资格）');
    await page.context().close();
  });
});

describe('no dead ends', () => {
  it('a unit closed today says when it is served and issues a 咨询导办 ticket instead', async () => {
    const page = await openKiosk(browser, server);
    await home(page);
    const enquiry = page.getByTestId('enquiry');
    expect(await enquiry.isVisible()).toBe(true);
    await unitButton(page, 'wenti').click();
    await page.getByRole('heading', { name: '区文化体育广电新闻出版局' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('文体广新局今日不办理');
    expect(await page.getByTestId('served-days').textContent()).toBe('周二办理，请在办理日前来');
    expect(await page.getByText('咨询导办在 C区 33 号窗口').isVisible()).toBe(true);
    await screenshot(page, 'closed-unit');
    await page.getByRole('button', { name: '取咨询导办号' }).click();
    await page.getByRole('heading', { name: '咨询导办' }).waitFor();
    await page.getByRole('button', { name: '确认取号' }).click();
    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    expect(await number.textContent()).toMatch(/^Z\d{3}$/);
    expect(await page.locator('.k-ticket').textContent()).toContain('请到 C区 33 号窗口等候');
    await page.context().close();
  });
});

describe('the idle reset asks first', () => {
  it('还需要更多时间吗？ with a countdown; 继续 keeps the screen, silence goes home', async () => {
    const page = await openKiosk(browser, server, 'idle=1&idleWarn=3');
    await unitButton(page, 'yibao').click();
    const heading = page.getByRole('heading', { name: '区医疗保险管理局' });
    await heading.waitFor();
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('还需要更多时间吗？');
    expect(await page.getByTestId('idle-countdown').textContent()).toMatch(/^\d 秒后返回首页$/);
    const cont = page.getByRole('button', { name: '继续' });
    expect((await cont.boundingBox())!.height).toBeGreaterThanOrEqual(140);
    await screenshot(page, 'idle-warning');
    await cont.click();
    await ask.waitFor({ state: 'hidden' });
    expect(await heading.isVisible()).toBe(true);

    // Nobody answers the next time: home after the countdown.
    await ask.waitFor();
    await home(page);
    expect(await ask.count()).toBe(0);
    // Back home by 返回首页, in plain Chinese: the next visitor's start, nothing to ask.
    await unitButton(page, 'yibao').click();
    await page.getByRole('button', { name: '返回首页' }).click();
    await home(page);
    await page.waitForTimeout(2_000);
    expect(await ask.count()).toBe(0);
    await page.context().close();
  });
});

describe('适老 mode is more than big text', () => {
  it('hides the letter pad behind a button, pages a long list with large arrows, speaks each screen, 20 mm targets', async () => {
    const page = await openKiosk(browser, server, '', { init: SPEECH_STUB });
    await home(page);
    await page.getByRole('button', { name: '适老模式' }).click();
    expect(await smallTargets(page)).toEqual([]);
    await expect
      .poll(() => spoken(page))
      .toContain('请选择办理部门。不知道在哪里办，请点击咨询导办。');

    await unitButton(page, 'gongan').click();
    await page.getByRole('heading', { name: '自贡市公安局大安区分局' }).waitFor();
    await expect.poll(() => spoken(page)).toContain('请选择办理事项。');
    // The pad waits behind a button.
    expect(await page.getByRole('button', { name: 'j', exact: true }).count()).toBe(0);
    const showPad = page.getByRole('button', { name: '输入拼音字母查找' });
    expect(await showPad.isVisible()).toBe(true);

    // 13 items do not fit: page arrows, and the cue.
    const pageNo = page.getByTestId('page-no');
    await expect.poll(() => pageNo.textContent()).toMatch(/^第 1\/\d 页$/);
    expect(await page.getByTestId('scroll-cue').isVisible()).toBe(true);
    await screenshot(page, 'elder-items');
    const next = page.getByRole('button', { name: '▼ 下一页' });
    const firstShown = async () => {
      const box = (await page.getByTestId('scroll').boundingBox())!;
      for (const item of await page.locator('[data-item]').all()) {
        const b = await item.boundingBox();
        if (b && b.y >= box.y - 1) return item.getAttribute('data-item');
      }
      return null;
    };
    const before = await firstShown();
    await next.click();
    await expect.poll(() => pageNo.textContent()).toMatch(/^第 2\/\d 页$/);
    expect(await firstShown()).not.toBe(before);
    // No entry is cut at the top of the new page.
    const scrollTop = (await page.getByTestId('scroll').boundingBox())!.y;
    const top = await itemButton(page, (await firstShown())!).boundingBox();
    expect(top!.y).toBeGreaterThanOrEqual(scrollTop - 1);

    // Every target on the screen is at least 20 mm each way: the list, the pad, the guide.
    expect(await smallTargets(page)).toEqual([]);
    await showPad.click();
    await tapLetters(page, 'huzhao');
    await expect.poll(() => hitIds(page)).toEqual(['GA002']);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'elder-pad');
    await itemButton(page, 'GA002').click();
    await page.getByRole('button', { name: '确认取号' }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();
  });
});
