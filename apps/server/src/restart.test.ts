/**
 * A restart (or a crash and a reboot) on the same data file: the queue, each
 * window's current ticket and the numbering carry on where they were.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../test/test-hall';

describe('restart on the same data file', () => {
  let hall: TestHall;
  beforeEach(async () => {
    hall = await startTestHall();
  });
  afterEach(() => hall.close());

  it('keeps the queue, the called ticket at its window, and continues the numbering', async () => {
    const item = hall.itemOf('yibao');
    const a1 = (await hall.issue(item)).body.ticket;
    const a2 = (await hall.issue(item)).body.ticket;
    const a3 = (await hall.issue(item)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });
    await hall.request({ method: 'POST', url: `/api/v1/tickets/${a1.id}/recall`, token: clerk });
    const seqBefore = hall.app.hall.seq('district');

    await hall.restart();

    // The session survives too: the clerk carries on without signing in again.
    const w5 = await hall.request({ method: 'GET', url: '/api/v1/windows/w5' });
    expect(w5.body.window).toMatchObject({
      status: 'open',
      current: { id: a1.id, number: 'A001', recallCount: 1 },
    });
    expect(
      (await hall.request({ method: 'GET', url: `/api/v1/tickets/${a3.id}` })).body.ticket,
    ).toMatchObject({
      status: 'waiting',
      ahead: 1,
    });
    const queues = await hall.request({ method: 'GET', url: '/api/v1/queues' });
    expect(queues.body.seq).toBe(seqBefore);
    expect(queues.body.units.find((u: { unitId: string }) => u.unitId === 'yibao').waiting).toBe(2);
    expect(queues.body.recentCalls[0]).toMatchObject({ ticket: { id: a1.id }, recall: true });

    const a4 = (await hall.issue(item)).body.ticket;
    expect(a4).toMatchObject({ number: 'A004', ahead: 2 });
    expect(hall.app.hall.seq('district')).toBe(seqBefore + 1);

    await hall.request({ method: 'POST', url: `/api/v1/tickets/${a1.id}/finish`, token: clerk });
    const next = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
    });
    expect(next.status).toBe(200);
    expect(next.body.ticket.id).toBe(a2.id);

    const numbers = hall.app.db
      .prepare(`SELECT number, COUNT(*) AS n FROM tickets GROUP BY number HAVING n > 1`)
      .all();
    expect(numbers).toEqual([]);
  });

  it('numbering carries on across several restarts with no number issued twice', async () => {
    const item = hall.itemOf('gongan');
    const numbers: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) numbers.push((await hall.issue(item)).body.ticket.number);
      await hall.restart();
    }
    expect(numbers).toEqual(['E001', 'E002', 'E003', 'E004', 'E005', 'E006']);
  });

  it('a paused window is still paused after the restart', async () => {
    const clerk = await hall.login('w05', 'w5');
    await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/pause',
      token: clerk,
      body: { reason: '午休' },
    });
    await hall.issue(hall.itemOf('yibao'));
    await hall.restart();
    const res = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('HALLQ_E_WINDOW_PAUSED');
  });

  it('a ticket transferred to the front of another unit is still first there after the restart', async () => {
    await hall.issue(hall.itemOf('shebao'));
    const a1 = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    const yibao = await hall.login('w05', 'w5');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: yibao });
    await hall.request({
      method: 'POST',
      url: `/api/v1/tickets/${a1.id}/transfer`,
      token: yibao,
      body: { toUnitId: 'shebao', toItemId: hall.itemOf('shebao'), position: 'front' },
    });
    await hall.restart();
    const shebao = await hall.login('w01', 'w1');
    const res = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w1/call-next',
      token: shebao,
    });
    expect(res.body.ticket).toMatchObject({ id: a1.id, number: 'A001' });
  });

  it('brings back every active ticket, waiting, called, serving or sent on, and no other', async () => {
    const yibao = hall.itemOf('yibao');
    const t = [];
    for (let i = 0; i < 5; i++) t.push((await hall.issue(yibao)).body.ticket);
    const w5 = await hall.login('w05', 'w5');
    const w1 = await hall.login('w01', 'w1');
    const post = async (token: string, url: string, body?: unknown) => {
      const res = await hall.request({
        method: 'POST',
        url: `/api/v1${url}`,
        token,
        body: body ?? {},
      });
      expect(res.status, url).toBeLessThan(300);
      return res;
    };
    await post(w5, '/windows/w5/call-next'); // t0: done
    await post(w5, `/tickets/${t[0].id}/finish`);
    await post(w5, '/windows/w5/call-next'); // t1: sent on to 社保, called there
    await post(w5, `/tickets/${t[1].id}/transfer`, {
      toUnitId: 'shebao',
      toItemId: hall.itemOf('shebao'),
      position: 'back',
    });
    expect((await post(w1, '/windows/w1/call-next')).body.ticket.id).toBe(t[1].id);
    await post(w5, '/windows/w5/call-next'); // t2: serving
    await post(w5, `/tickets/${t[2].id}/start`);
    // Q12: w1 is signed out still holding t1, left for the supervisor.
    await post(w1, '/auth/logout');
    const before = hall.app.hall.state;
    expect(
      Object.fromEntries(Object.values(before.tickets).map((x) => [x.number, x.status])),
    ).toEqual({ A002: 'called', A003: 'serving', A004: 'waiting', A005: 'waiting' });
    expect(before.tickets[t[1].id]).toMatchObject({ unitId: 'shebao', transferCount: 1 });

    await hall.restart();

    const after = hall.app.hall.state;
    expect(after.tickets).toEqual(before.tickets);
    expect(after.queues).toEqual(before.queues);
    expect(after.windows).toEqual(before.windows);
    expect(after.windows.w1).toMatchObject({ status: 'signedOut', currentTicketId: t[1].id });
    expect(after.windows.w5).toMatchObject({ status: 'open', currentTicketId: t[2].id });
  });
});
