/**
 * The supervisor screen (/supervisor/) in Chromium against the real server
 * at 1366×768, the alert engine driven on the server's manual clock
 * (HALLQ_SUPERVISION_SECONDS=0, one pass per `tick()`): a visitor waits
 * past the hall's 30-minute limit and the screen turns 医保局 yellow, then
 * red, showing the alert and beeping each time (a recording AudioContext
 * stands in for the speakers, locked until the first click as a browser's
 * is); the supervisor acknowledges it, first without a note (the server's
 * refusal shows), then with one, and the alert reads as acknowledged; a
 * click on a window opens its queue; the wall mode has no buttons; the
 * clerk calls the visitor, the window shows the number and the alert
 * leaves; the screen reads in English too.
 * Screenshots: tests/screenshots/supervisor-*.png; no CSP violation.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { apiFor, issue, VIEWPORT } from './caller-harness';
import { mondayClock } from './kiosk-page';

const MIN = 60_000;
const clock = mondayClock();
let server: HallServer;
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];

/** A Web Audio stand-in that records each tone's pitch; suspended until resumed, like Chromium's. */
const AUDIO_RECORDER = () => {
  const w = window as unknown as { __tones: number[] };
  w.__tones = [];
  class Param {
    value = 0;
    setValueAtTime() {}
    exponentialRampToValueAtTime() {}
  }
  class Node {
    frequency = new Param();
    gain = new Param();
    type = '';
    connect<T>(next: T) {
      return next;
    }
    start() {
      w.__tones.push(this.frequency.value);
    }
    stop() {}
  }
  class Recorder extends EventTarget {
    state = 'suspended';
    currentTime = 0;
    destination = {};
    createOscillator = () => new Node();
    createGain = () => new Node();
    async resume() {
      this.state = 'running';
      this.dispatchEvent(new Event('statechange'));
    }
    async close() {}
  }
  Object.defineProperty(window, 'AudioContext', { value: Recorder, configurable: true });
};
const RED_HZ = 1046.5;
const YELLOW_HZ = 784;
/** The screen sounds once for alerts that come within this of each other. */
const BURST_MS = 1_600;
const tones = () => page.evaluate(() => (window as unknown as { __tones: number[] }).__tones);

const shot = (name: string, p: Page = page) =>
  p.screenshot({ path: path.join(SCREENSHOT_DIR, `supervisor-${name}.png`) });
/** One pass of the alert engine at the server's time now. */
const pass = () => server.app.supervision.tick();

beforeAll(async () => {
  server = await startHallServer({ clock, env: { HALLQ_SUPERVISION_SECONDS: '0' } });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(8_000);
  await context.addInitScript(AUDIO_RECORDER);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page shows, asked again until it holds (a busy machine's socket can be slow). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 8_000 });
const unit = (id: string) => page.locator(`[data-unit="${id}"]`);
const alertCard = (rule: string) => page.locator('article.sv-alert', { hasText: rule });

describe('supervisor screen', () => {
  let number = '';
  let clerkToken = '';

  it('a supervisor signs in and sees the hall by zone; a click turns the sound on', async () => {
    // A clerk opens window 5 (医保局) at 10:00; a visitor takes a 医保局 ticket.
    const clerk = await apiFor(server).login({
      username: 'w05',
      password: server.password('w05'),
      windowId: 'w5',
    });
    expect(clerk.staff.name).toBeTruthy();
    clerkToken = clerk.token;
    number = (await issue(server, 'YB001')).number;

    await page.goto(`${server.url}/supervisor/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await shot('login');
    await page.getByLabel('用户名').fill('supervisor');
    await page.getByLabel('密码').fill(server.password('supervisor'));
    await page.getByRole('button', { name: '登录' }).click();

    const map = page.getByRole('region', { name: '大厅窗口' });
    await map.getByRole('heading', { name: 'A区' }).waitFor();
    await map.getByRole('heading', { name: 'B区' }).waitFor();
    const w5 = page.locator('[data-window="5"]');
    await poll(() => w5.textContent()).toContain('空闲');
    expect(await w5.textContent()).toContain(clerk.staff.name);
    await poll(() => unit('yibao').textContent()).toContain('等候 1 人');
    expect(await unit('yibao').getAttribute('data-level')).toBeNull();

    await page.getByText('点击页面任意处开启告警提示音').click();
    await page.getByText('提示音已开启').waitFor();
  });

  it('a window idle while its visitor waits is ringed; absent windows and silent devices alert', async () => {
    clock.advance(20 * MIN);
    pass();
    // Window 5 has called nobody for 20 minutes while its visitor waits.
    await poll(() => page.locator('[data-window="5"]').getAttribute('data-level')).toBe('red');
    await alertCard('窗口闲置').waitFor();
    await alertCard('窗口离岗').first().waitFor();
    await poll(tones).toContain(RED_HZ);
    // Not yet past the 30-minute wait limit.
    expect(await unit('yibao').getAttribute('data-level')).toBeNull();
    expect(await alertCard('等候超时').count()).toBe(0);
  });

  it('past the wait limit 医保局 turns yellow with a sound, then red', async () => {
    // Alerts that come together sound once: let the last tone end.
    await page.waitForTimeout(BURST_MS);
    let before = (await tones()).length;
    clock.advance(10 * MIN);
    pass();
    await poll(() => unit('yibao').getAttribute('data-level')).toBe('yellow');
    expect(await unit('yibao').textContent()).toContain('黄色');
    expect(await unit('yibao').textContent()).toContain('最长 30分钟');
    const wait = alertCard('等候超时');
    await wait.waitFor();
    expect(await wait.getAttribute('data-level')).toBe('yellow');
    expect(await wait.textContent()).toContain(`${number}号`);
    expect(await wait.textContent()).toContain('10:30 发生');
    await poll(async () => (await tones()).slice(before)).toContain(YELLOW_HZ);
    await shot('yellow');

    await page.waitForTimeout(BURST_MS);
    before = (await tones()).length;
    clock.advance(30 * MIN);
    pass();
    await poll(() => unit('yibao').getAttribute('data-level')).toBe('red');
    expect(await unit('yibao').textContent()).toContain('红色');
    await poll(() => wait.getAttribute('data-level')).toBe('red');
    await poll(async () => (await tones()).slice(before)).toContain(RED_HZ);
    await shot('red');
  });

  it('the supervisor acknowledges it with a note; without one the server refuses', async () => {
    const wait = alertCard('等候超时');
    await wait.getByRole('button', { name: '确认' }).click();
    await wait.getByRole('button', { name: '提交' }).click();
    await wait.getByRole('alert').getByText('请填写处理说明').waitFor();
    await wait.getByLabel('处理说明').fill('已请5号窗口立即叫号');
    await wait.getByRole('button', { name: '提交' }).click();
    await wait.getByText('已确认：效能监察员 11:00').waitFor();
    expect(await wait.textContent()).toContain('已请5号窗口立即叫号');
    expect(await wait.getByRole('button', { name: '确认' }).count()).toBe(0);
    await shot('ack');
    // The server keeps it acknowledged (a reload reads it back).
    await page.reload();
    await alertCard('等候超时').getByText('已确认：效能监察员').waitFor();
  });

  it('a click on a window opens its queue beside the map', async () => {
    await page.locator('[data-window="5"]').click();
    const panel = page.getByRole('complementary', { name: '5号窗口的队列' });
    await panel.waitFor();
    await panel.getByText(number, { exact: true }).waitFor();
    expect(await panel.textContent()).toContain('已等 1小时0分钟');
    await shot('queue');
    await panel.getByRole('button', { name: '关闭' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('the wall mode shows the same hall in bigger type, with nothing to press', async () => {
    const wall = await page.context().newPage();
    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.goto(`${server.url}/supervisor/?wall=1`);
    await wall.locator('[data-unit="yibao"][data-level="red"]').waitFor();
    await wall.locator('article.sv-alert', { hasText: '等候超时' }).waitFor();
    expect(await wall.getByRole('button').count()).toBe(0);
    await shot('wall', wall);
    await wall.close();
    expect(cspViolations).toEqual([]);
  });
  it('the clerk calls the visitor: the window shows the number, the wait alert closes', async () => {
    await apiFor(server, clerkToken).callNext('w5');
    // The hall view follows the feed at once…
    const w5 = page.locator('[data-window="5"]');
    await poll(() => w5.textContent()).toContain(`已呼叫 ${number}`);
    // …and the engine's next pass closes the alert (visitor called).
    pass();
    await alertCard('等候超时').waitFor({ state: 'detached' });
    await unit('yibao').waitFor({ state: 'detached' });
    expect(await page.getByText('其余 32 个部门无人等候').count()).toBe(1);
    await shot('called');
  });

  it('in English the same screen reads in English', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('region', { name: 'Windows' }).waitFor();
    await page.getByRole('region', { name: 'Queues by unit' }).waitFor();
    const alerts = page.getByRole('region', { name: 'Alerts' });
    await alerts.getByText('Device fault').first().waitFor();
    expect(await page.locator('[data-window="5"]').textContent()).toContain(`Called ${number}`);
    await shot('en');
    expect(cspViolations).toEqual([]);
  });
});
