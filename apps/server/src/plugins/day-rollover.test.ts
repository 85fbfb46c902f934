/**
 * The business day follows the site's time zone: when the injected clock
 * passes into the next day, waiting tickets expire and numbering restarts;
 * the weekday rota decides which comprehensive units can be issued.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, TUESDAY_8AM, type TestHall } from '../../test/test-hall';

describe('day rollover with an injected clock', () => {
  let hall: TestHall;
  beforeEach(async () => {
    hall = await startTestHall();
  });
  afterEach(() => hall.close());

  const get = async (id: string) =>
    (await hall.request({ method: 'GET', url: `/api/v1/tickets/${id}` })).body.ticket;

  it('stored idempotent replies older than two days are dropped at a day close', async () => {
    await hall.issue(hall.itemOf('yibao'), { key: 'monday-visitor' });
    const count = () =>
      (hall.app.db.prepare(`SELECT COUNT(*) AS n FROM idempotency`).get() as { n: number }).n;
    expect(count()).toBe(1);
    hall.clock.set(TUESDAY_8AM);
    await hall.app.closeElapsedDays();
    expect(count()).toBe(1); // a day later: still kept
    hall.clock.set(TUESDAY_8AM + 2 * 24 * 3_600_000);
    await hall.app.closeElapsedDays();
    expect(count()).toBe(0);
  });

  it('closeElapsedDays expires Monday\u2019s waiting and called tickets on Tuesday morning and frees the windows', async () => {
    const item = hall.itemOf('yibao');
    const a1 = (await hall.issue(item)).body.ticket;
    const a2 = (await hall.issue(item)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });

    // Still Monday at 23:59 local: nothing happens.
    hall.clock.set(Date.UTC(2026, 10, 23, 15, 59));
    await hall.app.closeElapsedDays();
    expect((await get(a2.id)).status).toBe('waiting');

    hall.clock.set(TUESDAY_8AM);
    await hall.app.closeElapsedDays();
    expect((await get(a1.id)).status).toBe('expired');
    expect((await get(a2.id)).status).toBe('expired');
    const queues = await hall.request({ method: 'GET', url: '/api/v1/queues' });
    expect(queues.body.businessDay).toBe('2026-11-24');
    expect(queues.body.units.find((u: { unitId: string }) => u.unitId === 'yibao').waiting).toBe(0);
    expect(queues.body.windows.find((w: { id: string }) => w.id === 'w5').current).toBeUndefined();

    const fresh = await hall.issue(item);
    expect(fresh.status).toBe(201);
    expect(fresh.body.ticket).toMatchObject({
      number: 'A001',
      businessDay: '2026-11-24',
      ahead: 0,
    });
    expect(fresh.body.ticket.id).not.toBe(a1.id);
  });

  it('without the timer, the next command closes the old day first', async () => {
    const item = hall.itemOf('gongan');
    const e1 = (await hall.issue(item)).body.ticket;
    await hall.issue(item);
    hall.clock.set(TUESDAY_8AM);
    const next = await hall.issue(item);
    expect(next.body.ticket.number).toBe('E001');
    expect((await get(e1.id)).status).toBe('expired');
    const closed = hall.app.db
      .prepare(`SELECT event FROM events WHERE type = 'day.closed'`)
      .all() as { event: string }[];
    expect(closed).toHaveLength(1);
    const event = JSON.parse(closed[0]?.event ?? '{}') as {
      businessDay: string;
      expiredTicketIds: string[];
    };
    expect(event.businessDay).toBe('2026-11-23');
    expect(event.expiredTicketIds).toHaveLength(2);
  });

  it('the day is closed once: the timer running again on Tuesday changes nothing', async () => {
    await hall.issue(hall.itemOf('yibao'));
    hall.clock.set(TUESDAY_8AM);
    await hall.app.closeElapsedDays();
    const seq = hall.app.hall.seq('district');
    hall.clock.advance(60_000);
    await hall.app.closeElapsedDays();
    expect(hall.app.hall.seq('district')).toBe(seq);
  });

  it('expiry survives a restart, and numbering restarts at 001 after it', async () => {
    const item = hall.itemOf('yibao');
    const a1 = (await hall.issue(item)).body.ticket;
    await hall.issue(item);
    hall.clock.set(TUESDAY_8AM);
    await hall.app.closeElapsedDays();
    await hall.restart();
    expect((await get(a1.id)).status).toBe('expired');
    expect((await hall.issue(item)).body.ticket.number).toBe('A001');
  });

  it('weekday rota: 教育 (jiaoyu, Mon/Thu) is issued on Monday but refused on Tuesday, naming 周一、周四', async () => {
    const item = hall.itemOf('jiaoyu');
    const monday = await hall.issue(item);
    expect(monday.status).toBe(201);
    expect(monday.body.ticket.number).toBe('JY001');

    hall.clock.set(TUESDAY_8AM);
    const before = hall.app.db.prepare(`SELECT COUNT(*) AS n FROM tickets`).get();
    const tuesday = await hall.issue(item);
    expect(tuesday.status).toBe(409);
    expect(tuesday.body.error.code).toBe('HALLQ_E_UNIT_NOT_SERVED_TODAY');
    expect(tuesday.body.error.message).toContain('周一、周四');
    expect(tuesday.body.error.messageEn).toMatch(/Mon.*Thu/);
    expect(hall.app.db.prepare(`SELECT COUNT(*) AS n FROM tickets`).get()).toEqual(before);

    // Tuesday's unit on the same comprehensive window (文体, wenti) is served instead.
    const wenti = await hall.issue(hall.itemOf('wenti'));
    expect(wenti.status).toBe(201);
    const clerk = await hall.login('w24', 'w24');
    const called = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w24/call-next',
      token: clerk,
    });
    expect(called.body.ticket.id).toBe(wenti.body.ticket.id);
  });

  it('the catalogue follows the clock: on Tuesday jiaoyu is not served today', async () => {
    hall.clock.set(TUESDAY_8AM);
    const { body } = await hall.request({ method: 'GET', url: '/api/v1/catalog' });
    expect(body.hall).toMatchObject({ businessDay: '2026-11-24', weekday: 2 });
    expect(body.units.find((u: { id: string }) => u.id === 'jiaoyu').servedToday).toBe(false);
    expect(body.windows.find((w: { number: number }) => w.number === 24).todayUnitIds).toEqual([
      'wenti',
    ]);
  });

  it('the demo hall works at any hour and on a weekend (no opening hours), the rota still applies', async () => {
    hall.clock.set(Date.UTC(2026, 10, 27, 19, 30)); // Saturday 2026-11-28 03:30 Asia/Shanghai
    const yibao = await hall.issue(hall.itemOf('yibao'));
    expect(yibao.status).toBe(201);
    expect(yibao.body.ticket).toMatchObject({ number: 'A001', businessDay: '2026-11-28' });
    const jiaoyu = await hall.issue(hall.itemOf('jiaoyu'));
    expect(jiaoyu.status).toBe(409);
    expect(jiaoyu.body.error.code).toBe('HALLQ_E_UNIT_NOT_SERVED_TODAY');
  });
});
