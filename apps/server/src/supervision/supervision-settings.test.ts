/**
 * 电子监察's thresholds as site settings (PATCH /sites/:id `supervision`):
 * validated, merged over the site's own, shown by /catalog; and the rules
 * that read the day figures (fairness: 选号 calls per clerk) and the window
 * activity (an absent window) through the real server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { stateDigest } from '../../test/db-digest';
import { startTestHall, type TestHall } from '../../test/test-hall';

const MIN = 60_000;
const OFF = {
  waitLimitMinutes: 0,
  serviceOverrunFactor: 0,
  idleMinutes: 0,
  pauseLimitMinutes: 0,
  signedOutMinutes: 0,
  backlogWaiting: 0,
  backlogWaitMinutes: 0,
  deviceUnseenMinutes: 0,
  outOfOrderPerDay: 0,
  transfersPerDay: 0,
};

describe('supervision settings and rules on the server', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  const patch = (token: string, body: unknown) =>
    hall!.request({ method: 'PATCH', url: '/api/v1/sites/district', token, body });

  it('thresholds are validated, merged over the site’s, and listed by /catalog', async () => {
    hall = await startTestHall();
    const admin = await hall.login('admin');
    const before = stateDigest(hall.app.db);
    for (const supervision of [
      { serviceOverrunFactor: 0.5 },
      { idleMinutes: -1 },
      { waitLimitMinutes: 1.5 },
      { sleepMinutes: 3 },
      {},
    ]) {
      const res = await patch(admin, { supervision });
      expect([res.status, res.body.error?.code], JSON.stringify(supervision)).toEqual([
        400,
        'HALLQ_E_VALIDATION',
      ]);
    }
    expect(stateDigest(hall.app.db)).toBe(before);

    expect((await patch(admin, { supervision: { waitLimitMinutes: 20 } })).status).toBe(200);
    expect((await patch(admin, { supervision: { idleMinutes: 8 } })).status).toBe(200);
    const catalog = (await hall.request({ method: 'GET', url: '/api/v1/catalog' })).body;
    expect(catalog.hall.waitLimitMinutes).toBe(20);
    expect(
      catalog.sites.find((s: { id: string }) => s.id === 'district').supervision,
    ).toMatchObject({
      waitLimitMinutes: 20,
      idleMinutes: 8,
      serviceOverrunFactor: 1.5,
      escalateAfterMinutes: 15,
    });
    expect(hall.app.supervision.settings('district')).toMatchObject({
      waitLimitMinutes: 20,
      idleMinutes: 8,
    });
  });

  it('fairness: a clerk’s 选号 calls of the day, counted by the day figures', async () => {
    hall = await startTestHall();
    const admin = await hall.login('admin');
    await patch(admin, { supervision: { ...OFF, outOfOrderPerDay: 2 } });
    const clerk = await hall.login('w05', 'w5');
    const item = hall.itemOf('yibao');
    const tickets = [];
    for (let i = 0; i < 4; i++) tickets.push((await hall.issue(item)).body.ticket);
    const pick = async (id: string) => {
      const res = await hall!.request({
        method: 'POST',
        url: '/api/v1/windows/w5/call',
        token: clerk,
        body: { ticketId: id, reason: '行动不便' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      await hall!.request({ method: 'POST', url: `/api/v1/tickets/${id}/finish`, token: clerk });
    };
    await pick(tickets[3].id);
    expect(hall.app.supervision.tick()).toEqual([]);
    await pick(tickets[2].id);
    const [opened] = hall.app.supervision.tick();
    expect(opened).toMatchObject({
      type: 'alert.opened',
      alert: {
        rule: 'fairness',
        level: 'yellow',
        detail: { kind: 'out-of-order', count: 2, limit: 2 },
      },
    });
    expect(opened?.type === 'alert.opened' && opened.alert.staffId).toBeTruthy();
    await pick(tickets[1].id);
    await pick(tickets[0].id);
    expect(hall.app.supervision.tick()).toMatchObject([{ type: 'alert.escalated', to: 'red' }]);
  });

  it('an absent window: paused past the limit while its unit waits, closed when it resumes', async () => {
    hall = await startTestHall();
    const admin = await hall.login('admin');
    await patch(admin, { supervision: { ...OFF, pauseLimitMinutes: 30 } });
    const clerk = await hall.login('w05', 'w5');
    await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/pause',
      token: clerk,
      body: { reason: '午休' },
    });
    await hall.issue(hall.itemOf('yibao'));
    hall.clock.advance(30 * MIN);
    const opened = hall.app.supervision.tick();
    expect(opened).toMatchObject([
      { type: 'alert.opened', alert: { rule: 'window-absent', windowId: 'w5', level: 'yellow' } },
    ]);
    hall.clock.advance(MIN);
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/resume', token: clerk });
    expect(hall.app.supervision.tick()).toMatchObject([
      { type: 'alert.closed', reason: 'window-resumed' },
    ]);
  });
});
