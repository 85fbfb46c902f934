/**
 * GET /reports on the real server with a scripted day, on the manual clock:
 * five tickets with known outcomes (served, 过号, a 选号 call then a
 * transfer, a cancel). The counts per unit, window, clerk and item are the
 * script's exactly; waits within one one-minute bucket. The CSV and the
 * workbook hold the JSON rows. Bad input is refused with a code.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { minutes, reportHeaders, REPORT_COLUMNS, REPORT_SHEET } from './report-export';

const MIN = 60_000;
const DAY = '2026-11-23';

let h: TestHall;
let supervisor: string;
let staffW05: string;
let staffW01: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startTestHall();
  supervisor = await h.login('supervisor');
  const post = (token: string, url: string, body: unknown = {}) =>
    h.request({ method: 'POST', url: `/api/v1${url}`, token, body });
  const ok = async (p: ReturnType<typeof post>) => {
    const r = await p;
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };
  // 10:00 five visitors: four for 医保, one for 社保.
  for (const name of ['y1', 'y2', 'y3', 'y4'])
    ids[name] = (await h.issue(h.itemOf('yibao'))).body.ticket.id;
  ids.s1 = (await h.issue(h.itemOf('shebao'))).body.ticket.id;
  const w5 = await h.login('w05', 'w5');
  const w1 = await h.login('w01', 'w1');
  const me = async (t: string) =>
    (await h.request({ method: 'GET', url: '/api/v1/auth/me', token: t })).body.staff.id as string;
  staffW05 = await me(w5);
  staffW01 = await me(w1);
  // 10:05 y1 called at 5, served in 7 minutes.
  h.clock.advance(5 * MIN);
  expect((await ok(post(w5, '/windows/w5/call-next'))).ticket.id).toBe(ids.y1);
  await ok(post(w5, `/tickets/${ids.y1}/start`));
  h.clock.advance(7 * MIN);
  await ok(post(w5, `/tickets/${ids.y1}/finish`));
  // 10:12 y2 called, 过号.
  expect((await ok(post(w5, '/windows/w5/call-next'))).ticket.id).toBe(ids.y2);
  await ok(post(w5, `/tickets/${ids.y2}/no-show`));
  // 10:13 y4 called out of order (选号), transferred to 社保 at the front.
  h.clock.advance(1 * MIN);
  await ok(post(w5, '/windows/w5/call', { ticketId: ids.y4, reason: '预约优先' }));
  await ok(
    post(w5, `/tickets/${ids.y4}/transfer`, {
      toUnitId: 'shebao',
      toItemId: h.itemOf('shebao'),
      position: 'front',
    }),
  );
  // 10:14 y4 at w1 (3 minutes), then 10:17 s1 (20 minutes).
  h.clock.advance(1 * MIN);
  expect((await ok(post(w1, '/windows/w1/call-next'))).ticket.id).toBe(ids.y4);
  await ok(post(w1, `/tickets/${ids.y4}/start`));
  h.clock.advance(3 * MIN);
  await ok(post(w1, `/tickets/${ids.y4}/finish`));
  expect((await ok(post(w1, '/windows/w1/call-next'))).ticket.id).toBe(ids.s1);
  await ok(post(w1, `/tickets/${ids.s1}/start`));
  h.clock.advance(20 * MIN);
  await ok(post(w1, `/tickets/${ids.s1}/finish`));
  // y3 gave up: the supervisor cancels it.
  await ok(post(supervisor, `/tickets/${ids.y3}/cancel`, { reason: '群众离开' }));
});
afterAll(() => h.close());

const get = (query: string, token = supervisor) =>
  h.request({ method: 'GET', url: `/api/v1/reports?${query}`, token });
const report = async (by: string) => {
  const r = await get(`from=${DAY}&to=${DAY}&by=${by}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { rows: Record<string, number | string>[]; totals: Record<string, number> };
};
const counts = (r: Record<string, unknown>) => ({
  issued: r.issued,
  served: r.served,
  noShow: r.noShow,
  transferredOut: r.transferredOut,
  cancelled: r.cancelled,
  outOfOrderCalls: r.outOfOrderCalls,
});
const zero = {
  issued: 0,
  served: 0,
  noShow: 0,
  transferredOut: 0,
  cancelled: 0,
  outOfOrderCalls: 0,
};
/** Waits of the calls: mean exact, p90 and max within one bucket. */
const waitsOf = (row: Record<string, unknown>, waits: number[]) => {
  const sorted = [...waits].sort((a, b) => a - b);
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  expect(row.avgWaitMs).toBe(Math.round((waits.reduce((a, b) => a + b, 0) * MIN) / waits.length));
  expect(Math.abs((row.p90WaitMs as number) - p90 * MIN)).toBeLessThanOrEqual(MIN);
  expect(Math.abs((row.maxWaitMs as number) - sorted[sorted.length - 1]! * MIN)).toBeLessThan(MIN);
};

describe('GET /reports: a scripted day', () => {
  it('per unit, the counts and waits of the script', async () => {
    const { rows, totals } = await report('unit');
    const yibao = rows.find((r) => r.key === 'yibao')!;
    const shebao = rows.find((r) => r.key === 'shebao')!;
    expect(rows).toHaveLength(2);
    expect(yibao.label).toBe(h.app.hall.catalog.units.yibao?.name);
    expect(counts(yibao)).toEqual({
      ...zero,
      issued: 4,
      served: 1,
      noShow: 1,
      transferredOut: 1,
      cancelled: 1,
      outOfOrderCalls: 1,
    });
    expect(counts(shebao)).toEqual({ ...zero, issued: 1, served: 2 });
    waitsOf(yibao, [5, 12, 13]);
    waitsOf(shebao, [14, 17]);
    expect(counts(totals)).toEqual({
      issued: 5,
      served: 3,
      noShow: 1,
      transferredOut: 1,
      cancelled: 1,
      outOfOrderCalls: 1,
    });
    waitsOf(totals, [5, 12, 13, 14, 17]);
    // Service: y1 7 min, y4 3 min, s1 20 min.
    expect(totals.avgServiceMs).toBe(10 * MIN);
    expect(Math.abs(totals.p90ServiceMs! - 20 * MIN)).toBeLessThanOrEqual(MIN);
  });

  it('per window and per clerk', async () => {
    for (const [by, five, one] of [
      ['window', 'w5', 'w1'],
      ['clerk', staffW05, staffW01],
    ] as const) {
      const { rows } = await report(by);
      expect(rows.map((r) => r.key).sort()).toEqual([five, one].sort());
      const a = rows.find((r) => r.key === five)!;
      const b = rows.find((r) => r.key === one)!;
      expect(counts(a)).toEqual({
        ...zero,
        served: 1,
        noShow: 1,
        transferredOut: 1,
        outOfOrderCalls: 1,
      });
      expect(counts(b)).toEqual({ ...zero, served: 2 });
      waitsOf(a, [5, 12, 13]);
      waitsOf(b, [14, 17]);
    }
    expect((await report('window')).rows.map((r) => r.label)).toEqual(['1号窗口', '5号窗口']);
  });

  it('per item, per day and per hour', async () => {
    const items = (await report('item')).rows;
    const y = items.find((r) => r.key === h.itemOf('yibao'))!;
    const s = items.find((r) => r.key === h.itemOf('shebao'))!;
    expect(counts(y)).toEqual({
      ...zero,
      issued: 4,
      served: 1,
      noShow: 1,
      transferredOut: 1,
      cancelled: 1,
      outOfOrderCalls: 1,
    });
    expect(counts(s)).toEqual({ ...zero, issued: 1, served: 2 });
    const { rows: days, totals } = await report('day');
    expect(days).toEqual([{ ...totals, key: DAY, label: DAY }]);
    // Everything happened between 10:00 and 10:40, a Monday.
    expect((await report('hour')).rows.map((r) => [r.key, r.label, r.issued])).toEqual([
      ['10', '10时', 5],
    ]);
    expect((await report('weekdayHour')).rows.map((r) => [r.key, r.label])).toEqual([
      ['1-10', '周一 10时'],
    ]);
    // One clerk's days: w05's day is the window's.
    const mine = (await get(`from=${DAY}&to=${DAY}&by=day&staffId=${staffW05}`)).body;
    expect(mine.rows.map((r: Record<string, unknown>) => [r.key, counts(r)])).toEqual([
      [DAY, { ...zero, served: 1, noShow: 1, transferredOut: 1, outOfOrderCalls: 1 }],
    ]);
    expect(counts(mine.totals)).toEqual(counts(mine.rows[0]));
    const w1 = (await get(`from=${DAY}&to=${DAY}&by=day&windowId=w1`)).body;
    expect(counts(w1.rows[0])).toEqual({ ...zero, served: 2 });
  });

  it('the CSV and the workbook hold the JSON rows, with Chinese headers', async () => {
    const { rows, totals } = await report('unit');
    const expected = [...rows, totals].map((r) => [
      r.key,
      r.label,
      ...REPORT_COLUMNS.map(([, value]) => value(r as never)),
    ]);
    const file = (format: string) =>
      h.app.inject({
        method: 'GET',
        url: `/api/v1/reports?from=${DAY}&to=${DAY}&by=unit&format=${format}`,
        headers: { authorization: `Bearer ${supervisor}` },
      });
    const csv = await file('csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(reportHeaders('unit').join(','));
    expect(lines[0]).toContain('平均等候(分钟)');
    expect(lines.slice(1)).toEqual(expected.map((r) => r.join(',')));

    const xlsx = await file('xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(REPORT_SHEET)!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(reportHeaders('unit'));
    expected.forEach((r, i) => expect(values(i + 2)).toEqual(r));
    expect(minutes(totals.avgWaitMs!)).toBe(12.2);
  });

  it('a closed month gives the same figures, added up once and kept', async () => {
    const month = (q: string) => get(`from=2026-11-01&to=2026-11-30&by=${q}`);
    const open = (await month('unit')).body;
    const items = (await month('item')).body;
    // December: November is closed, kept once read, and merged with December's days.
    h.clock.set(Date.UTC(2026, 11, 2, 2, 0));
    supervisor = await h.login('supervisor');
    for (let i = 0; i < 2; i++) {
      expect((await month('unit')).body).toEqual(open);
      expect((await month('item')).body).toEqual(items);
    }
    const across = (await get('from=2026-10-15&to=2026-12-02&by=unit')).body;
    expect(across.rows).toEqual(open.rows);
    h.clock.set(Date.UTC(2026, 10, 23, 2, 40));
    supervisor = await h.login('supervisor');
  });

  it('bad input is refused with a code', async () => {
    const code = async (query: string, token?: string) => {
      const r = await get(query, token);
      return [r.status, r.body.error?.code];
    };
    expect(await code(`from=2026-11-24&to=${DAY}`)).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect(await code('by=week')).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect(await code('by=unit&staffId=staff-w05')).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect(await code('staffId=staff-w05&windowId=w5')).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect(await code('from=23-11-2026')).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect(await code('from=2020-01-01&to=2026-01-01')).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect(await code('siteId=nowhere')).toEqual([404, 'HALLQ_E_SITE_NOT_FOUND']);
    expect(await code('', await h.login('w05'))).toEqual([403, 'HALLQ_E_FORBIDDEN']);
    // A township's supervisor sees their own hall, not the district's.
    const admin = await h.login('admin');
    const township = Object.values(h.app.hall.catalog.sites).find((s) => s.level !== 'district')!;
    const made = await h.request({
      method: 'POST',
      url: '/api/v1/staff',
      token: admin,
      body: {
        username: 'town-sup',
        password: 'Tw0-supervises-well',
        name: '乡镇监察员',
        role: 'supervisor',
        siteId: township.id,
        windowIds: [],
      },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const login = await h.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'town-sup', password: 'Tw0-supervises-well' },
      remoteAddress: '10.9.9.9',
    });
    const town = login.body.token as string;
    expect(await code('siteId=district', town)).toEqual([403, 'HALLQ_E_FORBIDDEN']);
    expect((await get(`from=${DAY}&to=${DAY}`, town)).body).toMatchObject({
      siteId: township.id,
      rows: [],
    });
    expect((await get('')).body).toMatchObject({ siteId: 'district', from: '2026-10-25', to: DAY });
  });
});

describe('GET /reports: alerts', () => {
  it('the alerts of the unit and the day, yellow while yellow and red once red', async () => {
    h.clock.set(Date.UTC(2026, 10, 23, 3, 0));
    supervisor = await h.login('supervisor');
    const unitRow = async () =>
      (await report('unit')).rows.find((r) => r.key === 'yibao') as Record<string, number>;
    /** The unit's alerts as GET /alerts has them, by level. */
    const levels = async () => {
      const all = (
        await h.request({ method: 'GET', url: '/api/v1/alerts?status=all', token: supervisor })
      ).body.alerts as { unitId?: string; level: string }[];
      const mine = all.filter((a) => a.unitId === 'yibao');
      return {
        alertsYellow: mine.filter((a) => a.level === 'yellow').length,
        alertsRed: mine.filter((a) => a.level === 'red').length,
      };
    };
    // A 医保 visitor waits past the hall's 30-minute limit (S1): yellow, then red at twice it.
    await h.issue(h.itemOf('yibao'));
    h.clock.advance(31 * MIN);
    h.app.supervision.tick();
    const yellow = await levels();
    expect(yellow.alertsYellow).toBeGreaterThanOrEqual(1);
    expect(await unitRow()).toMatchObject(yellow);
    h.clock.advance(30 * MIN);
    h.app.supervision.tick();
    const red = await levels();
    expect(red.alertsRed).toBeGreaterThanOrEqual(1);
    expect(await unitRow()).toMatchObject(red);
    const day = (await report('day')).rows[0] as Record<string, number>;
    expect(day.alertsRed).toBeGreaterThanOrEqual(red.alertsRed);
    // A restart rebuilds nothing: the counts are in the rows.
    await h.restart();
    expect(await unitRow()).toMatchObject(red);
  });
});
