/**
 * Fairness (core S7) on the real server, a real SQLite file and the manual
 * clock: a clerk's 选号 calls of priority tickets while the priority ratio
 * owed an ordinary visitor open yellow at the limit and turn red at twice
 * it; a 选号 within the ratio counts nothing; the count is read back from
 * the day's log after a restart, and the alert does not open twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

/** Every rule off but S7's priority calls (yellow at 1, red at 2). */
const ONLY_PRIORITY = {
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
  priorityBeyondRatioPerDay: 1,
  escalateAfterMinutes: 0,
};

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

describe('S7 priority calls beyond the ratio, on the server', () => {
  it('opens yellow at the limit, red at twice, and survives a restart once', async () => {
    const h = await startTestHall();
    hall = h;
    const admin = await h.login('admin');
    const res = await h.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { supervision: ONLY_PRIORITY },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const clerk = await h.login('w05', 'w5');
    const item = h.itemOf('yibao');
    const priority = [];
    for (let i = 0; i < 5; i++)
      priority.push((await h.issue(item, { priority: 'priority' })).body.ticket);
    await h.issue(item);
    const finish = (id: string) =>
      h.request({ method: 'POST', url: `/api/v1/tickets/${id}/finish`, token: clerk });
    const pick = async (id: string) => {
      const call = await h.request({
        method: 'POST',
        url: '/api/v1/windows/w5/call',
        token: clerk,
        body: { ticketId: id, reason: '老年人' },
      });
      expect(call.status, JSON.stringify(call.body)).toBe(200);
      await finish(id);
    };
    // A priority turn (the demo hall's ratio is 2 : 1): a 选号 within the ratio.
    await pick(priority[4].id);
    // Two priority calls by call-next: the ordinary visitor is owed the next.
    for (const t of priority.slice(0, 2)) {
      const next = await h.request({
        method: 'POST',
        url: '/api/v1/windows/w5/call-next',
        token: clerk,
      });
      expect(next.body.ticket.id).toBe(t.id);
      await finish(t.id);
    }
    expect(h.app.supervision.tick()).toEqual([]);
    await pick(priority[2].id);
    const [opened] = h.app.supervision.tick();
    expect(opened).toMatchObject({
      type: 'alert.opened',
      alert: {
        rule: 'fairness',
        level: 'yellow',
        detail: { kind: 'priority', count: 1, limit: 1 },
      },
    });
    expect(opened?.type === 'alert.opened' && opened.alert.staffId).toBeTruthy();

    await h.restart();
    expect(h.app.supervision.tick()).toEqual([]);
    await pick(priority[3].id);
    expect(h.app.supervision.tick()).toMatchObject([{ type: 'alert.escalated', to: 'red' }]);
    const rows = h.app.db.prepare(`SELECT level FROM alerts WHERE rule = 'fairness'`).all();
    expect(rows).toEqual([{ level: 'red' }]);
  }, 90_000);
});
