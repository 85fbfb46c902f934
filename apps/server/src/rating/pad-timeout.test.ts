/**
 * The pad's timeout on the record (core R4, R6): a ticket the window's pad
 * did not get rated is recorded unrated once the pad's minute (and grace) is
 * over, so the caller can say so; the phone may still rate it for 7 days,
 * and replaces the record; if it does not, the ticket is closed unrated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { finishedHall } from '../../test/rating-hall';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

const DAY = 86_400_000;
/** The reasons of the logged rating.unrated events, in order. */
const unratedEvents = (h: TestHall) =>
  (
    h.app.db
      .prepare(`SELECT event FROM events WHERE type = 'rating.unrated' ORDER BY seq`)
      .all() as { event: string }[]
  ).map((r) => (JSON.parse(r.event) as { reason: string }).reason);

describe('the pad times out', () => {
  it('recorded unrated after the pad’s window; the phone then rates and replaces it', async () => {
    const { h, ticket } = await finishedHall();
    hall = h;
    h.clock.advance(90_000);
    expect(h.app.ratings.closeOverdue()).toBe(0);
    h.clock.advance(1);
    expect(h.app.ratings.closeOverdue()).toBe(1);
    expect(h.app.ratings.closeOverdue()).toBe(0);
    expect(unratedEvents(h)).toEqual(['pad']);
    const offer = await h.request({ method: 'GET', url: `/api/v1/tickets/${ticket.id}/rating` });
    expect(offer.body.status).toBe('open');

    const phone = await h.request({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/rating`,
      body: { level: 4 },
    });
    expect(phone.status).toBe(201);
    expect(phone.body.rating).toMatchObject({ channel: 'phone', level: 4 });
    h.clock.advance(8 * DAY);
    expect(h.app.ratings.closeOverdue()).toBe(0);
    const again = await h.request({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/rating`,
      body: { level: 5 },
    });
    expect(again.body.error.code).toBe('HALLQ_E_ALREADY_RATED');
  });

  it('unrated on the pad and not by phone: closed unrated after 7 days', async () => {
    const { h, ticket } = await finishedHall();
    hall = h;
    h.clock.advance(91_000);
    expect(h.app.ratings.closeOverdue()).toBe(1);
    h.clock.advance(7 * DAY);
    expect(h.app.ratings.closeOverdue()).toBe(1);
    expect(unratedEvents(h)).toEqual(['pad', 'closed']);
    const row = h.app.db
      .prepare(`SELECT outcome, channel FROM ratings WHERE ticket_id = ?`)
      .get(ticket.id);
    expect(row).toEqual({ outcome: 'unrated', channel: null });
    const offer = await h.request({ method: 'GET', url: `/api/v1/tickets/${ticket.id}/rating` });
    expect(offer.body.status).toBe('closed');
  });
});
