/**
 * The rating pad (/rate/, 好差评) in Chromium against the real server, as a
 * 10-inch landscape tablet at window 5: idle, it shows the clerk signed in
 * there and 请对我的服务进行评价; the clerk finishes a ticket and the pad
 * prompts with its number and item and five faces; the visitor taps 不满意,
 * is asked for a reason, picks one and sends it; the supervisor finds the
 * rectification case with its deadlines; the visitor's phone page rates
 * another ticket after 办结, once. Screenshots: tests/screenshots/rater-*.png;
 * no CSP violation.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RatingCasesReply, RatingsReply } from '@hallq/protocol';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { apiFor, issue } from './caller-harness';
import { mondayClock } from './kiosk-page';

const TABLET = { width: 1280, height: 800 };
let server: HallServer;
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];

const shot = (name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `rater-${name}.png`) });

async function token(username: string): Promise<string> {
  const res = await apiFor(server).login({ username, password: server.password(username) });
  return res.token;
}

beforeAll(async () => {
  server = await startHallServer({
    clock: mondayClock(),
    env: { HALLQ_SUPERVISION_SECONDS: '0' },
  });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: TABLET,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(8_000);
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

describe('the rating pad at window 5', () => {
  let clerk: Awaited<ReturnType<ReturnType<typeof apiFor>['login']>>;
  let number = '';
  let firstTicketId = '';

  it('idle, it shows the clerk at its window and invites a rating', async () => {
    const res = await fetch(`${server.url}/api/v1/devices`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await token('admin')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ kind: 'rater', name: '5号窗口评价器', windowId: 'w5' }),
    });
    expect(res.status).toBe(201);
    const { token: padToken } = (await res.json()) as { token: string };
    clerk = await apiFor(server).login({
      username: 'w05',
      password: server.password('w05'),
      windowId: 'w5',
    });

    await page.goto(`${server.url}/rate/?device=${padToken}`);
    await page.getByText('请对我的服务进行评价').waitFor();
    await page.getByRole('heading', { name: clerk.staff.name }).waitFor();
    await page.getByText(`工号 ${clerk.staff.staffNo}`).waitFor();
    await page.getByText('5号窗口').waitFor();
    // The token left the address bar once kept.
    expect(page.url()).not.toContain('device=');
    await shot('idle');
  });

  it('after the clerk’s 办结 it shows the ticket and five faces', async () => {
    const ticket = await issue(server, 'YB001');
    number = ticket.number;
    firstTicketId = ticket.id;
    const api = apiFor(server, clerk.token);
    const called = await api.callNext('w5');
    expect(called.ticket.id).toBe(ticket.id);
    await api.start(ticket.id);
    await api.finish(ticket.id);

    await page.getByRole('heading', { name: '请您对本次服务进行评价' }).waitFor();
    await page.getByText(new RegExp(`${number} 号`)).waitFor();
    const faces = page.locator('button.rater-level');
    expect(await faces.allTextContents()).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
    await shot('prompt');
  });

  it('不满意 asks for a reason; with one picked it is sent and a case opens', async () => {
    await page.getByRole('button', { name: '不满意', exact: true }).click();
    await page.getByRole('heading', { name: '请选择不满意的原因（至少一项）' }).waitFor();
    const submit = page.getByRole('button', { name: '提交评价' });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByRole('button', { name: '等候时间长' }).click();
    expect(await submit.isEnabled()).toBe(true);
    await shot('reasons');
    await submit.click();
    await page.getByRole('heading', { name: '感谢您的评价！' }).waitFor();

    const supervisor = await token('supervisor');
    const res = await fetch(`${server.url}/api/v1/rating-cases`, {
      headers: { authorization: `Bearer ${supervisor}` },
    });
    const { cases } = (await res.json()) as RatingCasesReply;
    expect(cases).toEqual([
      expect.objectContaining({
        level: 2,
        tags: ['等候时间长'],
        windowId: 'w5',
        status: 'open',
        // Monday 2025-06-02 is 端午's last day off: 回访 by Tuesday, 整改 by the next Monday.
        followUpDueDay: '2025-06-03',
        rectifyDueDay: '2025-06-09',
      }),
    ]);
    // Back to idle once the thanks has been read.
    await page.getByText('请对我的服务进行评价').waitFor({ timeout: 10_000 });
    expect(cspViolations).toEqual([]);

    // The supervisor records 回访 and 整改, and closes it on review.
    const caseId = cases[0]!.id;
    for (const body of [
      { kind: 'followUp', note: '已电话回访，群众反映等候时间长' },
      { kind: 'rectify', note: '高峰时段增开5号窗口' },
      { kind: 'review', note: '复核通过', outcome: 'pass' },
    ]) {
      const step = await fetch(`${server.url}/api/v1/rating-cases/${caseId}/steps`, {
        method: 'POST',
        headers: { authorization: `Bearer ${supervisor}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(step.status).toBe(200);
    }
    const closed = (await (
      await fetch(`${server.url}/api/v1/rating-cases?status=closed`, {
        headers: { authorization: `Bearer ${supervisor}` },
      })
    ).json()) as RatingCasesReply;
    expect(closed.cases.map((c) => [c.id, c.steps.map((st) => st.kind)])).toEqual([
      [caseId, ['followUp', 'rectify', 'review']],
    ]);
  });

  it('适老 mode: a size up, for the next visitor too', async () => {
    const invite = page.getByText('请对我的服务进行评价');
    const size = () => invite.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole('button', { name: '适老模式' }).click();
    expect(await size()).toBeGreaterThan(before * 1.2);
    await shot('elderly');
    await page.getByRole('button', { name: '适老模式' }).click();
    expect(await size()).toBe(before);
  });

  it('the phone page rates another ticket after 办结, once', async () => {
    const ticket = await issue(server, 'YB001');
    const api = apiFor(server, clerk.token);
    await api.callNext('w5');
    await api.start(ticket.id);
    await api.finish(ticket.id);

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    phone.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await phone.goto(`${server.url}/t/${ticket.id}`);
    const card = phone.locator('#rate-card');
    await card.getByRole('heading', { name: '请您对本次服务进行评价' }).waitFor();
    await card.getByRole('button', { name: '非常不满意' }).click();
    await card.getByText('请选择不满意的原因（至少一项）').waitFor();
    await card.getByRole('button', { name: '业务不熟练' }).click();
    await card.getByLabel('其他意见（选填）').fill('材料说了三次');
    await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'rater-phone.png'), fullPage: true });
    await card.getByRole('button', { name: '提交评价' }).click();
    await card.getByText('感谢您的评价！').waitFor();

    await phone.reload();
    await card.getByText('您已评价，感谢您的参与。').waitFor();
    const supervisor = await token('supervisor');
    const res = await fetch(`${server.url}/api/v1/ratings`, {
      headers: { authorization: `Bearer ${supervisor}` },
    });
    const { ratings } = (await res.json()) as RatingsReply;
    expect(ratings.find((r) => r.ticketId === ticket.id)).toMatchObject({
      channel: 'phone',
      level: 1,
      tags: ['业务不熟练'],
      comment: '材料说了三次',
    });

    // The first visitor's 差评 was rectified and its case closed: they rate the fix.
    await phone.goto(`${server.url}/t/${firstTicketId}`);
    const fix = phone.locator('#fix-card');
    await fix.getByRole('heading', { name: '您的意见已整改，请对整改结果进行评价' }).waitFor();
    await fix.getByRole('button', { name: '满意', exact: true }).click();
    await fix.getByText('感谢您对整改结果的评价！').waitFor();
    expect(cspViolations).toEqual([]);
    await phone.close();
  });
});
