/**
 * The wait the visitor is told (core Q25) on the real server: GET
 * /tickets/:id behind the QR code says 窗口暂未开放 (noWindowOpen, no
 * estimate) until a window serving the ticket is signed in, and a burst of
 * instant 办结 does not talk the estimate down to nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('ticket view: the wait estimate', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(() => hall.close());

  const get = async (id: string) =>
    (await hall.request({ method: 'GET', url: `/api/v1/tickets/${id}` })).body.ticket;
  const post = (url: string, token: string) => hall.request({ method: 'POST', url, token });

  it('no window open for the item: no estimate; one signed in: an estimate that instant 办结 cannot collapse', async () => {
    const first = (await hall.issue('YB001')).body.ticket;
    const second = (await hall.issue('YB001')).body.ticket;
    expect(first).toMatchObject({ noWindowOpen: true, estimatedWaitMs: 0 });
    expect(await get(second.id)).toMatchObject({
      ahead: 1,
      noWindowOpen: true,
      estimatedWaitMs: 0,
    });

    const clerk = await hall.login('w05', 'w5');
    const open = await get(second.id);
    expect(open.noWindowOpen).toBeUndefined();
    expect(open.estimatedWaitMs).toBeGreaterThan(0);

    // Twelve tickets called and finished at the same instant.
    const more = [];
    for (let i = 0; i < 12; i++) more.push((await hall.issue('YB001')).body.ticket);
    for (let i = 0; i < 12; i++) {
      const called = await post('/api/v1/windows/w5/call-next', clerk);
      await post(`/api/v1/tickets/${called.body.ticket.id}/finish`, clerk);
    }
    const last = (await hall.issue('YB001')).body.ticket;
    const view = await get(last.id);
    expect(view.ahead).toBeGreaterThan(0);
    // Never below half the items' expected minutes a person ahead (one window).
    const expected = (
      await hall.request({ method: 'GET', url: '/api/v1/catalog' })
    ).body.items.filter((i: { unitId: string }) => i.unitId === 'yibao');
    const minutes = expected.map(
      (i: { expectedServiceMinutes: number }) => i.expectedServiceMinutes,
    );
    minutes.sort((a: number, b: number) => a - b);
    const mid = Math.floor(minutes.length / 2);
    const median = minutes.length % 2 ? minutes[mid] : (minutes[mid - 1] + minutes[mid]) / 2;
    expect(view.estimatedWaitMs).toBeGreaterThanOrEqual(view.ahead * 0.5 * median * 60_000);
  });
});
