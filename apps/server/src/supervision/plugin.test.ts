/**
 * The engine runs by itself when HALLQ_SUPERVISION_SECONDS is set: a pass
 * follows hall events within a second, and the timer passes on its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

const MIN = 60_000;

async function openAlerts(hall: TestHall, count: number, within: number) {
  const deadline = Date.now() + within;
  for (;;) {
    const open = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 99 });
    if (open.length >= count || Date.now() > deadline) return open;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the engine on its own', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  it('passes after hall events and on its timer', async () => {
    hall = await startTestHall({ env: { HALLQ_SUPERVISION_SECONDS: '1' } });
    const admin = await hall.login('admin');
    await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: {
        supervision: {
          waitLimitMinutes: 10,
          signedOutMinutes: 0,
          backlogWaiting: 0,
          deviceUnseenMinutes: 0,
        },
      },
    });
    await hall.issue(hall.itemOf('yibao'));
    hall.clock.advance(10 * MIN);
    // A hall event brings a pass: the first ticket has waited 10 minutes.
    await hall.issue(hall.itemOf('yibao'));
    const first = await openAlerts(hall, 1, 5_000);
    expect(first.map((a) => a.rule)).toEqual(['long-wait']);
    // No event now: the timer's pass finds the second ticket's wait.
    hall.clock.advance(10 * MIN);
    const both = await openAlerts(hall, 2, 5_000);
    expect(both.map((a) => a.level).sort()).toEqual(['red', 'yellow']);
  });
});

describe('a pass in slices', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  it('evaluates a site per step when out of budget, and ends with the alerts a whole pass finds', async () => {
    hall = await startTestHall();
    const sites = Object.keys(hall.app.hall.catalog.sites);
    expect(sites.length).toBeGreaterThan(2);
    const admin = await hall.login('admin');
    await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { supervision: { waitLimitMinutes: 10, signedOutMinutes: 0, backlogWaiting: 0 } },
    });
    await hall.issue(hall.itemOf('yibao'));
    hall.clock.advance(25 * MIN);

    const pass = hall.app.supervision.beginPass();
    let steps = 0;
    while (pass.step(0)) steps++;
    // No budget: one site a step, every site once.
    expect(steps + 1).toBe(sites.length);
    expect(pass.logged.filter((e) => e.type === 'alert.opened').length).toBeGreaterThan(0);
    const open = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 99 });
    expect(open.map((a) => [a.rule, a.level])).toContainEqual(['long-wait', 'red']);
    // A whole pass right after finds nothing new to log.
    expect(hall.app.supervision.tick()).toEqual([]);
  });
});
