/**
 * The rating rules (core S12, S13) on the real server, a real SQLite file and
 * the manual clock: a 差评 from the window's pad opens a red alert on the
 * window and its clerk until the case closes; a case overdue on the official
 * calendar opens its own; both survive a restart and never open twice; a
 * window's unrated share of the day opens yellow and clears when the phone
 * rates.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { finishedHall, rate } from '../../test/rating-hall';
import type { TestHall } from '../../test/test-hall';
import { PRIORITY_CALLS_SQL } from './priority-calls';
import { RATING_INPUT_SQL } from './rating-inputs';

const DAY = 86_400_000;

/** Every rule but S12 and S13 is off, and nothing goes to the admin. */
const ONLY_RATING = {
  waitLimitMinutes: 0,
  serviceOverrunFactor: 0,
  idleMinutes: 0,
  pauseLimitMinutes: 0,
  signedOutMinutes: 0,
  backlogWaiting: 0,
  backlogWaitMinutes: 0,
  deviceUnseenMinutes: 0,
  deviceFaultRedMinutes: 0,
  outOfOrderPerDay: 0,
  transfersPerDay: 0,
  escalateAfterMinutes: 0,
};

async function configure(h: TestHall, admin: string, supervision: object) {
  const res = await h.request({
    method: 'PATCH',
    url: '/api/v1/sites/district',
    token: admin,
    body: { supervision },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const openAlerts = (h: TestHall) =>
  h.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 99 });

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

describe('rating alerts (S12, S13) on the manual clock', () => {
  it('a 非常不满意 opens red at once; the case overdue opens S13; a restart opens nothing twice', async () => {
    const { h, admin, ticket, pad5 } = await finishedHall();
    hall = h;
    await configure(h, admin, ONLY_RATING);
    expect(h.app.supervision.tick()).toEqual([]);

    const rated = await rate(h, pad5, { ticketId: ticket.id, level: 1, tags: ['服务态度差'] });
    expect(rated.status).toBe(201);
    const caseId = `case-${ticket.id}`;
    expect(h.app.supervision.tick().map((e) => e.type)).toEqual(['alert.opened']);
    const [bad] = openAlerts(h);
    expect(bad).toMatchObject({
      rule: 'rating',
      level: 'red',
      windowId: 'w5',
      ticketId: ticket.id,
      unitId: 'yibao',
      staffId: rated.body.rating.staffId,
      openedAt: h.clock.now(),
      detail: { kind: 'bad', caseId, number: ticket.number, ratingLevel: 1 },
    });
    expect(h.app.supervision.tick()).toEqual([]);

    // Monday's 差评: 回访 was due by Tuesday's end (yellow), 整改 by the next Monday's (red).
    h.clock.advance(2 * DAY);
    expect(h.app.supervision.tick().map((e) => e.type)).toEqual(['alert.opened']);
    h.clock.advance(6 * DAY);
    expect(h.app.supervision.tick().map((e) => e.type)).toEqual(['alert.opened']);
    const overdue = openAlerts(h).filter((a) => a.rule === 'rectification-overdue');
    expect(overdue.map((a) => [a.level, a.detail.step, a.staffId]).sort()).toEqual([
      ['red', 'rectify', rated.body.rating.staffId],
      ['yellow', 'followUp', rated.body.rating.staffId],
    ]);
    const ids = openAlerts(h)
      .map((a) => a.id)
      .sort();
    expect(ids).toHaveLength(3);

    await h.restart();
    expect(h.app.supervision.tick()).toEqual([]);
    expect(
      openAlerts(h)
        .map((a) => a.id)
        .sort(),
    ).toEqual(ids);
    const keys = h.app.db
      .prepare(
        `SELECT key FROM alerts WHERE rule IN ('rating', 'rectification-overdue') ORDER BY key`,
      )
      .all();
    expect(keys).toEqual([
      { key: `rating:bad:${caseId}` },
      { key: `rectification-overdue:${caseId}:followUp` },
      { key: `rectification-overdue:${caseId}:rectify` },
    ]);

    // Each step closes what it was late on; the closure closes the 差评's alert.
    const supervisor = await h.login('supervisor');
    const step = async (body: object) => {
      const res = await h.request({
        method: 'POST',
        url: `/api/v1/rating-cases/${caseId}/steps`,
        token: supervisor,
        body,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return h.app.supervision.tick();
    };
    expect(await step({ kind: 'followUp', note: '已电话回访' })).toMatchObject([
      { type: 'alert.closed', reason: 'case-stepped' },
    ]);
    expect(await step({ kind: 'rectify', note: '已约谈并培训' })).toMatchObject([
      { type: 'alert.closed', reason: 'case-stepped' },
    ]);
    expect(openAlerts(h).map((a) => a.rule)).toEqual(['rating']);
    expect(await step({ kind: 'review', note: '复核通过', outcome: 'pass' })).toMatchObject([
      { type: 'alert.closed', reason: 'case-closed' },
    ]);
    expect(openAlerts(h)).toEqual([]);
    expect(h.app.supervision.tick()).toEqual([]);
  }, 90_000);

  it('a window’s unrated share of the day opens yellow, and clears when the phone rates', async () => {
    const { h, admin, clerk, ticket, waiting, pad5 } = await finishedHall();
    hall = h;
    await configure(h, admin, { ...ONLY_RATING, unratedSharePercent: 30, unratedMinFinished: 2 });
    // The pad's minute passes: the first ticket is unrated so far (1 of 1, below the minimum).
    h.clock.advance(91_000);
    expect(h.app.ratings.closeOverdue()).toBe(1);
    expect(h.app.supervision.tick()).toEqual([]);

    const act = async (url: string) =>
      expect((await h.request({ method: 'POST', url, token: clerk, body: {} })).status).toBe(200);
    await act('/api/v1/windows/w5/call-next');
    await act(`/api/v1/tickets/${waiting.id}/start`);
    await act(`/api/v1/tickets/${waiting.id}/finish`);
    expect((await rate(h, pad5, { ticketId: waiting.id, level: 5 })).status).toBe(201);
    expect(h.app.supervision.tick().map((e) => e.type)).toEqual(['alert.opened']);
    expect(openAlerts(h)).toMatchObject([
      {
        rule: 'rating',
        level: 'yellow',
        windowId: 'w5',
        detail: { kind: 'unrated', unrated: 1, finished: 2, sharePercent: 50, limitPercent: 30 },
      },
    ]);

    const phone = await h.request({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/rating`,
      body: { level: 4 },
    });
    expect(phone.status).toBe(201);
    expect(h.app.supervision.tick()).toMatchObject([
      { type: 'alert.closed', reason: 'condition-cleared' },
    ]);
  });

  it('reads the cases, the day’s ratings and the day’s calls by index, never scanning', async () => {
    const { h } = await finishedHall();
    hall = h;
    const plans: [string, unknown[]][] = [
      [RATING_INPUT_SQL.openCases, ['district', 'open', 'followedUp', 'rectified', 'appealed']],
      [RATING_INPUT_SQL.windowFinished, ['district', '2026-11-23']],
      [RATING_INPUT_SQL.windowUnrated, ['district', 0, 0, 1]],
      [PRIORITY_CALLS_SQL.lastClose, ['district']],
      [PRIORITY_CALLS_SQL.since, ['district', 0]],
    ];
    for (const [sql, args] of plans) {
      const plan = (
        h.app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n');
      expect(plan, sql).not.toMatch(/^SCAN (events|ratings|rating_cases|c|r|day_figures)\b/m);
      expect(plan, sql).toMatch(/USING (COVERING )?INDEX|USING PRIMARY KEY/);
    }
  });
});
