/**
 * Transfer (issue 16, Clerks; core Q16): to another unit the matter must be
 * named there (an item of that unit), a note is optional, and the receiving
 * window sees where the ticket came from and why, across a restart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('transfer: an item of the unit, and where from and why', () => {
  let hall: TestHall;
  beforeEach(async () => {
    hall = await startTestHall();
  });
  afterEach(() => hall.close());

  const post = (token: string, url: string, body?: unknown) =>
    hall.request({ method: 'POST', url: `/api/v1${url}`, token, body });

  it('to 社保 without one of its items is refused; with one and a note, w1 sees 由5号窗口 and why', async () => {
    const a1 = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    const w5 = await hall.login('w05', 'w5');
    await post(w5, '/windows/w5/call-next');
    const bare = await post(w5, `/tickets/${a1.id}/transfer`, {
      toUnitId: 'shebao',
      position: 'front',
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error).toMatchObject({
      code: 'HALLQ_E_TRANSFER_TARGET',
      details: { reason: 'itemRequired', unitId: 'shebao' },
    });
    const item = hall.itemOf('shebao');
    const moved = await post(w5, `/tickets/${a1.id}/transfer`, {
      toUnitId: 'shebao',
      toItemId: item,
      position: 'front',
      note: '属社保业务，需办理参保登记',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.ticket).toMatchObject({ unitId: 'shebao', itemId: item });

    await hall.restart();
    const w1 = await hall.login('w01', 'w1');
    const called = await post(w1, '/windows/w1/call-next');
    expect(called.body.ticket).toMatchObject({
      number: 'A001',
      transferredFrom: { windowId: 'w5', windowNumber: 5, note: '属社保业务，需办理参保登记' },
    });
    const window = await hall.request({ method: 'GET', url: '/api/v1/windows/w1' });
    expect(window.body.window.current.transferredFrom).toMatchObject({ windowId: 'w5' });
  });

  it('a note longer than 200 characters is refused', async () => {
    const a1 = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    const w5 = await hall.login('w05', 'w5');
    await post(w5, '/windows/w5/call-next');
    const res = await post(w5, `/tickets/${a1.id}/transfer`, {
      toWindowId: 'w6',
      position: 'back',
      note: 'x'.repeat(201),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('HALLQ_E_VALIDATION');
  });
});
