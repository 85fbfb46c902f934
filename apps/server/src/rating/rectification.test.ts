/**
 * The visitor rates the rectification of their 差评 (core R14) from the
 * phone page: not before the case is closed, then once; audited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { finishedHall, rate } from '../../test/rating-hall';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

describe('POST /tickets/:id/rating/rectification', () => {
  it('once the case is closed, once; the offer says where it stands', async () => {
    const { h, ticket, pad5 } = await finishedHall();
    hall = h;
    const url = `/api/v1/tickets/${ticket.id}/rating/rectification`;
    const fix = (level: number) => h.request({ method: 'POST', url, body: { level } });
    const offer = async () =>
      (await h.request({ method: 'GET', url: `/api/v1/tickets/${ticket.id}/rating` })).body
        .rectification;

    const none = await fix(5);
    expect([none.status, none.body.error.code]).toEqual([404, 'HALLQ_E_CASE_NOT_FOUND']);
    await rate(h, pad5, { ticketId: ticket.id, level: 2, tags: ['多次跑动'] });
    expect(await offer()).toEqual({ caseId: `case-${ticket.id}`, status: 'notYet' });
    const early = await fix(5);
    expect([early.status, early.body.error.code]).toEqual([409, 'HALLQ_E_CASE_STEP_NOT_ALLOWED']);

    const supervisor = await h.login('supervisor');
    for (const body of [
      { kind: 'followUp', note: '回访' },
      { kind: 'rectify', note: '整改' },
      { kind: 'review', note: '复核', outcome: 'pass' },
    ])
      await h.request({
        method: 'POST',
        url: `/api/v1/rating-cases/case-${ticket.id}/steps`,
        token: supervisor,
        body,
      });
    expect(await offer()).toMatchObject({ status: 'open' });
    const ok = await fix(4);
    expect(ok.status).toBe(201);
    expect(ok.body.case).toMatchObject({ status: 'closed', visitorLevel: 4 });
    const again = await fix(5);
    expect([again.status, again.body.error.code]).toEqual([409, 'HALLQ_E_ALREADY_RATED']);
    expect(await offer()).toMatchObject({ status: 'rated' });
    const audit = h.app.db.prepare(`SELECT action FROM audit ORDER BY id DESC LIMIT 1`).get();
    expect(audit).toEqual({ action: 'case.visitorRated' });
  });

  it('a case lists its steps overdue now (core R10)', async () => {
    const { h, ticket, pad5 } = await finishedHall();
    hall = h;
    await rate(h, pad5, { ticketId: ticket.id, level: 1, tags: ['服务态度差'] });
    const overdue = async () => {
      const token = await h.login('supervisor');
      const res = await h.request({ method: 'GET', url: '/api/v1/rating-cases', token });
      return res.body.cases[0].overdue;
    };
    expect(await overdue()).toEqual([]);
    // Monday's 差评: 回访 was due by Tuesday's end, 整改 by the next Monday's.
    h.clock.advance(2 * 86_400_000);
    expect(await overdue()).toEqual(['followUp']);
    h.clock.advance(6 * 86_400_000);
    expect(await overdue()).toEqual(['followUp', 'rectify']);
  });
});
