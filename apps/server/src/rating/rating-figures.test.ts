/**
 * 好差评 figures (core R11) on the real server: per window, after a 差评
 * whose case is closed on time, and a good rating from the phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { finishedHall, rate } from '../../test/rating-hall';
import { figureQueries, rollupQueries, type FigureBy } from './rating-figures';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

describe('GET /ratings/figures', () => {
  it('参评率, 满意率, 差评率 and 差评整改率 per window, for the tickets finished in the period', async () => {
    const { h, ticket, pad5 } = await finishedHall();
    hall = h;
    const supervisor = await h.login('supervisor');
    const figures = async (query = 'by=window') =>
      (
        await h.request({
          method: 'GET',
          url: `/api/v1/ratings/figures?${query}`,
          token: supervisor,
        })
      ).body;
    const w5 = async () => (await figures()).figures.find((f: { key: string }) => f.key === 'w5');

    expect(await w5()).toMatchObject({ finished: 1, rated: 0, ratedRate: 0, badRate: null });
    await rate(h, pad5, { ticketId: ticket.id, level: 1, tags: ['服务态度差'] });
    expect(await w5()).toMatchObject({
      rated: 1,
      bad: 1,
      ratedRate: 1,
      satisfactionRate: 0,
      badRate: 1,
      casesOpened: 1,
      rectificationRate: 0,
    });
    const step = (kind: string, outcome?: string) =>
      h.request({
        method: 'POST',
        url: `/api/v1/rating-cases/case-${ticket.id}/steps`,
        token: supervisor,
        body: { kind, note: '已处理', ...(outcome ? { outcome } : {}) },
      });
    for (const [kind, outcome] of [['followUp'], ['rectify'], ['review', 'pass']] as const)
      expect((await step(kind, outcome)).status).toBe(200);
    expect(await w5()).toMatchObject({ casesClosedOnTime: 1, rectificationRate: 1 });

    const site = await figures('by=site');
    expect(site.by).toBe('site');
    expect(site.figures).toEqual([expect.objectContaining({ key: 'district', finished: 1 })]);
    // A period before the ticket was finished has none of it.
    const before = await figures(`from=0&to=${h.clock.now() - 3_600_000}`);
    expect(before.figures).toEqual([]);
    const bad = await h.request({
      method: 'GET',
      url: '/api/v1/ratings/figures?by=mood',
      token: supervisor,
    });
    expect(bad.body.error.code).toBe('HALLQ_E_VALIDATION');
  });

  it('by clerk, three pad ratings each within a second of 办结 are flagged (core R12)', async () => {
    const { h, clerk, ticket, pad5 } = await finishedHall();
    hall = h;
    const flags = async (query = '') => {
      const supervisor = await h.login('supervisor');
      const res = await h.request({
        method: 'GET',
        url: `/api/v1/ratings/figures?by=staff${query}`,
        token: supervisor,
      });
      return res.body.figures.map((f: { rated: number; flags: string[] }) => [f.rated, f.flags]);
    };
    // The test clock stands still: each rating comes 0 ms after its 办结.
    await rate(h, pad5, { ticketId: ticket.id, level: 5 });
    expect(await flags()).toEqual([[1, []]]);
    for (let i = 0; i < 2; i++) {
      await h.issue(h.itemOf('yibao'));
      const call = await h.request({
        method: 'POST',
        url: '/api/v1/windows/w5/call-next',
        token: clerk,
        body: {},
      });
      const id = call.body.ticket.id as string;
      for (const a of ['start', 'finish'])
        await h.request({
          method: 'POST',
          url: `/api/v1/tickets/${id}/${a}`,
          token: clerk,
          body: {},
        });
      expect((await rate(h, pad5, { ticketId: id, level: 5 })).status).toBe(201);
    }
    expect(await flags()).toEqual([[3, ['quickRatings']]]);
    // The same over whole days: read from the ratings' rollup, not the ratings.
    const day = Date.parse(
      `${new Date(h.clock.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00+08:00`,
    );
    expect(await flags(`&from=${day}&to=${day + 86_400_000}`)).toEqual([[3, ['quickRatings']]]);
  });

  it('reads a week by 办结 time through the indexes, never the site’s whole history (EXPLAIN QUERY PLAN)', async () => {
    const { h } = await finishedHall();
    hall = h;
    for (const by of ['site', 'unit', 'window', 'staff', 'item'] as FigureBy[]) {
      for (const sql of Object.values(figureQueries(by))) {
        const plan = (
          h.app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('district', 0, 1) as {
            detail: string;
          }[]
        )
          .map((r) => r.detail)
          .join('\n');
        expect(plan, sql).not.toMatch(/\bSCAN\b|tickets_day/);
        expect(plan, sql).toMatch(
          /tickets_done_at \(finished_at>\? AND|ratings_by_finished|rating_cases_by_site/,
        );
      }
      // Whole days: the rollup by its key, the day figures by site, kind and day.
      for (const sql of Object.values(rollupQueries(by))) {
        const plan = (
          h.app.db
            .prepare(`EXPLAIN QUERY PLAN ${sql}`)
            .all('district', '2026-01-01', '2026-12-31') as {
            detail: string;
          }[]
        )
          .map((r) => r.detail)
          .join('\n');
        expect(plan, sql).not.toMatch(/\bSCAN\b/);
        expect(plan, sql).toMatch(
          /PRIMARY KEY \(site_id=\? AND kind=\? AND business_day|day_figures_report/,
        );
      }
    }
  });
});
