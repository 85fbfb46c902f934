/**
 * Reports across the network (三级联动) on the real server and the manual
 * clock: the district and two township halls issue and serve; the district's
 * includeChildren totals are the sum of each site's own report, by=site has
 * one row per site equal to that site's totals, and only the district's
 * staff may merge the sites below (coded 403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRow } from '@hallq/protocol';
import { addressOf, startTestHall, type TestHall } from '../../test/test-hall';

const MIN = 60_000;
const DAY = '2026-11-23';
const PASSWORD = 'Xiang-Zhen-2026-baobiao';

let h: TestHall;
let supervisor: string;

const tokenOf = (id: string) => h.creds.devices.find((d) => d.id === id)!.token;
const post = (token: string, url: string, body: unknown = {}) =>
  h.request({ method: 'POST', url: `/api/v1${url}`, token, body });
async function ok(p: ReturnType<typeof post>) {
  const r = await p;
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body;
}

/** Serves the next visitor at `windowId` for `minutes`. */
async function serve(token: string, windowId: string, minutes: number) {
  const { ticket } = await ok(post(token, `/windows/${windowId}/call-next`));
  await ok(post(token, `/tickets/${ticket.id}/start`));
  h.clock.advance(minutes * MIN);
  await ok(post(token, `/tickets/${ticket.id}/finish`));
}

beforeAll(async () => {
  h = await startTestHall();
  supervisor = await h.login('supervisor');
  // 10:00 the district: two visitors; twn-001: three; twn-002: two.
  await h.issue(h.itemOf('yibao'));
  await h.issue(h.itemOf('yibao'));
  for (const [site, n] of [
    ['twn-001', 3],
    ['twn-002', 2],
  ] as const)
    for (let i = 0; i < n; i++)
      await ok(post(tokenOf(`${site}-kiosk`), '/tickets', { itemId: 'YB002' }));
  const w5 = await h.login('w05', 'w5');
  const t1 = await h.login('twn-001-w1', 'twn-001-w1');
  const t2 = await h.login('twn-002-w1', 'twn-002-w1');
  h.clock.advance(4 * MIN);
  await serve(w5, 'w5', 6);
  await serve(t1, 'twn-001-w1', 3);
  await serve(t1, 'twn-001-w1', 9);
  h.clock.advance(2 * MIN);
  await serve(t2, 'twn-002-w1', 5);
  // One of twn-001's visitors is called and does not come: 过号.
  const { ticket } = await ok(post(t1, '/windows/twn-001-w1/call-next'));
  await ok(post(t1, `/tickets/${ticket.id}/no-show`));
});
afterAll(() => h.close());

const get = async (query: string, token = supervisor) => {
  const r = await h.request({
    method: 'GET',
    url: `/api/v1/reports?from=${DAY}&to=${DAY}&${query}`,
    token,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { siteIds?: string[]; rows: ReportRow[]; totals: ReportRow };
};

const COUNTS = ['issued', 'served', 'noShow', 'transferredOut', 'cancelled'] as const;
const counts = (r: ReportRow) => Object.fromEntries(COUNTS.map((k) => [k, r[k]]));
const figures = (r: ReportRow) => {
  const { key: _key, label: _label, ...rest } = r;
  return rest;
};

describe('GET /reports across the network', () => {
  it("the district's includeChildren totals are the sum of each site's own report", async () => {
    const all = await get('includeChildren=true');
    expect(all.siteIds?.[0]).toBe('district');
    expect(all.siteIds).toHaveLength(17);
    const sum = Object.fromEntries(COUNTS.map((k) => [k, 0]));
    let longest = 0;
    for (const siteId of all.siteIds!) {
      const own = await get(`siteId=${siteId}`);
      for (const k of COUNTS) sum[k] = (sum[k] ?? 0) + own.totals[k];
      longest = Math.max(longest, own.totals.maxWaitMs);
    }
    expect(counts(all.totals)).toEqual(sum);
    expect(all.totals.maxWaitMs).toBe(longest);
    // What the script did: 7 issued, 4 served, 1 过号.
    expect(counts(all.totals)).toMatchObject({ issued: 7, served: 4, noShow: 1 });
    const districtOnly = await get('');
    expect(districtOnly.totals).toMatchObject({ issued: 2, served: 1 });
    // Grouped by day or unit, the rows add up to the same totals.
    const byUnit = await get('includeChildren=true&by=unit');
    expect(byUnit.rows.reduce((n, r) => n + r.issued, 0)).toBe(7);
    expect(byUnit.rows.map((r) => r.key)).toEqual(
      expect.arrayContaining(['yibao', 'twn-001-zh', 'twn-002-zh']),
    );
  });

  it("by=site gives one row per site, each equal to that site's own totals", async () => {
    const bySite = await get('includeChildren=true&by=site');
    expect(bySite.rows.map((r) => r.key)).toEqual(bySite.siteIds);
    expect(bySite.rows[0]).toMatchObject({ key: 'district', label: expect.any(String) });
    for (const row of bySite.rows) {
      const own = await get(`siteId=${row.key}`);
      expect(figures(row)).toEqual(figures(own.totals));
    }
    const twn1 = bySite.rows.find((r) => r.key === 'twn-001')!;
    expect(twn1).toMatchObject({
      issued: 3,
      served: 2,
      noShow: 1,
      label: expect.stringContaining('便民服务中心'),
    });
    // Without includeChildren: the one site's row.
    const one = await get('siteId=twn-002&by=site');
    expect(one.rows.map((r) => [r.key, r.issued, r.served])).toEqual([['twn-002', 2, 1]]);
  });

  it("a township's staff cannot merge the network or read another site (403)", async () => {
    const admin = await h.login('admin');
    await ok(
      post(admin, '/staff', {
        username: 'twn001sup',
        password: PASSWORD,
        name: '镇监察员',
        role: 'supervisor',
        siteId: 'twn-001',
        windowIds: [],
      }),
    );
    const login = await h.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'twn001sup', password: PASSWORD },
      remoteAddress: addressOf('twn001sup'),
    });
    const tw = login.body.token as string;
    for (const query of ['includeChildren=true', 'siteId=district', 'siteId=twn-002&by=site']) {
      const r = await h.request({
        method: 'GET',
        url: `/api/v1/reports?from=${DAY}&to=${DAY}&${query}`,
        token: tw,
      });
      expect(r.status, query).toBe(403);
      expect(r.body.error.code).toBe('HALLQ_E_FORBIDDEN');
    }
    const own = await get('by=site', tw);
    expect(own.rows.map((r) => [r.key, r.issued])).toEqual([['twn-001', 3]]);
  });
});
