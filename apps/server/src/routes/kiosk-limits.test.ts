/**
 * A kiosk issues for its own site only, and at most
 * HALLQ_KIOSK_TICKETS_PER_MINUTE separate tickets a minute: a visitor tapping
 * one confirmation twenty times gets one ticket, a held-down key or a script
 * gets a calm 429 and the hall's numbers and quotas stay as they were.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

let hall: TestHall;
afterEach(async () => hall?.close());

const waitingIn = async (unitId: string) =>
  (await hall.request({ method: 'GET', url: '/api/v1/queues' })).body.units.find(
    (u: { unitId: string }) => u.unitId === unitId,
  ).waiting as number;

describe('kiosk limits', () => {
  it("a township's kiosk cannot issue the district hall's items it does not take", async () => {
    hall = await startTestHall();
    const admin = await hall.login('admin');
    const made = await hall.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: admin,
      body: { kind: 'kiosk', name: '牛佛镇取号机', siteId: 'twn-001' },
    });
    expect(made.status).toBe(201);
    const res = await hall.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token: made.body.token,
      body: { itemId: hall.itemOf('yibao') },
    });
    // 职工参保登记 is an employer's matter: no township centre takes it (core Q26).
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('HALLQ_E_ITEM_NOT_AT_SITE');
    expect(await waitingIn('yibao')).toBe(0);
    // The district's own kiosk issues it.
    expect((await hall.issue(hall.itemOf('yibao'))).status).toBe(201);
  });

  it('twenty taps of one confirmation are one ticket; separate tickets past the limit get 429 with Retry-After', async () => {
    hall = await startTestHall({ env: { HALLQ_KIOSK_TICKETS_PER_MINUTE: '5' } });
    const itemId = hall.itemOf('yibao');
    const issue = (key: string, token = hall.device('kiosk')) =>
      hall.request({
        method: 'POST',
        url: '/api/v1/tickets',
        token,
        headers: { 'idempotency-key': key },
        body: { itemId },
      });
    const taps = [];
    for (let i = 0; i < 20; i += 1) taps.push(await issue('confirmation-1'));
    expect(new Set(taps.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(taps.map((r) => r.body.ticket.id)).size).toBe(1);
    expect(await waitingIn('yibao')).toBe(1);
    // Four more separate confirmations fill the minute's five.
    for (let i = 2; i <= 5; i += 1) expect((await issue(`confirmation-${i}`)).status).toBe(201);
    const refused = await issue('confirmation-6');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('HALLQ_E_RATE_LIMITED');
    expect(refused.body.error.message).toBe('操作过于频繁，请稍后再试');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await waitingIn('yibao')).toBe(5);
    // The limit is the kiosk's own: another kiosk of the hall still issues.
    const admin = await hall.login('admin');
    const other = await hall.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: admin,
      body: { kind: 'kiosk', name: '二号取号机' },
    });
    expect((await issue('other-1', other.body.token)).status).toBe(201);
  });
});
