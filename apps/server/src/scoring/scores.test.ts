/**
 * 绩效考评 on the real server (core P1–P7): a clerk's real alerts and 差评
 * give known scores and grades per clerk and per unit; a late 回访 counts
 * once it is late; the scheme is a logged, audited site setting; the CSV
 * and XLSX rows are the JSON rows; bad input is a coded refusal; the reads
 * go by index.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { stateDigest } from '../../test/db-digest';
import { finishedHall, rate } from '../../test/rating-hall';
import type { TestHall } from '../../test/test-hall';
import { SQL } from './score-facts';

const MIN = 60_000;
const DAY = 86_400_000;
/** Every rule off but S1 (long wait) and S3 (window idle), so the alerts are known. */
const ONLY_WAIT_AND_IDLE = {
  waitLimitMinutes: 30,
  serviceOverrunFactor: 0,
  idleMinutes: 5,
  pauseLimitMinutes: 0,
  signedOutMinutes: 0,
  backlogWaiting: 0,
  backlogWaitMinutes: 0,
  deviceUnseenMinutes: 0,
  outOfOrderPerDay: 0,
  transfersPerDay: 0,
};

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

/**
 * w05 finished a ticket at w5 at 10:00 and got 非常不满意; another 医保
 * ticket waits at w5 for an hour with nobody called: w5 idles red (S3, w05
 * and 医保), the ticket waits red (S1, 医保 only).
 */
async function scoredHall() {
  const f = await finishedHall();
  const h = f.h;
  hall = h;
  const patch = await h.request({
    method: 'PATCH',
    url: '/api/v1/sites/district',
    token: f.admin,
    body: { supervision: ONLY_WAIT_AND_IDLE },
  });
  expect(patch.status).toBe(200);
  expect(
    (await rate(h, f.pad5, { ticketId: f.ticket.id, level: 1, tags: ['服务态度差'] })).status,
  ).toBe(201);
  // Passes as the minutes go by: each alert opens yellow, then turns red.
  for (const minutes of [6, 5, 20, 31]) {
    h.clock.advance(minutes * MIN);
    h.app.supervision.tick();
  }
  const supervisor = await h.login('supervisor');
  const scores = (query: string, token = supervisor) =>
    h.request({ method: 'GET', url: `/api/v1/scores?${query}`, token });
  const alerts = (
    await h.request({ method: 'GET', url: '/api/v1/alerts?status=all', token: supervisor })
  ).body.alerts as { id: string; rule: string; level: string; staffId?: string }[];
  const staffId = h.app.accounts.staffByUsername('w05')!.id;
  return { ...f, supervisor, scores, alerts, staffId };
}

describe('GET /scores', () => {
  it('known alerts and 差评 give exact scores and grades, per clerk and per unit', async () => {
    const { h, scores, alerts, staffId, ticket } = await scoredHall();
    // The 差评 opens its own red alert (S12), worth nothing: the 差评 counts once (P4).
    expect(alerts.map((a) => [a.rule, a.level]).sort()).toEqual([
      ['long-wait', 'red'],
      ['rating', 'red'],
      ['window-idle', 'red'],
    ]);
    const idle = alerts.find((a) => a.rule === 'window-idle')!;
    const wait = alerts.find((a) => a.rule === 'long-wait')!;
    expect(idle.staffId).toBe(staffId);
    const ratingId = (
      h.app.db.prepare(`SELECT id FROM ratings WHERE ticket_id = ?`).get(ticket.id) as {
        id: string;
      }
    ).id;

    const clerks = await scores('period=2026-11&by=clerk');
    expect(clerks.status, JSON.stringify(clerks.body)).toBe(200);
    expect(clerks.body).toMatchObject({
      siteId: 'district',
      period: '2026-11',
      by: 'clerk',
      from: Date.parse('2026-10-31T16:00:00Z'),
      to: Date.parse('2026-11-30T16:00:00Z'),
      baseScore: 100,
      grades: { excellent: 95, good: 85, pass: 70 },
    });
    const w05 = clerks.body.rows.find((r: { key: string }) => r.key === staffId);
    expect(w05).toMatchObject({ score: 95, grade: 'excellent' });
    expect(w05.label).toContain('（');
    expect(w05.deductions).toEqual([
      expect.objectContaining({ rule: 'bad-rating', level: 1, points: -3, ratingId }),
      expect.objectContaining({ rule: 'window-idle', level: 'red', points: -2, alertId: idle.id }),
    ]);
    // Every other clerk of the site is listed, untouched.
    const others = clerks.body.rows.filter((r: { key: string }) => r.key !== staffId);
    expect(others.length).toBeGreaterThan(10);
    for (const r of others)
      expect(r).toMatchObject({ score: 100, grade: 'excellent', deductions: [] });

    const units = (await scores('period=2026-11&by=unit')).body.rows;
    const yibao = units.find((r: { key: string }) => r.key === 'yibao');
    expect(yibao).toMatchObject({
      label: '区医疗保险管理局',
      score: 94,
      grade: 'good',
    });
    expect(
      yibao.deductions.map((d: { rule: string; points: number }) => [d.rule, d.points]),
    ).toEqual([
      ['bad-rating', -3],
      ['window-idle', -2],
      ['long-wait', -1],
    ]);
    expect(yibao.deductions[2].alertId).toBe(wait.id);
    expect(units.find((r: { key: string }) => r.key === 'shebao')).toMatchObject({ score: 100 });

    // The quarter holds the month; October holds nothing.
    const q4 = (await scores('period=2026-Q4&by=unit')).body.rows;
    expect(q4.find((r: { key: string }) => r.key === 'yibao').score).toBe(94);
    const oct = (await scores('period=2026-10&by=clerk')).body.rows;
    expect(oct.find((r: { key: string }) => r.key === staffId)).toMatchObject({ score: 100 });

    // Two days on, the 差评's 回访 (due Tuesday) is late: one more point off.
    h.clock.advance(2 * DAY);
    const fresh = await h.login('supervisor');
    const later = (await scores('period=2026-11&by=clerk', fresh)).body.rows;
    const after = later.find((r: { key: string }) => r.key === staffId);
    expect(after).toMatchObject({ score: 94, grade: 'good' });
    expect(after.deductions.at(-1)).toMatchObject({
      rule: 'late-follow-up',
      points: -1,
      caseId: `case-${ticket.id}`,
      ratingId,
    });
  });

  it('the scheme is a site setting: validated, logged, audited, and scores follow it', async () => {
    const { h, admin, scores, staffId } = await scoredHall();
    const patch = (scoring: unknown) =>
      h.request({
        method: 'PATCH',
        url: '/api/v1/sites/district',
        token: admin,
        body: { scoring },
      });
    const before = stateDigest(h.app.db);
    for (const scoring of [
      { grades: { good: 96 } },
      { grades: { pass: 90 } },
      { baseScore: 80 },
      { alertPoints: { 'window-idle': { yellow: 1 } } },
      { alertPoints: { 'no-such-rule': { yellow: 1, red: 2 } } },
      { dissatisfiedPoints: -1 },
      { bonusSatisfactionRate: 2 },
      { luckyPoints: 3 },
      {},
    ]) {
      const res = await patch(scoring);
      expect([res.status, res.body.error?.code], JSON.stringify(scoring)).toEqual([
        400,
        'HALLQ_E_VALIDATION',
      ]);
    }
    expect(stateDigest(h.app.db)).toBe(before);

    expect((await patch({ alertPoints: { 'window-idle': { yellow: 1, red: 5 } } })).status).toBe(
      200,
    );
    expect((await patch({ grades: { excellent: 98, good: 92 } })).status).toBe(200);
    const site = h.app.hall.catalog.sites.district!;
    expect(site.scoring).toEqual({
      alertPoints: { 'window-idle': { yellow: 1, red: 5 } },
      grades: { excellent: 98, good: 92 },
    });
    const audit = await h.request({
      method: 'GET',
      url: '/api/v1/audit?target=site:district',
      token: admin,
    });
    expect(audit.body.entries.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit.body.entries[0].after)).toContain('"excellent":98');

    const res = await scores('period=2026-11&by=clerk');
    expect(res.body.grades).toEqual({ excellent: 98, good: 92, pass: 70 });
    const w05 = res.body.rows.find((r: { key: string }) => r.key === staffId);
    // 100 − 5 (idle, red) − 3 (非常不满意) = 92: 良好 under the new cut-offs.
    expect(w05).toMatchObject({ score: 92, grade: 'good' });

    // The setting is in the log: a restart keeps it.
    await h.restart();
    const again = await h.request({
      method: 'GET',
      url: '/api/v1/scores?period=2026-11',
      token: await h.login('supervisor'),
    });
    expect(again.body.rows.find((r: { key: string }) => r.key === staffId).score).toBe(92);
  });

  it('CSV and XLSX give the JSON rows, with Chinese headers', async () => {
    const { scores } = await scoredHall();
    const json = (await scores('period=2026-11&by=unit')).body.rows as {
      key: string;
      label: string;
      score: number;
      deductions: { points: number; n?: number }[];
    }[];
    const expected = json.map((r) => [
      r.key,
      r.label,
      r.score,
      r.deductions.filter((d) => d.points < 0).reduce((n, d) => n + (d.n ?? 1), 0),
    ]);

    const csv = await scores('period=2026-11&by=unit&format=csv');
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    expect(String(csv.headers['content-disposition'])).toContain(
      'scores-district-2026-11-unit.csv',
    );

    const xlsx = await hall!.app.inject({
      method: 'GET',
      url: '/api/v1/scores?period=2026-11&by=unit&format=xlsx',
      headers: { authorization: `Bearer ${await hall!.login('supervisor')}` },
    });
    expect(xlsx.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('绩效考评')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      '部门编号',
      '部门',
      '得分',
      '等级',
      '扣分项',
      '扣分合计',
      '加分合计',
      '明细',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4]])).toEqual(expected);
    const yibao = rows.find((r) => r[0] === 'yibao')!;
    expect(yibao.slice(2, 7)).toEqual([94, '良好', 3, -6, 0]);
    expect(String(yibao[7])).toContain('窗口闲置（红色） -2');

    // The CSV holds the same cells (numbers as text).
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.length).toBe(rows.length);
    expect(lines[0]).toBe('部门编号,部门,得分,等级,扣分项,扣分合计,加分合计,明细');
    expect(lines.find((l) => l.startsWith('yibao,'))).toMatch(/^yibao,[^,]+,94,良好,3,-6,0,/);
  });

  it('bad input is a coded refusal', async () => {
    const f = await finishedHall();
    hall = f.h;
    const supervisor = await f.h.login('supervisor');
    const get = (query: string, token: string | undefined) =>
      f.h.request({ method: 'GET', url: `/api/v1/scores?${query}`, ...(token ? { token } : {}) });
    const code = async (query: string, token?: string | null) => {
      const res = await get(query, token === null ? undefined : (token ?? supervisor));
      return [res.status, res.body.error?.code];
    };
    for (const q of [
      '',
      'period=2026-13',
      'period=2026-Q5',
      'period=202611',
      'period=2026-11&by=window',
      'period=2026-11&format=pdf',
      'period=2026-11&x=1',
    ])
      expect(await code(q), q).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect(await code('period=2026-11&siteId=nowhere')).toEqual([404, 'HALLQ_E_SITE_NOT_FOUND']);
    expect(await code('period=2026-11', null)).toEqual([401, 'HALLQ_E_UNAUTHORIZED']);
    expect((await code('period=2026-11', f.clerk))[0]).toBe(403);
  });

  it('reads the period by index, never scanning the tables', () => {
    // Plans only: run on a fresh hall's database.
    return (async () => {
      const f = await finishedHall();
      hall = f.h;
      for (const sql of Object.values(SQL)) {
        const plan = (
          f.h.app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('district', 0, 1) as {
            detail: string;
          }[]
        ).map((r) => r.detail);
        expect(plan.join('\n'), sql).not.toMatch(/^SCAN (alerts|ratings|c|rating_cases)\b/m);
        expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX|USING PRIMARY KEY/);
      }
    })();
  });
});
