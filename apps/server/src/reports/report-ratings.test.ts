/**
 * 好差评 in GET /reports, on the real server with a scripted day on the
 * manual clock: six tickets finished at two windows, rated on the pads
 * (非常满意, 非常不满意 whose case closes on time, 基本满意; 不满意 whose
 * 整改 comes late, one not rated, 非常不满意 voided on appeal). The report's
 * 参评率, 满意率, 差评率 and 差评整改率 per window, clerk and unit are the
 * script's exactly and those of GET /ratings/figures for the same period;
 * the workbook holds the JSON. The ratings are read by index.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { rate } from '../../test/rating-hall';
import { reportHeaders, REPORT_COLUMNS, REPORT_SHEET } from './report-export';
import { reportCasesSql, reportRatingsSql } from './report-ratings';

const DAY = '2026-11-23';
const DAY_MS = 86_400_000;

let h: TestHall;
let supervisor: string;
const staff: Record<string, string> = {};

beforeAll(async () => {
  h = await startTestHall();
  supervisor = await h.login('supervisor');
  const admin = await h.login('admin');
  const post = async (token: string, url: string, body: unknown = {}, status = 200) => {
    const r = await h.request({ method: 'POST', url: `/api/v1${url}`, token, body });
    expect(r.status, `${url} ${JSON.stringify(r.body)}`).toBe(status);
    return r.body;
  };
  const pad = async (windowId: string) =>
    (await post(admin, '/devices', { kind: 'rater', name: `${windowId} 评价器`, windowId }, 201))
      .token as string;
  const pads = { w5: await pad('w5'), w1: await pad('w1') };
  const clerks = { w5: await h.login('w05', 'w5'), w1: await h.login('w01', 'w1') };
  for (const w of ['w5', 'w1'] as const)
    staff[w] = (
      await h.request({ method: 'GET', url: '/api/v1/auth/me', token: clerks[w] })
    ).body.staff.id;
  for (let i = 0; i < 3; i++) {
    await h.issue(h.itemOf('yibao'));
    await h.issue(h.itemOf('shebao'));
  }
  /** The window serves its next ticket; the visitor rates it (or not) on the pad. */
  const serve = async (w: 'w5' | 'w1', level?: number) => {
    const id = (await post(clerks[w], `/windows/${w}/call-next`)).ticket.id as string;
    await post(clerks[w], `/tickets/${id}/start`);
    h.clock.advance(60_000);
    await post(clerks[w], `/tickets/${id}/finish`);
    if (level !== undefined) {
      const tags = level <= 2 ? ['服务态度差'] : undefined;
      const r = await rate(h, pads[w], { ticketId: id, level, ...(tags ? { tags } : {}) });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    return id;
  };
  const step = (ticketId: string, kind: string, outcome?: string) =>
    post(supervisor, `/rating-cases/case-${ticketId}/steps`, {
      kind,
      note: '已处理',
      ...(outcome ? { outcome } : {}),
    });
  // w5 (医保, w05): 非常满意, 非常不满意 (its case closed on time), 基本满意.
  await serve('w5', 5);
  const bad = await serve('w5', 1);
  await serve('w5', 3);
  // w1 (社保, w01): 不满意 (rectified late), not rated, 非常不满意 voided on appeal.
  const late = await serve('w1', 2);
  await serve('w1');
  const voided = await serve('w1', 1);
  for (const [kind, outcome] of [['followUp'], ['rectify'], ['review', 'pass']] as const)
    await step(bad, kind, outcome);
  await step(voided, 'appeal');
  await step(voided, 'appealDecision', 'void');
  await step(late, 'followUp');
  h.clock.advance(12 * DAY_MS);
  supervisor = await h.login('supervisor');
  await step(late, 'rectify');
  await step(late, 'review', 'pass');
});
afterAll(() => h.close());

type Row = Record<string, number | string | null>;
const report = async (by: string, to = DAY) => {
  const r = await h.request({
    method: 'GET',
    url: `/api/v1/reports?from=${DAY}&to=${to}&by=${by}`,
    token: supervisor,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { rows: Row[]; totals: Row };
};
const rating = (r: Row) => ({
  served: r.served,
  rated: r.rated,
  ratedShare: r.ratedShare,
  satisfiedShare: r.satisfiedShare,
  badCount: r.badCount,
  badShare: r.badShare,
  casesOpened: r.casesOpened,
  casesClosedOnTime: r.casesClosedOnTime,
  rectifiedOnTimeShare: r.rectifiedOnTimeShare,
});
const W5 = {
  served: 3,
  rated: 3,
  ratedShare: 1,
  satisfiedShare: 2 / 3,
  badCount: 1,
  badShare: 1 / 3,
  casesOpened: 1,
  casesClosedOnTime: 1,
  rectifiedOnTimeShare: 1,
};
const W1 = {
  served: 3,
  rated: 1,
  ratedShare: 1 / 3,
  satisfiedShare: 0,
  badCount: 1,
  badShare: 1,
  casesOpened: 1,
  casesClosedOnTime: 0,
  rectifiedOnTimeShare: 0,
};
const TOTAL = {
  served: 6,
  rated: 4,
  ratedShare: 4 / 6,
  satisfiedShare: 0.5,
  badCount: 2,
  badShare: 0.5,
  casesOpened: 2,
  casesClosedOnTime: 1,
  rectifiedOnTimeShare: 0.5,
};

describe('GET /reports: 好差评 of a scripted day', () => {
  it('per window, clerk, unit, item, site, day and hour, the script’s figures; equal to GET /ratings/figures', async () => {
    const keys = {
      window: ['w5', 'w1'],
      clerk: [staff.w5, staff.w1],
      unit: ['yibao', 'shebao'],
    } as const;
    const figuresBy = { window: 'window', clerk: 'staff', unit: 'unit' } as const;
    const from = Date.parse(`${DAY}T00:00:00+08:00`);
    for (const by of ['window', 'clerk', 'unit'] as const) {
      const { rows, totals } = await report(by);
      const [five, one] = keys[by];
      const row = (key: string | undefined) => rating(rows.find((r) => r.key === key)!);
      expect(row(five)).toEqual(W5);
      expect(row(one)).toEqual(W1);
      expect(rating(totals)).toEqual(TOTAL);
      // The same period in GET /ratings/figures: the same figures.
      const f = await h.request({
        method: 'GET',
        url: `/api/v1/ratings/figures?by=${figuresBy[by]}&from=${from}&to=${from + DAY_MS}`,
        token: supervisor,
      });
      expect(f.status).toBe(200);
      for (const r of rows) {
        const g = f.body.figures.find((x: { key: string }) => x.key === r.key);
        expect(rating(r), `${by} ${r.key}`).toEqual({
          served: g.finished,
          rated: g.rated,
          ratedShare: g.ratedRate,
          satisfiedShare: g.satisfactionRate,
          badCount: g.bad,
          badShare: g.badRate,
          casesOpened: g.casesOpened,
          casesClosedOnTime: g.casesClosedOnTime,
          rectifiedOnTimeShare: g.rectificationRate,
        });
      }
    }
    const days = await report('day');
    expect(days.rows.map((r) => [r.key, rating(r)])).toEqual([[DAY, TOTAL]]);
    const items = (await report('item')).rows;
    expect(rating(items.find((r) => r.key === h.itemOf('yibao'))!)).toEqual(W5);
    expect(rating(items.find((r) => r.key === h.itemOf('shebao'))!)).toEqual(W1);
    expect((await report('site')).rows.map((r) => [r.key, rating(r)])).toEqual([
      ['district', TOTAL],
    ]);
    // By hour: everything was finished between 10:00 and 11:00.
    expect((await report('hour')).rows.map((r) => [r.key, rating(r)])).toEqual([['10', TOTAL]]);
    // One clerk's days: w01's.
    const mine = await h.request({
      method: 'GET',
      url: `/api/v1/reports?from=${DAY}&to=${DAY}&by=day&staffId=${staff.w1}`,
      token: supervisor,
    });
    expect(rating(mine.body.rows[0])).toEqual(W1);
  });

  it('a period with nothing finished has no shares (null, not 0)', async () => {
    const r = await h.request({
      method: 'GET',
      url: `/api/v1/reports?from=2026-11-30&to=2026-12-01&by=window`,
      token: supervisor,
    });
    expect(r.body.rows).toEqual([]);
    expect(rating(r.body.totals)).toEqual({
      served: 0,
      rated: 0,
      ratedShare: null,
      satisfiedShare: null,
      badCount: 0,
      badShare: null,
      casesOpened: 0,
      casesClosedOnTime: 0,
      rectifiedOnTimeShare: null,
    });
  });

  it('the workbook and the CSV hold the JSON rows, with 参评率, 满意率, 差评率 and 差评整改率', async () => {
    const { rows, totals } = await report('window');
    const expected = [...rows, totals].map((r) => [
      r.key,
      r.label,
      ...REPORT_COLUMNS.map(([, value]) => value(r as never)),
    ]);
    const file = (format: string) =>
      h.app.inject({
        method: 'GET',
        url: `/api/v1/reports?from=${DAY}&to=${DAY}&by=window&format=${format}`,
        headers: { authorization: `Bearer ${supervisor}` },
      });
    const headers = reportHeaders('window');
    for (const name of ['参评率(%)', '满意率(%)', '差评率(%)', '差评整改率(%)'])
      expect(headers).toContain(name);
    const xlsx = await file('xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(REPORT_SHEET)!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(headers);
    expected.forEach((r, i) => expect(values(i + 2)).toEqual(r));
    const total = values(expected.length + 1);
    const at = (name: string) => total[headers.indexOf(name)];
    expect([at('参评率(%)'), at('满意率(%)'), at('差评率(%)'), at('差评整改率(%)')]).toEqual([
      66.7, 50, 50, 50,
    ]);
    const csv = await file('csv');
    const lines = csv.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(headers.join(','));
    expect(lines.slice(1)).toEqual(expected.map((r) => r.join(',')));
  });

  it('reads the ratings by the (site, 办结 time) index and each case by its keys (EXPLAIN QUERY PLAN)', () => {
    for (const [g, subject] of [
      ['r.unit_id', undefined],
      ['r.finished_at / 900000', "COALESCE(r.staff_id, '')"],
    ] as const) {
      const params = subject ? ['district', 0, Date.now(), 'x'] : ['district', 0, Date.now()];
      for (const [sql, index] of [
        [reportRatingsSql(g, subject), /ratings_by_finished/],
        [reportCasesSql(g, subject), /rating_cases_by_site/],
      ] as const) {
        const plan = (
          h.app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
        )
          .map((r) => r.detail)
          .join('\n');
        expect(plan).not.toMatch(/\bSCAN (ratings|rating_cases|rating_case_steps|tickets|r|c|s)\b/);
        expect(plan).toMatch(index);
        expect(plan).not.toMatch(/tickets|events/);
      }
    }
  });
});
