/**
 * The visitor's phone page (/t/<id>) in Chromium at 390×844 on the real
 * server: it shows the number, unit, item, zone and windows, the people
 * ahead and the estimate, what each of its windows serves now and the time
 * of the last update; it follows the ticket by push (one event stream, no
 * request to the ticket route, no reload) and says what to do in every
 * state. Each state is saved as a screenshot and checked for text cut off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { ManualClock } from '@hallq/server';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { textOverflows } from './display-fit-checks';
import path from 'node:path';

/** Monday 2 June 2025, 10:00 in the hall. */
const MONDAY_10AM = Date.parse('2025-06-02T10:00:00+08:00');
const TUESDAY_8AM = Date.parse('2025-06-03T08:00:00+08:00');

let server: HallServer;
let browser: Browser;
const clock = new ManualClock(MONDAY_10AM);

beforeAll(async () => {
  server = await startHallServer({ clock });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function api(method: string, url: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}/api/v1${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const issue = async (itemId: string) =>
  (await api('POST', '/tickets', server.deviceToken('kiosk'), { itemId })).body.ticket as {
    id: string;
    number: string;
  };

async function signIn(username: string, windowId: string): Promise<string> {
  const res = await api('POST', '/auth/login', undefined, {
    username,
    password: server.password(username),
    windowId,
  });
  expect(res.status).toBe(200);
  return res.body.token as string;
}

interface Phone {
  page: Page;
  requests: string[];
  problems: string[];
}

async function openPhone(ticketId: string): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}/t/${ticketId}`);
  return { page, requests, problems };
}

const text = (phone: Phone, id: string) => phone.page.locator(`#${id}`).innerText();

async function shows(phone: Phone, id: string, expected: string | RegExp) {
  await expect
    .poll(() => text(phone, id), { timeout: 5_000 })
    .toMatch(typeof expected === 'string' ? new RegExp(escape(expected)) : expected);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function saved(phone: Phone, name: string) {
  // The page scrolls down (the 办事指南 is long); nothing is cut or drawn outside it.
  expect(await phone.page.evaluate(textOverflows, true)).toEqual([]);
  // Nothing wider than the phone: no sideways scrolling.
  expect(
    await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
  ).toBe(true);
  await phone.page.screenshot({ path: path.join(SCREENSHOT_DIR, `phone-${name}.png`) });
}

describe('phone page /t/<id> at 390×844', () => {
  let clerk5: string;

  it('waiting with no window open: where to go, people ahead, 窗口暂未开放, the windows and the time', async () => {
    await issue('YB001');
    const t = await issue('YB002');
    const phone = await openPhone(t.id);
    await shows(phone, 'n', t.number);
    await shows(phone, 'state', '等候中');
    await shows(phone, 'todo', '请到 A区 5–8 号窗口等候叫号');
    expect(await text(phone, 'unit')).toBe('区医疗保险管理局');
    expect(await text(phone, 'where')).toBe('A区 5–8 号窗口');
    expect(await text(phone, 'ahead')).toBe('前面还有 1 人');
    expect(await text(phone, 'wait')).toBe('窗口暂未开放');
    expect(await text(phone, 'windows')).toContain('5 号窗口\n暂未开放');
    expect(await text(phone, 'updated')).toBe('更新于 10:00:00');
    await saved(phone, 'waiting-closed');
    await phone.page.context().close();
  });

  it('follows the ticket by push: a window opens, calls, serves and finishes it, with no poll', async () => {
    const t = await issue('YB001');
    const phone = await openPhone(t.id);
    await shows(phone, 'wait', '窗口暂未开放');

    clerk5 = await signIn('w05', 'w5');
    clock.advance(60_000);
    await signIn('w06', 'w6');
    await shows(phone, 'wait', /^预计等候约 \d+分钟$/);
    await shows(phone, 'updated', '更新于 10:01:00');
    await saved(phone, 'waiting');

    // Call until ours comes (the first test's tickets wait before it).
    let called = await api('POST', '/windows/w5/call-next', clerk5);
    await shows(phone, 'windows', new RegExp(`5 号窗口\\n${called.body.ticket.number}`));
    while (called.body.ticket.id !== t.id) {
      await api('POST', `/tickets/${called.body.ticket.id}/finish`, clerk5);
      called = await api('POST', '/windows/w5/call-next', clerk5);
    }
    await shows(phone, 'state', '请到 5 号窗口办理');
    await saved(phone, 'called');

    await api('POST', `/tickets/${t.id}/start`, clerk5);
    await shows(phone, 'state', '正在 5 号窗口办理');
    await saved(phone, 'serving');

    await api('POST', `/tickets/${t.id}/finish`, clerk5);
    await shows(phone, 'state', '已办结');
    await shows(phone, 'todo', '感谢');
    await saved(phone, 'done');

    // Pushed: one stream, never the ticket route, no reload, no CSP or script
    // error. The one REST read is after 办结: whether to offer the rating (好差评).
    expect(phone.requests.filter((p) => p.startsWith('/api/'))).toEqual([
      `/api/v1/tickets/${t.id}/rating`,
    ]);
    expect(phone.requests.filter((p) => p === `/t/${t.id}`)).toHaveLength(1);
    expect(phone.requests.filter((p) => p.endsWith('/events'))).toHaveLength(1);
    expect(phone.problems).toEqual([]);
    await phone.page.context().close();
  });

  it('过号: says where to go to be restored (the unit’s windows or 咨询导办)', async () => {
    const t = await issue('YB003');
    const phone = await openPhone(t.id);
    await shows(phone, 'state', '等候中');
    let called = await api('POST', '/windows/w5/call-next', clerk5);
    while (called.body.ticket.id !== t.id) {
      await api('POST', `/tickets/${called.body.ticket.id}/finish`, clerk5);
      called = await api('POST', '/windows/w5/call-next', clerk5);
    }
    await api('POST', `/tickets/${t.id}/no-show`, clerk5);
    await shows(phone, 'state', '您的号已过号');
    await shows(phone, 'todo', '请到 A区 5–8 号窗口或 33 号咨询导办窗口（C区）说明情况');
    await saved(phone, 'no-show');
    await phone.page.context().close();
  });

  it('transferred: the new unit and its windows', async () => {
    const t = await issue('YB001');
    const phone = await openPhone(t.id);
    await shows(phone, 'state', '等候中');
    let called = await api('POST', '/windows/w5/call-next', clerk5);
    while (called.body.ticket.id !== t.id) {
      await api('POST', `/tickets/${called.body.ticket.id}/finish`, clerk5);
      called = await api('POST', '/windows/w5/call-next', clerk5);
    }
    await api('POST', `/tickets/${t.id}/transfer`, clerk5, {
      toUnitId: 'ggzy',
      toItemId: 'GG003',
      position: 'front',
    });
    await shows(phone, 'state', '已转至区公共资源交易服务中心');
    await shows(phone, 'todo', '请到 C区 27–29 号窗口等候叫号');
    expect(await text(phone, 'item')).toBe('矿业权及土地转让信息发布');
    await saved(phone, 'transferred');
    await phone.page.context().close();
  });

  it('expired: the business day ends on the hall’s clock, with no command since', async () => {
    const t = await issue('GA007'); // the longest item name of the demo hall
    const phone = await openPhone(t.id);
    await shows(phone, 'state', '等候中');
    await saved(phone, 'waiting-long-names');
    clock.set(TUESDAY_8AM);
    // The stream's heartbeat (every 15 s) rebuilds each open page; run it now.
    server.app.ticketStreams.refreshAll();
    await shows(phone, 'state', '本号已过期');
    await shows(phone, 'todo', '当日业务已结束');
    expect(await phone.page.locator('#wait-card').isHidden()).toBe(true);
    await saved(phone, 'expired');
    await phone.page.context().close();
  });
});
