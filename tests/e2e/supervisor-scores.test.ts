/**
 * 绩效考评 and the supervisor's actions (/supervisor/) in Chromium against
 * the real server, the alert engine driven on its manual clock: window 5's
 * clerk finishes a visitor who rates 非常不满意 on the pad, then leaves the
 * next visitor waiting until window 5 idles red. The supervisor opens
 * 绩效考评 from the board: the clerk's row has the score and grade the API
 * gives, its deductions name the alert (a link that shows it) and the
 * rating; by unit, 医保局's row is the API's; 导出 Excel saves the same
 * rows. Then window 5's clerk calls that visitor and walks away: from
 * window 5's panel the supervisor signs it out and calls the visitor to
 * window 6, which is free. Three visitors then wait past the limit: by
 * unit, 医保局's three long waits are one line with their count, and it lists
 * the three alerts. The page reads in English too.
 * Screenshots: tests/screenshots/supervisor-scores*.png (scores-group: a
 * group's alerts listed),
 * supervisor-actions.png; no CSP violation.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { apiFor, issue, VIEWPORT } from './caller-harness';
import { mondayClock } from './kiosk-page';
import { fitsAtSizes } from './fits-at-sizes';

/** The month of the e2e hall's Monday (kiosk-page.ts: 2025-06-02 10:00). */
const MONTH = '2025-06';

const MIN = 60_000;
const clock = mondayClock();
let server: HallServer;
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];
const shot = (name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `supervisor-${name}.png`) });
const pass = () => server.app.supervision.tick();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 8_000 });

interface ScoreRow {
  key: string;
  label: string;
  score: number;
  grade: string;
  deductions: {
    rule: string;
    level?: string | number;
    points: number;
    n?: number;
    alertId?: string;
    ratingId?: string;
  }[];
}
const scoresOf = async (by: 'clerk' | 'unit', token: string): Promise<ScoreRow[]> => {
  const res = await fetch(`${server.url}/api/v1/scores?period=${MONTH}&by=${by}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { rows: ScoreRow[] }).rows;
};

beforeAll(async () => {
  server = await startHallServer({ clock, env: { HALLQ_SUPERVISION_SECONDS: '0' } });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
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

describe('绩效考评 and supervisor actions', () => {
  let clerk = { token: '', name: '', id: '' };
  let supervisorToken = '';
  let waitingNumber = '';
  let waitingId = '';

  it('a 差评 and an idle window give window 5’s clerk known deductions', async () => {
    const login = await apiFor(server).login({
      username: 'w05',
      password: server.password('w05'),
      windowId: 'w5',
    });
    clerk = { token: login.token, name: login.staff.name, id: login.staff.id };
    const api = apiFor(server, clerk.token);
    const first = await issue(server, 'YB001');
    const next = await issue(server, 'YB001');
    waitingNumber = next.number;
    waitingId = next.id;
    expect((await api.callNext('w5')).ticket.id).toBe(first.id);
    await api.start(first.id);
    await api.finish(first.id);
    const pad = server.creds.devices.find((d) => d.id === 'rater-w5')!.token;
    const rated = await fetch(`${server.url}/api/v1/ratings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pad}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId: first.id, level: 1, tags: ['服务态度差'] }),
    });
    expect(rated.status).toBe(201);
    // Window 5 calls nobody while its visitor waits: yellow at 5 minutes, red at 10.
    for (const minutes of [6, 5]) {
      clock.advance(minutes * MIN);
      pass();
    }
    supervisorToken = (
      await apiFor(server).login({
        username: 'supervisor',
        password: server.password('supervisor'),
      })
    ).token;
    const mine = (await scoresOf('clerk', supervisorToken)).find((r) => r.key === clerk.id)!;
    expect(mine.deductions.map((d) => [d.rule, d.points])).toEqual([
      ['bad-rating', -3],
      ['window-idle', -2],
    ]);
    expect([mine.score, mine.grade]).toEqual([95, 'excellent']);
  });

  it('the supervisor reads the month per clerk, opens the deductions and the alert behind one', async () => {
    await page.goto(`${server.url}/supervisor/`);
    await page.getByLabel('用户名').fill('supervisor');
    await page.getByLabel('密码').fill(server.password('supervisor'));
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: '绩效考评' }).click();
    await page.getByRole('heading', { name: '绩效考评' }).waitFor();
    const row = page.locator('tr.sc-row', { hasText: clerk.name });
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('95');
    expect(await row.locator('td').nth(2).textContent()).toBe('优秀');
    expect(await row.getAttribute('class')).toContain('sc-excellent');
    // The month by the server's clock, whatever the device's date.
    expect(await page.locator('select').inputValue()).toBe(MONTH);
    await row.getByRole('button', { name: '明细' }).click();
    const details = page.locator('.sc-details li');
    await poll(() => details.allTextContents()).toEqual([
      expect.stringMatching(/^2025年6月2日 10:0\d差评（非常不满意）-3评价 /),
      expect.stringMatching(/^2025年6月2日 10:\d\d窗口闲置（红色）-2告警 /),
    ]);
    await shot('scores');
    await details.nth(1).getByRole('link').click();
    const alert = page.getByRole('region', { name: '告警详情' });
    await alert.getByText('窗口闲置（红色）').waitFor();
    expect(await alert.textContent()).toContain('尚未结束');
    expect(page.url()).toMatch(/#scores\/alert\//);
  });

  it('per unit, 医保局’s row is the API’s; 导出 Excel saves the same rows', async () => {
    await page.getByRole('button', { name: '按部门' }).click();
    const yibao = page.locator('tr.sc-row', { hasText: '区医疗保险管理局' });
    await yibao.waitFor();
    const api = (await scoresOf('unit', supervisorToken)).find((r) => r.key === 'yibao')!;
    expect(await yibao.locator('td').nth(1).textContent()).toBe(String(api.score));
    await shot('scores-units');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`绩效考评-${MONTH}-unit.xlsx`);
    const { readFileSync } = await import('node:fs');
    // An Excel workbook (a zip), as the server wrote it.
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // The CSV holds the rows the API gives.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('部门编号,部门,得分,等级,扣分项,扣分合计,加分合计,明细');
    const apiRows = await scoresOf('unit', supervisorToken);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(
      apiRows.map((r) => `${r.key},${r.label},${r.score}`),
    );
  });

  it('from window 5’s panel the supervisor signs it out and calls its visitor to window 6', async () => {
    // Window 5's clerk calls the waiting visitor and walks away; window 6 opens.
    await apiFor(server, clerk.token).callNext('w5');
    await apiFor(server).login({
      username: 'w06',
      password: server.password('w06'),
      windowId: 'w6',
    });
    await page.getByRole('button', { name: '返回大厅' }).click();
    const w5 = page.locator('[data-window="5"]');
    await poll(() => w5.textContent()).toContain(waitingNumber);
    await w5.click();
    const actions = page.getByRole('region', { name: '监察操作' });
    await actions.getByText(`${waitingNumber} 在此窗口`).waitFor();
    await actions.getByRole('button', { name: '签退此窗口' }).click();
    await actions.getByText(/确认签退 5号窗口/).waitFor();
    await actions.getByRole('button', { name: '确认签退' }).click();
    await actions.getByText(/^5号窗口.* 已签退$/).waitFor();
    await poll(() => w5.textContent()).toContain('未登录');
    await poll(() =>
      actions.getByLabel('改派到').locator('option').first().textContent(),
    ).toContain('6号窗口');
    await actions.getByLabel('改派到').selectOption('w6');
    await actions.getByRole('button', { name: '呼叫到该窗口' }).click();
    await actions.getByText(new RegExp(`^已请 ${waitingNumber} 到 6号窗口`)).waitFor();
    await poll(() => page.locator('[data-window="6"]').textContent()).toContain(waitingNumber);
    await shot('actions');
    const audit = server.app.db
      .prepare(`SELECT action FROM audit WHERE action LIKE 'supervisor.%' ORDER BY id`)
      .all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual([
      'supervisor.signOut',
      'supervisor.transfer',
      'supervisor.call',
    ]);
    expect(server.app.hall.state.tickets[waitingId]?.windowId).toBe('w6');
  });

  it('three visitors waiting past the limit are one 等候超时 line for 医保局, listing its three alerts', async () => {
    for (let i = 0; i < 3; i++) await issue(server, 'YB001');
    clock.advance(31 * MIN);
    pass();
    const api = (await scoresOf('unit', supervisorToken)).find((r) => r.key === 'yibao')!;
    const waits = api.deductions.filter((d) => d.rule === 'long-wait');
    expect(waits).toEqual([expect.objectContaining({ level: 'yellow', n: 3, points: -1.5 })]);
    await page.getByRole('link', { name: '绩效考评' }).click();
    await page.getByRole('button', { name: '按部门' }).click();
    const yibao = page.locator('tr.sc-row', { hasText: '区医疗保险管理局' });
    await poll(() => yibao.locator('td').nth(1).textContent()).toBe(String(api.score));
    await yibao.getByRole('button', { name: '明细' }).click();
    const line = page.locator('.sc-details li', { hasText: '等候超时（黄色） ×3' });
    await poll(() => line.textContent()).toMatch(/^2025年6月2日 \d\d:\d\d 至 \d\d:\d\d等候超时/);
    await line.getByRole('button', { name: '列出这 3 条告警' }).click();
    await poll(() => line.locator('.sc-group li').count()).toBe(3);
    expect(await line.locator('.sc-group li').first().textContent()).toContain('尚未结束');
    await shot('scores-group');
    // The same page on the screens a supervisor's desk has: nothing cut off,
    // no sideways scrolling (the list scrolls down).
    await fitsAtSizes(page, [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
      { width: 1440, height: 900 },
      { width: 1920, height: 1080 },
    ]);
    await page.setViewportSize(VIEWPORT);
    await page.getByRole('button', { name: '返回大厅' }).click();
  });

  it('reads in English; no CSP violation', async () => {
    await page.getByRole('link', { name: '绩效考评' }).click();
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Performance' }).waitFor();
    await page.getByRole('button', { name: 'By unit' }).waitFor();
    expect(cspViolations).toEqual([]);
  });
});
