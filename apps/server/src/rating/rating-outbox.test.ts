/**
 * The outbox on the real server, with a local HTTP server playing the
 * provincial 好差评 platform: a rating is queued with the rating itself,
 * retried with a growing backoff while the platform fails, kept across a
 * restart, delivered once it answers, and a repeat is absorbed by its id.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { finishedHall, rate } from '../../test/rating-hall';
import { backoffMs, FIRST_BACKOFF_MS, parseEndpoints } from './rating-outbox';

/** The platform: answers 500 while `failing`, stores each rating once by its id. */
function platform() {
  const received = new Map<string, unknown>();
  const state = { failing: true, posts: 0, keys: [] as string[] };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      state.posts++;
      state.keys.push(String(req.headers['idempotency-key']));
      if (state.failing) {
        res.statusCode = 500;
        return res.end();
      }
      const rating = JSON.parse(body) as { id: string };
      if (!received.has(rating.id)) received.set(rating.id, rating);
      res.statusCode = 200;
      res.end('{}');
    });
  });
  return { server, received, state };
}

let hall: TestHall | undefined;
let server: Server | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

describe('the ratings outbox', () => {
  it('backoff doubles from 10 s up to an hour; endpoints per site', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([10_000, 20_000, 40_000]);
    expect(backoffMs(30)).toBe(3_600_000);
    expect(parseEndpoints('district=http://a/x,twn-001=https://b/y')).toEqual(
      new Map([
        ['district', 'http://a/x'],
        ['twn-001', 'https://b/y'],
      ]),
    );
  });

  it('retries a failing platform, survives a restart, delivers once it answers', async () => {
    const p = platform();
    server = p.server;
    await new Promise<void>((r) => p.server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(p.server.address() as AddressInfo).port}/ratings`;
    const { h, ticket, pad5 } = await finishedHall({
      env: { HALLQ_RATING_ENDPOINTS: `district=${url}` },
    });
    hall = h;
    const res = await rate(h, pad5, { ticketId: ticket.id, level: 4 });
    const ratingId = res.body.rating.id as string;
    expect(h.app.ratingOutbox.pending()).toEqual([
      { ratingId, attempts: 0, nextAt: h.clock.now(), lastError: null },
    ]);

    expect(await h.app.ratingOutbox.deliverDue()).toBe(0);
    expect(h.app.ratingOutbox.pending()[0]).toMatchObject({
      attempts: 1,
      nextAt: h.clock.now() + FIRST_BACKOFF_MS,
      lastError: 'HTTP 500',
    });
    // Not due yet: nothing is sent.
    await h.app.ratingOutbox.deliverDue();
    expect(p.state.posts).toBe(1);

    await h.restart();
    h.clock.advance(FIRST_BACKOFF_MS);
    await h.app.ratingOutbox.deliverDue();
    expect(h.app.ratingOutbox.pending()[0]).toMatchObject({ attempts: 2, lastError: 'HTTP 500' });

    p.state.failing = false;
    h.clock.advance(2 * FIRST_BACKOFF_MS);
    expect(await h.app.ratingOutbox.deliverDue()).toBe(1);
    expect(h.app.ratingOutbox.pending()).toEqual([]);
    expect(p.received.get(ratingId)).toMatchObject({
      id: ratingId,
      ticketId: ticket.id,
      channel: 'pad',
      level: 4,
      siteId: 'district',
    });
    expect(p.state.keys).toEqual([ratingId, ratingId, ratingId]);
    // Delivered: never sent again.
    h.clock.advance(3_600_000);
    await h.app.ratingOutbox.deliverDue();
    expect(p.state.posts).toBe(3);
    expect(p.received.size).toBe(1);
  });

  it('a site without an endpoint queues nothing', async () => {
    const { h, ticket, pad5 } = await finishedHall({
      env: { HALLQ_RATING_ENDPOINTS: 'twn-001=http://127.0.0.1:9/none' },
    });
    hall = h;
    await rate(h, pad5, { ticketId: ticket.id, level: 5 });
    expect(h.app.ratingOutbox.pending()).toEqual([]);
  });
});
