/**
 * Route schemas compile on first use, then in the background: the server
 * starts without compiling them, and nothing about validation or replies
 * changes for the requests that come first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('route schemas compiled lazily', () => {
  let hall: TestHall;
  let atStart = 0;
  beforeAll(async () => {
    hall = await startTestHall();
    atStart = hall.app.schemas.pending;
  });
  afterAll(() => hall.close());

  it('a started server has compiled none of its route schemas yet', () => {
    // Every route with a body, params, querystring or reply schema waits.
    expect(atStart).toBeGreaterThan(50);
  });

  it('the first request to a route validates and serializes exactly as before', async () => {
    const bad = await hall.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token: hall.device('kiosk'),
      body: { itemId: 42 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('HALLQ_E_VALIDATION');
    const extra = await hall.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token: hall.device('kiosk'),
      body: { itemId: hall.itemOf('yibao'), surprise: true },
    });
    expect(extra.status).toBe(400);
    const ok = await hall.issue(hall.itemOf('yibao'));
    expect(ok.status).toBe(201);
    // The reply went through its (just compiled) serializer: the number and nothing extra.
    expect(ok.body.ticket.number).toMatch(/^[A-Z]+\d+$/);
    expect(hall.app.schemas.pending).toBeLessThan(atStart);
  });

  it('warm-up compiles every remaining schema without an error', async () => {
    const errors: unknown[] = [];
    hall.app.schemas.warm((err) => errors.push(err));
    for (let i = 0; i < 2_000 && hall.app.schemas.pending > 0; i++)
      await new Promise((r) => setImmediate(r));
    expect(errors).toEqual([]);
    expect(hall.app.schemas.pending).toBe(0);
  });

  it('a listening server with nothing to do finishes the warm-up by itself', async () => {
    const idle = await startTestHall();
    try {
      await idle.listen();
      // Only this test's own timer wakes the process: no requests. An unref'd
      // immediate compiled one schema per wake-up (a handful here).
      for (let i = 0; i < 10 && idle.app.schemas.pending > 0; i++)
        await new Promise((r) => setTimeout(r, 1_000));
      expect(idle.app.schemas.pending).toBe(0);
    } finally {
      await idle.close();
    }
  });

  it('routes that reply with the same schema share one compiled serializer', () => {
    // Some 90 routes each declare the error body for 400, 401, 403 and 404:
    // compiled per route and status they were most of the schemas waiting.
    expect(atStart).toBeLessThan(150);
  });

  it('health says whether the background compiling is still under way', async () => {
    // The warm-up above ended it: a bench or a probe can wait for this.
    const after = await hall.request({ method: 'GET', url: '/api/v1/health' });
    expect(after.body.warming).toBe(false);
    const fresh = await startTestHall();
    try {
      const before = await fresh.request({ method: 'GET', url: '/api/v1/health' });
      expect(before.body.warming).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
