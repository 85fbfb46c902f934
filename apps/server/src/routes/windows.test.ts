import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe("the clerk's window: call-next, pause and resume", () => {
  let hall: TestHall;
  let yibao: string;
  beforeEach(async () => {
    hall = await startTestHall();
    yibao = hall.itemOf('yibao');
  });
  afterEach(() => hall.close());

  const post = (token: string, url: string, body?: unknown) =>
    hall.request({ method: 'POST', url: `/api/v1/windows/${url}`, token, body });

  it('call-next answers 200 {ticket} in arrival order, then 409 HALLQ_E_QUEUE_EMPTY', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const a2 = (await hall.issue(yibao)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    const first = await post(clerk, 'w5/call-next');
    expect(first.status).toBe(200);
    expect(first.body.ticket).toMatchObject({
      id: a1.id,
      number: 'A001',
      status: 'called',
      windowId: 'w5',
    });
    await hall.request({ method: 'POST', url: `/api/v1/tickets/${a1.id}/finish`, token: clerk });
    expect((await post(clerk, 'w5/call-next')).body.ticket.id).toBe(a2.id);
    await hall.request({ method: 'POST', url: `/api/v1/tickets/${a2.id}/finish`, token: clerk });
    const empty = await post(clerk, 'w5/call-next');
    expect(empty.status).toBe(409);
    expect(empty.body.error).toMatchObject({
      code: 'HALLQ_E_QUEUE_EMPTY',
      message: expect.stringMatching(/[\u4e00-\u9fa5]/),
      messageEn: expect.any(String),
    });
  });

  it("a window calls only its own units' tickets", async () => {
    await hall.issue(hall.itemOf('shebao'));
    const clerk = await hall.login('w05', 'w5');
    expect((await post(clerk, 'w5/call-next')).status).toBe(409);
  });

  it('priority tickets (优先号) are called before ordinary ones', async () => {
    await hall.issue(yibao);
    const p = (await hall.issue(yibao, { priority: 'priority' })).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    expect((await post(clerk, 'w5/call-next')).body.ticket.id).toBe(p.id);
  });

  it('call-next needs a clerk signed into that very window (403), and calls nothing then', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const atW6 = await hall.login('w06', 'w6');
    const noWindow = await hall.login('supervisor');
    for (const token of [atW6, noWindow]) {
      const res = await post(token, 'w5/call-next');
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('HALLQ_E_NOT_SIGNED_IN_HERE');
    }
    const t = await hall.request({ method: 'GET', url: `/api/v1/tickets/${a1.id}` });
    expect(t.body.ticket.status).toBe('waiting');
    const unknown = await post(atW6, 'w99/call-next');
    expect(unknown.status).toBe(404);
  });

  it('a second clerk cannot take a window another clerk holds', async () => {
    await hall.login('w05', 'w5');
    const res = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'clerk', password: 'hallq-demo', windowId: 'w5' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('HALLQ_E_WINDOW_HELD');
  });

  it('a paused window calls nothing; after resume it calls again', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    const paused = await post(clerk, 'w5/pause', { reason: '午休' });
    expect(paused.status).toBe(200);
    expect(paused.body.window).toMatchObject({ id: 'w5', status: 'paused', pauseReason: '午休' });
    const refused = await post(clerk, 'w5/call-next');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('HALLQ_E_WINDOW_PAUSED');
    const queues = await hall.request({ method: 'GET', url: '/api/v1/queues' });
    const yibaoQueue = queues.body.units.find((u: { unitId: string }) => u.unitId === 'yibao');
    expect(yibaoQueue.waiting).toBe(1);
    const resumed = await post(clerk, 'w5/resume');
    expect(resumed.status).toBe(200);
    expect(resumed.body.window.status).toBe('open');
    expect(resumed.body.window.pauseReason).toBeUndefined();
    expect((await post(clerk, 'w5/call-next')).body.ticket.id).toBe(a1.id);
  });

  it('pause needs a reason', async () => {
    const clerk = await hall.login('w05', 'w5');
    const res = await post(clerk, 'w5/pause', {});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('HALLQ_E_VALIDATION');
    const w5 = await hall.request({ method: 'GET', url: '/api/v1/windows/w5' });
    expect(w5.body.window.status).toBe('open');
  });

  it('call-next refuses when the clerk screen is out of date (expectedCurrentTicketId)', async () => {
    await hall.issue(yibao);
    await hall.issue(yibao);
    const clerk = await hall.login('w05', 'w5');
    const first = (await post(clerk, 'w5/call-next')).body.ticket;
    const stale = await post(clerk, 'w5/call-next', { expectedCurrentTicketId: null });
    expect(stale.status).toBe(409);
    const w5 = await hall.request({ method: 'GET', url: '/api/v1/windows/w5' });
    expect(w5.body.window.current.id).toBe(first.id);
  });

  it("a clerk's old session cannot call or act at a window another clerk now holds", async () => {
    const a1 = (await hall.issue(hall.itemOf('jiaoyu'))).body.ticket;
    await hall.issue(hall.itemOf('jiaoyu'));
    // The duty clerk opens window 24 in one tab, then moves to window 25 in another:
    // window 24 closes, and its clerk w24 takes it over.
    const oldTab = await hall.login('clerk', 'w24');
    await hall.login('clerk', 'w25');
    const owner = await hall.login('w24', 'w24');
    const called = await post(owner, 'w24/call-next');
    expect(called.body.ticket.id).toBe(a1.id);

    const before = hall.app.db.prepare(`SELECT COUNT(*) AS n FROM events`).get();
    for (const [url, body] of [
      ['w24/call-next', undefined],
      ['w24/pause', { reason: '离开' }],
    ] as const) {
      const res = await post(oldTab, url, body);
      expect(res.status, url).toBe(403);
      expect(res.body.error.code).toBe('HALLQ_E_NOT_SIGNED_IN_HERE');
    }
    for (const action of ['recall', 'start', 'finish', 'no-show']) {
      const res = await hall.request({
        method: 'POST',
        url: `/api/v1/tickets/${a1.id}/${action}`,
        token: oldTab,
      });
      expect(res.status, action).toBe(403);
    }
    expect(hall.app.db.prepare(`SELECT COUNT(*) AS n FROM events`).get()).toEqual(before);
    const w24 = await hall.request({ method: 'GET', url: '/api/v1/windows/w24' });
    expect(w24.body.window).toMatchObject({
      status: 'open',
      current: { id: a1.id, recallCount: 0 },
    });
  });

  it('a supervisor closes a window its clerk left signed in; another clerk can then take it', async () => {
    const left = await hall.login('w05', 'w5');
    const supervisor = await hall.login('supervisor');
    const closed = await post(supervisor, 'w5/sign-out', {});
    expect(closed.status).toBe(200);
    expect(closed.body.window.status).toBe('signedOut');
    const stale = await post(left, 'w5/call-next');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('HALLQ_E_WINDOW_NOT_OPEN');
    const relief = await hall.login('clerk', 'w5');
    await hall.issue(yibao);
    expect((await post(relief, 'w5/call-next')).status).toBe(200);
    expect((await post(left, 'w5/call-next')).status).toBe(403);
  });

  it('a clerk cannot sign a window out through the supervisor route', async () => {
    const clerk = await hall.login('w05', 'w5');
    const res = await post(clerk, 'w6/sign-out', {});
    expect(res.status).toBe(403);
  });

  it("a queue's summary names the longest wait whatever the call order", async () => {
    const early = (await hall.issue(yibao)).body.ticket;
    hall.clock.advance(5 * 60_000);
    const later = (await hall.issue(yibao, { priority: 'priority' })).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    const res = await hall.request({
      method: 'GET',
      url: '/api/v1/windows/w5/queue?limit=1',
      token: clerk,
    });
    expect(res.body.tickets.map((t: { id: string }) => t.id)).toEqual([later.id]);
    expect(res.body.summary.oldest).toEqual({
      ticketId: early.id,
      number: early.number,
      issuedAt: early.issuedAt,
    });
    expect(res.body.summary.issuedAts).toEqual([early.issuedAt, later.issuedAt]);
  });

  it("the window's queue lists what it may call, in call order; its stats count today's served", async () => {
    const n1 = (await hall.issue(yibao)).body.ticket;
    const n2 = (await hall.issue(yibao)).body.ticket;
    const p1 = (await hall.issue(yibao, { priority: 'priority' })).body.ticket;
    await hall.issue(hall.itemOf('shebao'));
    const clerk = await hall.login('w05', 'w5');
    const queue = await hall.request({
      method: 'GET',
      url: '/api/v1/windows/w5/queue',
      token: clerk,
    });
    expect(queue.status).toBe(200);
    expect(queue.body.tickets.map((t: { id: string }) => t.id)).toEqual([p1.id, n1.id, n2.id]);
    // Each row's people ahead is what the visitor's own ticket page says.
    const aheads = queue.body.tickets.map((t: { ahead: number }) => t.ahead);
    expect(aheads).toEqual([0, 1, 2]);
    for (const row of queue.body.tickets as { id: string; ahead: number }[]) {
      const own = await hall.request({ method: 'GET', url: `/api/v1/tickets/${row.id}` });
      expect(own.body.ticket.ahead).toBe(row.ahead);
    }

    // A panel asks for the next few: those first in call order, and the whole queue in figures.
    const firstTwo = await hall.request({
      method: 'GET',
      url: '/api/v1/windows/w5/queue?limit=2',
      token: clerk,
    });
    expect(firstTwo.status).toBe(200);
    expect(firstTwo.body.tickets.map((t: { id: string }) => t.id)).toEqual([p1.id, n1.id]);
    expect(firstTwo.body.tickets.map((t: { ahead: number }) => t.ahead)).toEqual([0, 1]);
    expect(firstTwo.body.summary).toEqual(queue.body.summary);
    expect(queue.body.summary).toMatchObject({
      total: 3,
      priority: 1,
      transferred: 0,
      byUnit: [{ id: 'yibao', count: 3 }],
      issuedAts: [n1.issuedAt, n2.issuedAt, p1.issuedAt],
      // All issued in one instant: the first of them in call order.
      oldest: { ticketId: p1.id, number: p1.number, issuedAt: p1.issuedAt },
    });
    for (const bad of ['limit=0', 'limit=two', 'limit=10001', 'limit=2&order=desc']) {
      const refused = await hall.request({
        method: 'GET',
        url: `/api/v1/windows/w5/queue?${bad}`,
        token: clerk,
      });
      expect(refused.status, bad).toBe(400);
      expect(refused.body.error.code, bad).toBe('HALLQ_E_VALIDATION');
    }

    const minute = 60_000;
    const act = (id: string, a: string) =>
      hall.request({ method: 'POST', url: `/api/v1/tickets/${id}/${a}`, token: clerk });
    await post(clerk, 'w5/call-next'); // p1, waited 0
    await act(p1.id, 'start');
    hall.clock.advance(4 * minute);
    await act(p1.id, 'finish');
    await post(clerk, 'w5/call-next'); // n1, waited 4 min
    hall.clock.advance(6 * minute);
    await act(n1.id, 'finish');
    const stats = await hall.request({
      method: 'GET',
      url: '/api/v1/windows/w5/stats',
      token: clerk,
    });
    expect(stats.body).toEqual({ served: 2, avgServiceMs: 5 * minute, avgWaitMs: 2 * minute });
  });
});
