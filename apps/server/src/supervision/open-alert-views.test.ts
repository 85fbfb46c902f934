/**
 * The board's list of open alerts (GET /alerts) is a read model kept by the
 * committed alert events (open-alert-views.ts). At every step of alerts'
 * lives, and after a restart, it must answer what the alerts table answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { LONG_WAIT_ONLY, configureSupervision } from '../../test/supervision-fixture';

const MIN = 60_000;

describe('the board’s open alerts', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  it('equal the alerts table’s at every step, and after a restart', async () => {
    hall = await startTestHall();
    const h = hall;
    await configureSupervision(h, LONG_WAIT_ONLY);
    let supervisor = await h.login('supervisor');
    const board = async () => {
      const res = await h.request({ method: 'GET', url: '/api/v1/alerts', token: supervisor });
      expect(res.status).toBe(200);
      return res.body.alerts as { id: string; level: string; acknowledgedAt?: number }[];
    };
    const table = () =>
      h.app.supervision.table
        .list({ siteIds: ['district'], status: 'open', limit: 1_000 })
        .map((a) => JSON.parse(JSON.stringify(a)) as unknown);
    const same = async () => {
      const listed = await board();
      expect(listed).toEqual(table());
      return listed;
    };

    expect(await same()).toEqual([]); // read (and so loaded) before any alert
    const items = ['yibao', 'shebao', 'yibao'].map((u) => h.itemOf(u));
    for (const item of items) {
      expect((await h.issue(item)).status).toBe(201);
      h.clock.advance(2 * MIN);
    }
    h.clock.advance(4 * MIN);
    h.app.supervision.tick(); // the first has waited 10 min: it opens
    expect(await same()).toHaveLength(1);
    h.clock.advance(4 * MIN);
    h.app.supervision.tick(); // all three open, the newest first
    const opened = await same();
    expect(opened).toHaveLength(3);

    h.clock.advance(10 * MIN);
    h.app.supervision.tick(); // red
    expect((await same()).filter((a) => a.level === 'red').length).toBeGreaterThan(0);

    const ack = await h.request({
      method: 'POST',
      url: `/api/v1/alerts/${opened[1]!.id}/ack`,
      token: supervisor,
      body: { note: '已联系窗口' },
    });
    expect(ack.status).toBe(200);
    expect((await same()).find((a) => a.id === opened[1]!.id)?.acknowledgedAt).toBeDefined();

    h.clock.advance(15 * MIN);
    h.app.supervision.tick(); // to the admin
    await same();

    const clerk = await h.login('w05', 'w5');
    const called = await h.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
    });
    expect(called.status).toBe(200);
    h.app.supervision.tick(); // the called visitor's alert closes
    expect(await same()).toHaveLength(2);

    await h.restart();
    supervisor = await h.login('supervisor');
    expect(await same()).toHaveLength(2);
    h.clock.advance(MIN);
    const w5 = await h.login('w05', 'w5');
    const finished = await h.request({
      method: 'POST',
      url: `/api/v1/tickets/${called.body.ticket.id}/finish`,
      token: w5,
      body: {},
    });
    expect(finished.status).toBe(200);
    const calledAgain = await h.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: w5,
    });
    expect(calledAgain.status).toBe(200);
    h.app.supervision.tick();
    expect(await same()).toHaveLength(1);
  });
});
