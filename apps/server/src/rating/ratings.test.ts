/**
 * 好差评 on the real server and a real SQLite file, on the manual clock: the
 * pad of the window that finished a ticket rates it once; every refusal is
 * coded and changes nothing; a 差评 opens a case with working-day deadlines
 * whose steps are audited; everything survives a restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { TestHall } from '../../test/test-hall';
import { finishedHall as setUp, rate } from '../../test/rating-hall';
import { migrate } from '../store/migrations';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

/** A hall with one finished ticket at w5 (closed after the test). */
async function finishedHall() {
  const made = await setUp();
  hall = made.h;
  return made;
}

const count = (h: TestHall, table: string) =>
  (h.app.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('rating a finished ticket', () => {
  it("the window's pad rates it once (201); every other attempt is refused and changes nothing", async () => {
    const { h, clerk, ticket, waiting, pad5, pad6 } = await finishedHall();
    const events = count(h, 'events');
    const refusals: [string | undefined, object, number, string][] = [
      [undefined, { ticketId: ticket.id, level: 5 }, 401, 'HALLQ_E_UNAUTHORIZED'],
      [clerk, { ticketId: ticket.id, level: 5 }, 403, 'HALLQ_E_FORBIDDEN'],
      [pad6, { ticketId: ticket.id, level: 5 }, 403, 'HALLQ_E_RATER_WRONG_WINDOW'],
      [pad5, { ticketId: waiting.id, level: 5 }, 409, 'HALLQ_E_TICKET_NOT_FINISHED'],
      [pad5, { ticketId: 'no-such-ticket', level: 5 }, 404, 'HALLQ_E_TICKET_NOT_FOUND'],
      [pad5, { ticketId: ticket.id, level: 2 }, 400, 'HALLQ_E_RATING_TAG_REQUIRED'],
      [pad5, { ticketId: ticket.id, level: 1, tags: ['太热'] }, 400, 'HALLQ_E_RATING_TAG_UNKNOWN'],
      [pad5, { ticketId: ticket.id, level: 6 }, 400, 'HALLQ_E_VALIDATION'],
    ];
    for (const [token, body, status, code] of refusals) {
      const res = await rate(h, token, body);
      expect([res.status, res.body.error?.code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect(count(h, 'events')).toBe(events);
    expect(count(h, 'ratings')).toBe(0);

    const ok = await rate(h, pad5, { ticketId: ticket.id, level: 4 });
    expect(ok.status).toBe(201);
    expect(ok.body.rating).toMatchObject({
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      windowId: 'w5',
      channel: 'pad',
      level: 4,
      tags: [],
      defaulted: false,
      void: false,
    });
    expect(ok.body.rating.caseId).toBeUndefined();
    const again = await rate(h, pad5, { ticketId: ticket.id, level: 5 });
    expect([again.status, again.body.error.code]).toEqual([409, 'HALLQ_E_ALREADY_RATED']);
    const phone = await h.request({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/rating`,
      body: { level: 1, tags: ['服务态度差'] },
    });
    expect(phone.body.error.code).toBe('HALLQ_E_ALREADY_RATED');
  });

  it('after the pad’s minute (and its grace) the pad is refused, the phone still rates for 7 days', async () => {
    const { h, ticket, pad5 } = await finishedHall();
    h.clock.advance(91_000);
    const late = await rate(h, pad5, { ticketId: ticket.id, level: 5 });
    expect([late.status, late.body.error.code]).toEqual([409, 'HALLQ_E_RATING_EXPIRED']);
    h.clock.advance(6 * 86_400_000);
    const phone = await h.request({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/rating`,
      body: { level: 5, comment: '  很好 ' },
    });
    expect(phone.status).toBe(201);
    expect(phone.body.rating).toMatchObject({ channel: 'phone', level: 5, comment: '很好' });
  });

  it('a ticket nobody rated is recorded unrated once the phone’s 7 days are over', async () => {
    const { h, ticket } = await finishedHall();
    h.clock.advance(7 * 86_400_000);
    expect(h.app.ratings.closeOverdue()).toBe(0);
    h.clock.advance(1);
    expect(h.app.ratings.closeOverdue()).toBe(1);
    expect(h.app.ratings.closeOverdue()).toBe(0);
    const row = h.app.db.prepare(`SELECT outcome, level FROM ratings WHERE ticket_id = ?`);
    expect(row.get(ticket.id)).toEqual({ outcome: 'unrated', level: null });
    const phone = await h.request({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/rating`,
      body: { level: 5 },
    });
    expect(phone.body.error.code).toBe('HALLQ_E_RATING_EXPIRED');
  });
});

describe('差评 and its rectification case', () => {
  it('不满意 with a reason opens a case with working-day deadlines, audited with the rating, kept across a restart', async () => {
    const { h, ticket, pad5 } = await finishedHall();
    const audit = count(h, 'audit');
    const res = await rate(h, pad5, {
      ticketId: ticket.id,
      level: 2,
      tags: ['等候时间长'],
      comment: '等了四十分钟',
    });
    expect(res.status).toBe(201);
    expect(res.body.rating.caseId).toBe(`case-${ticket.id}`);
    // The rating and its case: two events, two audit rows, one transaction.
    const rows = h.app.db
      .prepare(`SELECT action, seq FROM audit ORDER BY id DESC LIMIT 2`)
      .all() as { action: string; seq: number }[];
    expect(rows.map((r) => r.action).sort()).toEqual(['case.opened', 'rating.submitted']);
    expect(count(h, 'audit')).toBe(audit + 2);

    await h.restart();
    const supervisor = await h.login('supervisor');
    const list = await h.request({ method: 'GET', url: '/api/v1/rating-cases', token: supervisor });
    // Monday 2026-11-23: 回访 by Tuesday's end, 整改 by the next Monday's (Shanghai).
    expect(list.body.cases).toEqual([
      expect.objectContaining({
        id: `case-${ticket.id}`,
        ticketId: ticket.id,
        level: 2,
        tags: ['等候时间长'],
        windowId: 'w5',
        status: 'open',
        followUpDueDay: '2026-11-24',
        followUpDueAt: Date.UTC(2026, 10, 24, 16) - 1,
        rectifyDueDay: '2026-11-30',
        rectifyDueAt: Date.UTC(2026, 10, 30, 16) - 1,
        calendarConfirmed: true,
        steps: [],
      }),
    ]);
    const again = await rate(h, pad5, { ticketId: ticket.id, level: 5 });
    expect(again.body.error.code).toBe('HALLQ_E_ALREADY_RATED');
    const ratings = await h.request({ method: 'GET', url: '/api/v1/ratings', token: supervisor });
    expect(ratings.body.ratings).toEqual([
      expect.objectContaining({ level: 2, comment: '等了四十分钟', staffId: expect.any(String) }),
    ]);
  });

  it('回访, 整改 and 复核 close the case; steps out of order are refused; each step is audited', async () => {
    const { h, ticket, pad5, clerk } = await finishedHall();
    await rate(h, pad5, { ticketId: ticket.id, level: 1, tags: ['服务态度差'] });
    let supervisor = await h.login('supervisor');
    const step = (body: object, token = supervisor) =>
      h.request({
        method: 'POST',
        url: `/api/v1/rating-cases/case-${ticket.id}/steps`,
        token,
        body,
      });
    const events = count(h, 'events');
    expect((await step({ kind: 'followUp', note: '回访' }, clerk)).status).toBe(403);
    expect((await step({ kind: 'rectify', note: '整改' })).body.error.code).toBe(
      'HALLQ_E_CASE_STEP_NOT_ALLOWED',
    );
    expect((await step({ kind: 'followUp', note: '  ' })).body.error.code).toBe(
      'HALLQ_E_NOTE_REQUIRED',
    );
    expect(count(h, 'events')).toBe(events);

    expect((await step({ kind: 'followUp', note: '已电话回访群众' })).body.case.status).toBe(
      'followedUp',
    );
    // Past the 整改 deadline (the next Monday's end): recorded, marked late.
    h.clock.advance(8 * 86_400_000);
    supervisor = await h.login('supervisor'); // a session lasts a working day
    const fixed = await step({ kind: 'rectify', note: '窗口人员已培训' });
    expect(fixed.body.case.steps[1]).toMatchObject({ kind: 'rectify', late: true });
    const closed = await step({ kind: 'review', note: '复核通过', outcome: 'pass' });
    expect(closed.body.case).toMatchObject({ status: 'closed', closedAt: h.clock.now() });
    expect(closed.body.case.steps.map((s: { by: { name: string } }) => s.by.name)).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    const audited = h.app.db
      .prepare(`SELECT action FROM audit WHERE target = ? ORDER BY id`)
      .all(`case:case-${ticket.id}`) as { action: string }[];
    expect(audited.map((a) => a.action)).toEqual([
      'case.opened',
      'case.followUp',
      'case.rectify',
      'case.review',
    ]);
  });

  it('an appeal voided keeps the rating on record, marked void', async () => {
    const { h, ticket, pad5 } = await finishedHall();
    await rate(h, pad5, { ticketId: ticket.id, level: 2, tags: ['推诿扯皮'] });
    const supervisor = await h.login('supervisor');
    const step = (body: object) =>
      h.request({
        method: 'POST',
        url: `/api/v1/rating-cases/case-${ticket.id}/steps`,
        token: supervisor,
        body,
      });
    expect((await step({ kind: 'appeal', note: '群众误评，有录像为证' })).body.case.status).toBe(
      'appealed',
    );
    expect((await step({ kind: 'appealDecision', note: '核实', outcome: 'pass' })).status).toBe(
      400,
    );
    const voided = await step({ kind: 'appealDecision', note: '申诉成立', outcome: 'void' });
    expect(voided.body.case.status).toBe('voided');
    const ratings = await h.request({ method: 'GET', url: '/api/v1/ratings', token: supervisor });
    expect(ratings.body.ratings[0]).toMatchObject({ level: 2, void: true });
  });
});

describe('migration 10', () => {
  it('keeps every device and lets raters in', () => {
    const db = new Database(':memory:');
    migrate(db, 9);
    db.prepare(
      `INSERT INTO devices (id, kind, site_id, name, token_hash, created_at) VALUES ('k1', 'kiosk', 's', '取号机', 'h1', 1)`,
    ).run();
    migrate(db);
    db.prepare(
      `INSERT INTO devices (id, kind, site_id, name, token_hash, window_id, created_at) VALUES ('r1', 'rater', 's', '评价器', 'h2', 'w5', 2)`,
    ).run();
    expect(db.prepare(`SELECT id, kind FROM devices ORDER BY id`).all()).toEqual([
      { id: 'k1', kind: 'kiosk' },
      { id: 'r1', kind: 'rater' },
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO devices (id, kind, site_id, name, token_hash, created_at) VALUES ('x', 'toaster', 's', 'x', 'h3', 3)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
