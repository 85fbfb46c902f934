/**
 * The district roll-up (issue 15): with people waiting at the district and
 * two township halls, windows open, an alert and a 代办 open, GET
 * /sites/rollup gives each site what its own reads say (the hall map of GET
 * /supervision, GET /alerts, the proxy list) and its total is the sum of the
 * sites; a township's row with its villages is the township and its rooms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RollupFigures, SiteRollup } from '@hallq/protocol';
import { startTestHall, type TestHall } from '../../test/test-hall';

let hall: TestHall;
beforeAll(async () => {
  hall = await startTestHall();
});
afterAll(() => hall.close());

const kiosk = (id: string) => hall.creds.devices.find((d) => d.id === id)!.token;

describe('the district roll-up', () => {
  it('equals the sum of the sites, and each site its own reads', async () => {
    for (const [device, item, n] of [
      ['kiosk-1', hall.itemOf('yibao'), 3],
      ['twn-001-kiosk', 'YB002', 2],
      ['twn-002-kiosk', 'SB005', 1],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const r = await hall.request({
          method: 'POST',
          url: '/api/v1/tickets',
          token: kiosk(device),
          body: { itemId: item },
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      }
    }
    await hall.login('w05', 'w5');
    await hall.login('twn-001-w1', 'twn-001-w1');
    const agent = await hall.login('vil-001-1-agent');
    const proxy = await hall.request({
      method: 'POST',
      url: '/api/v1/proxy-tickets',
      token: agent,
      body: {
        siteId: 'twn-001',
        itemId: 'YB002',
        applicant: { name: '李四', phone: '13700002222' },
        materials: [],
      },
    });
    expect(proxy.status).toBe(201);
    hall.clock.advance(40 * 60_000);
    hall.app.supervision.tick();

    const supervisor = await hall.login('supervisor');
    const res = await hall.request({
      method: 'GET',
      url: '/api/v1/sites/rollup',
      token: supervisor,
    });
    expect(res.status).toBe(200);
    const sites = res.body.sites as SiteRollup[];
    expect(sites).toHaveLength(1 + 16 + 38);
    expect(sites[0]?.siteId).toBe('district');

    const sum = (rows: readonly RollupFigures[]) =>
      rows.reduce(
        (a, f) => ({
          windowsOpen: a.windowsOpen + f.windowsOpen,
          windows: a.windows + f.windows,
          waiting: a.waiting + f.waiting,
          longestWaitMs: Math.max(a.longestWaitMs, f.longestWaitMs),
          alertsOpen: a.alertsOpen + f.alertsOpen,
          alertsRed: a.alertsRed + f.alertsRed,
          proxiesOpen: a.proxiesOpen + f.proxiesOpen,
          proxiesOverdue: a.proxiesOverdue + f.proxiesOverdue,
        }),
        {
          windowsOpen: 0,
          windows: 0,
          waiting: 0,
          longestWaitMs: 0,
          alertsOpen: 0,
          alertsRed: 0,
          proxiesOpen: 0,
          proxiesOverdue: 0,
        },
      );
    expect(res.body.total).toEqual(sum(sites.map((s) => s.own)));
    expect(sites[0]?.withChildren).toEqual(res.body.total);
    expect(res.body.total).toMatchObject({ waiting: 6, windowsOpen: 2, proxiesOpen: 1 });
    expect(res.body.total.alertsOpen).toBeGreaterThan(0);

    // Each site as its own reads give it.
    for (const id of ['district', 'twn-001', 'twn-002', 'twn-003']) {
      const row = sites.find((s) => s.siteId === id)!;
      const map = await hall.request({
        method: 'GET',
        url: `/api/v1/supervision?siteId=${id}`,
        token: supervisor,
      });
      const units = map.body.units as { waiting: number; longestWaitMs: number }[];
      const windows = map.body.windows as { status: string }[];
      const alerts = await hall.request({
        method: 'GET',
        url: `/api/v1/alerts?siteId=${id}`,
        token: supervisor,
      });
      expect(row.own, id).toMatchObject({
        waiting: units.reduce((n, u) => n + u.waiting, 0),
        longestWaitMs: Math.max(0, ...units.map((u) => u.longestWaitMs)),
        windows: windows.length,
        windowsOpen: windows.filter((w) => w.status === 'open').length,
        alertsOpen: alerts.body.alerts.length,
      });
    }
    // A township with its rooms: the township and the rooms below it.
    const twn = sites.find((s) => s.siteId === 'twn-001')!;
    expect(twn.childIds).toEqual(['vil-001-1', 'vil-001-2', 'vil-001-3']);
    expect(twn.withChildren).toEqual(
      sum([twn.own, ...sites.filter((s) => s.parentId === 'twn-001').map((s) => s.own)]),
    );
    expect(twn.own).toMatchObject({ waiting: 2, windowsOpen: 1, proxiesOpen: 1 });
  });

  it('is for supervisors and admins: a clerk is refused', async () => {
    const clerk = await hall.login('w06', 'w6');
    const res = await hall.request({ method: 'GET', url: '/api/v1/sites/rollup', token: clerk });
    expect(res.status).toBe(403);
  });
});
