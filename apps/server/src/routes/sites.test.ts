/**
 * GET /sites and PUT /sites/:id/items (core Q26): the tree of the network,
 * and a township's enabled master items changed through the admin API as an
 * audited catalogue event, which its kiosk follows at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressOf, startTestHall, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';

let hall: TestHall;
let admin: string;
beforeEach(async () => {
  hall = await startTestHall();
  admin = await hall.login('admin');
});
afterEach(() => hall.close());

const put = (site: string, body: unknown, token = admin) =>
  hall.request({ method: 'PUT', url: `/api/v1/sites/${site}/items`, token, body });
const kiosk = (site: string) => hall.creds.devices.find((d) => d.id === `${site}-kiosk`)!.token;
const issue = (site: string, itemId: string) =>
  hall.request({ method: 'POST', url: '/api/v1/tickets', token: kiosk(site), body: { itemId } });

/** A township supervisor of twn-001, made through the admin API. */
async function townshipSupervisor(): Promise<string> {
  const password = 'Twn-Sup-2026-hall';
  const made = await hall.request({
    method: 'POST',
    url: '/api/v1/staff',
    token: admin,
    body: {
      username: 'twsup',
      password,
      name: '镇监察',
      role: 'supervisor',
      siteId: 'twn-001',
      windowIds: [],
    },
  });
  expect(made.status).toBe(201);
  const login = await hall.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    body: { username: 'twsup', password },
    remoteAddress: addressOf('twsup'),
  });
  return login.body.token as string;
}

describe('the site tree', () => {
  it('shows the district its whole network: itself, its 16 townships, each with its village rooms', async () => {
    const res = await hall.request({ method: 'GET', url: '/api/v1/sites', token: admin });
    expect(res.status).toBe(200);
    const [root, ...below] = res.body.sites;
    expect(root).toMatchObject({ id: 'district', level: 'district', enabledItemIds: [] });
    expect(root.parentId).toBeUndefined();
    expect(root.childIds).toHaveLength(16);
    const townships = below.filter((s: { level: string }) => s.level === 'township');
    expect(townships.map((s: { id: string }) => s.id)).toEqual(root.childIds);
    for (const s of townships) {
      expect(s).toMatchObject({ level: 'township', parentId: 'district' });
      expect(s.intakeUnitId).toBe(`${s.id}-zh`);
      expect(s.enabledItemIds.length, s.id).toBeGreaterThanOrEqual(40);
      expect(s.enabledItemIds.length, s.id).toBeLessThanOrEqual(60);
    }
    // 全程代办: 38 village rooms, each right after its township, taking in a few of its items.
    const villages = below.filter((s: { level: string }) => s.level === 'village');
    expect(villages).toHaveLength(38);
    for (const v of villages) {
      const parent = townships.find((t: { id: string }) => t.id === v.parentId);
      expect(parent?.childIds, v.id).toContain(v.id);
      expect(v.intakeUnitId).toBeUndefined();
      expect(v.enabledItemIds.length, v.id).toBeGreaterThanOrEqual(3);
      for (const item of v.enabledItemIds) expect(parent.enabledItemIds).toContain(item);
    }
    expect(below.map((s: { id: string }) => s.id)).toEqual(
      townships.flatMap((t: { id: string; childIds: string[] }) => [t.id, ...t.childIds]),
    );
  });

  it("shows a township's staff their own site only, and refuses them the others' lists", async () => {
    const tw = await townshipSupervisor();
    const res = await hall.request({ method: 'GET', url: '/api/v1/sites', token: tw });
    expect(res.body.sites.map((s: { id: string }) => s.id)).toEqual(['twn-001']);
    const before = stateDigest(hall.app.db);
    for (const site of ['twn-002', 'district']) {
      const refused = await put(site, { itemIds: ['YB002'] }, tw);
      expect(refused.status, site).toBe(403);
      expect(refused.body.error.code, site).toBe('HALLQ_E_FORBIDDEN');
    }
    expect(stateDigest(hall.app.db)).toBe(before);
    // Its own list it may set.
    expect((await put('twn-001', { itemIds: ['YB002'] }, tw)).status).toBe(200);
  });
});

describe("a township's enabled items", () => {
  it('are set as an audited catalogue event, and its kiosk follows at once', async () => {
    expect((await issue('twn-001', 'GS001')).body.error.code).toBe('HALLQ_E_ITEM_NOT_AT_SITE');
    const res = await put('twn-001', { itemIds: ['YB002', 'GS001'] });
    expect(res.status).toBe(200);
    expect(res.body.entry).toMatchObject({ id: 'twn-001', enabledItemIds: ['YB002', 'GS001'] });
    const catalog = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=twn-001' });
    expect(catalog.body.items.map((i: { id: string }) => i.id)).toEqual(['YB002', 'GS001']);
    expect((await issue('twn-001', 'GS001')).body.ticket).toMatchObject({ number: 'A001' });
    // One taken away is refused from then on.
    expect((await issue('twn-001', 'SB005')).body.error.code).toBe('HALLQ_E_ITEM_NOT_AT_SITE');
    const audit = await hall.request({
      method: 'GET',
      url: '/api/v1/audit?target=site:twn-001',
      token: admin,
    });
    const [entry] = audit.body.entries;
    expect(entry).toMatchObject({ action: 'site.updated', siteId: 'twn-001' });
    expect(entry.after.enabledItemIds).toEqual(['YB002', 'GS001']);
    expect(entry.before.enabledItemIds.length).toBeGreaterThan(2);
    // The list survives a restart.
    await hall.restart();
    const again = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=twn-001' });
    expect(again.body.items).toHaveLength(2);
  });

  it('refuses bad lists with a coded error and changes nothing', async () => {
    // An item of a township's own (not of the master catalogue) for the next case.
    const own = await hall.request({
      method: 'POST',
      url: '/api/v1/items',
      token: admin,
      body: {
        id: 'TW2-1',
        unitId: 'twn-002-zh',
        name: '镇自有事项',
        promisedDays: 0,
        onTheSpot: true,
        expectedServiceMinutes: 5,
      },
    });
    expect(own.status).toBe(201);
    const before = stateDigest(hall.app.db);
    const cases: [string, string, unknown, number, string][] = [
      [
        'the district keeps the master list',
        'district',
        { itemIds: ['YB002'] },
        400,
        'HALLQ_E_VALIDATION',
      ],
      ['an unknown site', 'atlantis', { itemIds: [] }, 404, 'HALLQ_E_SITE_NOT_FOUND'],
      [
        'an unknown item',
        'twn-001',
        { itemIds: ['YB002', 'NOPE1'] },
        404,
        'HALLQ_E_ITEM_NOT_FOUND',
      ],
      ["another township's own item", 'twn-001', { itemIds: ['TW2-1'] }, 400, 'HALLQ_E_VALIDATION'],
      [
        'an intake unit of another site',
        'twn-001',
        { itemIds: [], intakeUnitId: 'yibao' },
        404,
        'HALLQ_E_UNIT_NOT_FOUND',
      ],
      ['an item twice', 'twn-001', { itemIds: ['YB002', 'YB002'] }, 400, 'HALLQ_E_VALIDATION'],
      ['no list', 'twn-001', {}, 400, 'HALLQ_E_VALIDATION'],
    ];
    for (const [label, site, body, status, code] of cases) {
      const res = await put(site, body);
      expect(res.status, label).toBe(status);
      expect(res.body.error.code, label).toBe(code);
      expect(res.body.error.message, label).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(stateDigest(hall.app.db)).toBe(before);
    const catalog = await hall.request({ method: 'GET', url: '/api/v1/catalog?siteId=twn-001' });
    expect(catalog.body.items.length).toBeGreaterThanOrEqual(40);
  });
});
