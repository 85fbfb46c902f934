/**
 * Idempotency-Key on POST /tickets: a kiosk that retries after a timeout gets
 * the ticket it was already given, never a second one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { countRows, stateDigest } from '../../test/db-digest';

describe('idempotent issue (Idempotency-Key)', () => {
  let hall: TestHall;
  let item: string;
  beforeEach(async () => {
    hall = await startTestHall();
    item = hall.itemOf('yibao');
  });
  afterEach(() => hall.close());

  it('the same key returns the same ticket and issues no second one', async () => {
    const first = await hall.issue(item, { key: 'kiosk-1:0001' });
    const again = await hall.issue(item, { key: 'kiosk-1:0001' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.ticket).toMatchObject({ id: first.body.ticket.id, number: 'A001' });
    expect(countRows(hall.app.db, 'tickets')).toBe(1);
    // The next real request gets the next number.
    expect((await hall.issue(item, { key: 'kiosk-1:0002' })).body.ticket.number).toBe('A002');
    // Without a key every request is a new ticket.
    expect((await hall.issue(item)).body.ticket.number).toBe('A003');
  });

  it('a retry after the ticket moved on shows its current state', async () => {
    const first = await hall.issue(item, { key: 'k-moved' });
    const clerk = await hall.login('w05', 'w5');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });
    const again = await hall.issue(item, { key: 'k-moved' });
    expect(again.body.ticket).toMatchObject({ id: first.body.ticket.id, status: 'called' });
  });

  it('the same key fired concurrently over HTTP still yields exactly one ticket', async () => {
    const url = await hall.listen();
    const kiosk = hall.device('kiosk');
    const replies = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${url}/api/v1/tickets`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${kiosk}`,
            'content-type': 'application/json',
            'idempotency-key': 'burst-1',
          },
          body: JSON.stringify({ itemId: item }),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { ticket: { id: string } },
        })),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(new Set(replies.map((r) => r.body.ticket.id)).size).toBe(1);
    expect(countRows(hall.app.db, 'tickets')).toBe(1);
    const issued = hall.app.db
      .prepare(`SELECT COUNT(*) AS n FROM events WHERE type = 'ticket.issued'`)
      .get();
    expect(issued).toEqual({ n: 1 });
  });

  it('the same key with a different body is 422 HALLQ_E_IDEMPOTENCY_MISMATCH and changes nothing', async () => {
    await hall.issue(item, { key: 'k-1' });
    const before = stateDigest(hall.app.db);
    const other = await hall.issue(hall.itemOf('shebao'), { key: 'k-1' });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('HALLQ_E_IDEMPOTENCY_MISMATCH');
    const priority = await hall.issue(item, { key: 'k-1', priority: 'priority' });
    expect(priority.status).toBe(422);
    expect(stateDigest(hall.app.db)).toBe(before);
  });

  it('a key is remembered across a restart', async () => {
    const first = await hall.issue(item, { key: 'k-restart' });
    await hall.restart();
    const again = await hall.issue(item, { key: 'k-restart' });
    expect(again.body.ticket.id).toBe(first.body.ticket.id);
    expect(countRows(hall.app.db, 'tickets')).toBe(1);
  });

  it('a refused request does not burn its key: the retry after the fix succeeds', async () => {
    const jiaoyu = hall.itemOf('jiaoyu');
    await hall.request({
      method: 'PATCH',
      url: `/api/v1/items/${jiaoyu}`,
      token: await hall.login('admin'),
      body: { dailyQuota: 0 },
    });
    const refused = await hall.issue(jiaoyu, { key: 'k-quota' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('HALLQ_E_QUOTA_EXHAUSTED');
    await hall.request({
      method: 'PATCH',
      url: `/api/v1/items/${jiaoyu}`,
      token: await hall.login('admin'),
      body: { dailyQuota: null },
    });
    const retried = await hall.issue(jiaoyu, { key: 'k-quota' });
    expect(retried.status).toBe(201);
  });

  it('a clerk action retried with the same key happens once (重呼 is not counted twice)', async () => {
    const t = (await hall.issue(item)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });
    const recall = () =>
      hall.request({
        method: 'POST',
        url: `/api/v1/tickets/${t.id}/recall`,
        token: clerk,
        headers: { 'idempotency-key': 'recall-1' },
      });
    expect((await recall()).body.ticket.recallCount).toBe(1);
    expect((await recall()).body.ticket.recallCount).toBe(1);
    const fresh = await hall.request({ method: 'GET', url: `/api/v1/tickets/${t.id}` });
    expect(fresh.body.ticket.recallCount).toBe(1);
  });

  it('a retried call-next with the same key does not call a second visitor', async () => {
    await hall.issue(item);
    await hall.issue(item);
    const clerk = await hall.login('w05', 'w5');
    const press = () =>
      hall.request({
        method: 'POST',
        url: '/api/v1/windows/w5/call-next',
        token: clerk,
        headers: { 'idempotency-key': 'next-1' },
      });
    const a = await press();
    const b = await press();
    expect(b.status).toBe(200);
    expect(b.body.ticket.id).toBe(a.body.ticket.id);
    const called = hall.app.db
      .prepare(`SELECT COUNT(*) AS n FROM events WHERE type = 'ticket.called'`)
      .get();
    expect(called).toEqual({ n: 1 });
  });
});
