/**
 * GET /supervision, the hall map's figures on the real server: each unit's
 * waiting, longest wait and mark, each window's time in its status and last
 * ticket action, the thresholds in force; supervisors and admins only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

const MIN = 60_000;

describe('GET /supervision', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  it('units marked by their longest wait, windows with their times', async () => {
    hall = await startTestHall();
    const clerk = await hall.login('w05', 'w5');
    const signedIn = hall.clock.now();
    const item = hall.itemOf('yibao');
    await hall.issue(item);
    await hall.issue(item);
    await hall.issue(item);
    hall.clock.advance(MIN);
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/call-next', token: clerk });
    const calledAt = hall.clock.now();
    hall.clock.advance(29 * MIN);
    const supervisor = await hall.login('supervisor');
    const get = (token: string, query = '') =>
      hall!.request({ method: 'GET', url: `/api/v1/supervision${query}`, token });

    const map = (await get(supervisor)).body;
    expect(map).toMatchObject({ siteId: 'district', at: hall.clock.now() });
    expect(map.settings).toMatchObject({ waitLimitMinutes: 30, idleMinutes: 5 });
    expect(map.units.find((u: { unitId: string }) => u.unitId === 'yibao')).toEqual({
      unitId: 'yibao',
      waiting: 2,
      longestWaitMs: 30 * MIN,
      level: 'yellow',
    });
    expect(map.windows.find((w: { id: string }) => w.id === 'w5')).toEqual({
      id: 'w5',
      status: 'open',
      statusSince: signedIn,
      lastActiveAt: calledAt,
    });
    expect(map.windows.find((w: { id: string }) => w.id === 'w6')).toEqual({
      id: 'w6',
      status: 'signedOut',
    });

    hall.clock.advance(30 * MIN);
    const later = (await get(supervisor)).body;
    expect(later.units.find((u: { unitId: string }) => u.unitId === 'yibao').level).toBe('red');

    expect((await get(clerk)).status).toBe(403);
    const unknown = await get(supervisor, '?siteId=nowhere');
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'HALLQ_E_SITE_NOT_FOUND']);
  });
});
