/**
 * The report pages (/supervisor/#reports) in Chromium against the real
 * server, on a hall given 60 days of demo history (`pnpm hallq
 * demo-history`, its figures built from the log as the server projects
 * them): the supervisor opens 统计报表 from the board; the weekday × hour
 * heat map draws from that history, its table beneath shows the weekdays'
 * arrivals (more at 10:00 than at noon); the daily trend, units and windows
 * side by side and the clerks' month each have their table, and one
 * clerk's days of the month show once chosen; 导出 Excel
 * saves the server's workbook; 含乡镇 lists the district and its 16 township
 * halls, a row each; the page reads in English too.
 * Screenshots: tests/screenshots/supervisor-reports-*.png; no CSP violation.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../apps/server/src/config';
import { demoHistory } from '../../apps/server/src/cli/demo-history';
import { startHallServer, type HallServer } from '../support/hall-server';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { VIEWPORT } from './caller-harness';

let server: HallServer;
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];
const shot = (name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `supervisor-reports-${name}.png`) });

beforeAll(async () => {
  server = await startHallServer();
  // The past is written with no server holding the data (as the CLI does), then it starts again.
  await server.stop();
  demoHistory(
    { days: '60' },
    loadConfig({ HALLQ_DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' }),
    Date.now(),
  );
  await server.start();
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('report pages', () => {
  it('the heat map of arrivals draws from the demo history, its table beneath', async () => {
    await page.goto(`${server.url}/supervisor/`);
    await page.getByLabel('用户名').fill('supervisor');
    await page.getByLabel('密码').fill(server.password('supervisor'));
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: '统计报表' }).click();
    await page.getByRole('heading', { name: '统计报表' }).waitFor();

    const heat = page.getByTestId('report-heat');
    await heat.getByTestId('heat-table').waitFor();
    // ECharts draws on canvases (layers) of the chart's size; the first holds the cells.
    const canvas = heat.getByTestId('heat-chart').locator('canvas').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    expect(box?.height).toBeGreaterThan(200);
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(10_000);
    const rows = heat.getByTestId('heat-table').locator('tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual([
      '周一',
      '周二',
      '周三',
      '周四',
      '周五',
    ]);
    const heads = await heat.getByTestId('heat-table').locator('thead th').allTextContents();
    const cell = async (day: number, hour: string) =>
      Number(
        await rows
          .nth(day)
          .locator('td')
          .nth(heads.indexOf(hour) - 1)
          .textContent(),
      );
    expect(await cell(0, '10时')).toBeGreaterThan(await cell(0, '12时'));
    await shot('heat');
  });

  it('the daily trend, units and windows side by side, the clerks’ month: each with its table', async () => {
    for (const id of ['report-trend', 'report-units', 'report-windows', 'report-clerks']) {
      const section = page.getByTestId(id);
      await section.locator('table tbody tr').first().waitFor();
      expect(await section.locator('canvas').count()).toBeGreaterThan(0);
      expect(await section.locator('tfoot').textContent()).toContain('合计');
      // 好差评: the units', windows' and clerks' tables end with 参评率, 满意率, 差评率.
      const heads = await section.locator('thead th').allTextContents();
      expect(heads.slice(-3)).toEqual(
        id === 'report-trend'
          ? ['平均办理(分)', '选号', '预警(黄/红)']
          : ['参评率', '满意率', '差评率'],
      );
      if (id !== 'report-trend')
        expect(await section.locator('tfoot td').last().textContent()).toMatch(/^(\d+(\.\d)?%|—)$/);
    }
    const units = page.getByTestId('report-units');
    const windows = page.getByTestId('report-windows');
    const [u, w] = [await units.boundingBox(), await windows.boundingBox()];
    // Side by side: the same top, windows to the right.
    expect(Math.abs((u?.y ?? 0) - (w?.y ?? 1))).toBeLessThan(2);
    expect(w!.x).toBeGreaterThan(u!.x + u!.width / 2);
    await page.getByTestId('report-trend').scrollIntoViewIfNeeded();
    await shot('trend');
    await units.scrollIntoViewIfNeeded();
    await shot('units-windows');
    // One clerk's days of a month: chosen from the month's clerks. The page
    // opens on yesterday's month in the hall's time zone, which holds a
    // single day on the 2nd; the month of 20 days ago lies inside the 60
    // days of history whatever the date.
    const month = new Date(Date.now() + 8 * 3_600_000 - 20 * 86_400_000).toISOString().slice(0, 7);
    const monthSelect = page.getByRole('combobox', { name: '月份', exact: true });
    if ((await monthSelect.inputValue()) !== month) {
      const loaded = page.waitForResponse(
        (r) => r.url().includes('by=clerk') && r.url().includes(`from=${month}-01`),
      );
      await monthSelect.selectOption(month);
      await loaded;
    }
    const clerks = page.getByTestId('report-clerks');
    const first = (await clerks.locator('tbody tr th').first().textContent()) ?? '';
    await page
      .getByRole('combobox', { name: '工作人员', exact: true })
      .selectOption({ label: first });
    const days = page.getByTestId('report-clerk-days');
    await days.getByRole('heading', { name: `${first} 的每日办件` }).waitFor();
    await days.locator('tbody tr').first().waitFor();
    await expect.poll(() => days.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await days.locator('canvas').count()).toBeGreaterThan(0);
    await clerks.scrollIntoViewIfNeeded();
    await shot('clerks');
    await days.scrollIntoViewIfNeeded();
    await shot('clerk-days');
  });

  it('导出 Excel saves the server’s workbook of the same query', async () => {
    const heat = page.getByTestId('report-heat');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      heat.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^统计报表-weekdayHour-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
  });

  it('含乡镇: the district merges its 16 township halls and lists each site', async () => {
    const heatTotal = async () =>
      (await page.getByTestId('report-trend').locator('tfoot').textContent()) ?? '';
    const before = await heatTotal();
    await page.getByLabel('含乡镇').check();
    const sites = page.getByTestId('report-sites');
    await sites.getByTestId('sites-table').locator('tbody tr').first().waitFor();
    const names = await sites.locator('tbody tr th').allTextContents();
    expect(names).toHaveLength(17);
    expect(names.slice(1).every((n) => n.endsWith('便民服务中心'))).toBe(true);
    expect(await sites.locator('tfoot').textContent()).toContain('合计');
    // The history is the district's: merged, the trend's totals are the same.
    await page.getByTestId('report-trend').locator('tfoot').waitFor();
    expect(await heatTotal()).toBe(before);
    await sites.scrollIntoViewIfNeeded();
    await shot('sites');
    await page.getByLabel('含乡镇').uncheck();
    await sites.waitFor({ state: 'detached' });
  });

  it('reads in English; no CSP violation', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Arrivals by weekday × hour' }).waitFor();
    expect(await page.getByTestId('heat-table').locator('tbody tr th').first().textContent()).toBe(
      'Mon',
    );
    await page.getByTestId('report-heat').scrollIntoViewIfNeeded();
    await shot('en');
    expect(cspViolations).toEqual([]);
  });
});
