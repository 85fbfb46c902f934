/**
 * The phone page's offer (GET /tickets/:id/rating, open): not before 办结,
 * open for 7 days unless rated, then closed; an unknown ticket is not found.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { finishedHall, rate } from '../../test/rating-hall';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

const DAY = 86_400_000;

describe('GET /tickets/:id/rating', () => {
  it('notFinished, open until 7 days after 办结, rated once rated', async () => {
    const { h, ticket, waiting, pad5 } = await finishedHall();
    hall = h;
    const offer = async (id: string) =>
      (await h.request({ method: 'GET', url: `/api/v1/tickets/${id}/rating` })).body;
    expect(await offer(waiting.id)).toMatchObject({ status: 'notFinished' });
    const open = await offer(ticket.id);
    expect(open).toMatchObject({ status: 'open', closesAt: h.clock.now() + 7 * DAY });
    expect(open.badTags).toContain('等候时间长');
    await rate(h, pad5, { ticketId: ticket.id, level: 5 });
    expect(await offer(ticket.id)).toMatchObject({ status: 'rated' });
    const unknown = await h.request({ method: 'GET', url: '/api/v1/tickets/nope/rating' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'HALLQ_E_TICKET_NOT_FOUND']);
  });

  it('closed once the 7 days are over', async () => {
    const { h, ticket } = await finishedHall();
    hall = h;
    h.clock.advance(7 * DAY + 1);
    const res = await h.request({ method: 'GET', url: `/api/v1/tickets/${ticket.id}/rating` });
    expect(res.body).toMatchObject({ status: 'closed' });
    expect(res.body.closesAt).toBeUndefined();
  });
});
