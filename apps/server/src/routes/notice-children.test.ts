/**
 * The district pushes one notice to all its township halls at once (issue 15,
 * PUT /notice with includeChildren): each township screen hears its own
 * notice.updated, each site's audit records it once; a township admin cannot
 * set the district's notice or a sibling's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { addressOf, startTestHall, type TestHall } from '../../test/test-hall';

const PASSWORD = 'Xiang-Zhen-2026-gonggao';
const NOTICE = '12月5日（周六）全区便民服务中心正常办公';

let hall: TestHall;
let url: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  hall = await startTestHall();
  url = await hall.listen();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await hall.close();
});

const tokenOf = (id: string) => hall.creds.devices.find((d) => d.id === id)!.token;

/** A screen's socket and the notices it hears, once it has joined its room. */
async function screen(deviceId: string): Promise<{ notices: string[]; siteId: string }> {
  const socket = connect(url, {
    auth: { token: tokenOf(deviceId) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  const notices: string[] = [];
  socket.on('notice.updated', (p: { notice: string }) => notices.push(p.notice));
  const hello = await new Promise<{ siteId: string }>((resolve, reject) => {
    socket.once('hello', resolve);
    socket.once('connect_error', reject);
  });
  return { notices, siteId: hello.siteId };
}

/** Waits (up to about 5 s on a loaded machine) until `list` holds `n` entries. */
async function until(list: unknown[], n: number): Promise<void> {
  for (let i = 0; i < 500 && list.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(list.length).toBeGreaterThanOrEqual(n);
}

const townships = () =>
  Object.values(hall.app.hall.catalog.sites)
    .filter((s) => s.level === 'township')
    .map((s) => s.id)
    .sort();

describe('the district notice to every township hall', () => {
  it('reaches each township screen live, and each site audits it once', async () => {
    const admin = await hall.login('admin');
    const twn1 = await screen('twn-001-display');
    const last = townships().at(-1)!;
    const twnLast = await screen(`${last}-display`);
    const district = await screen('display-1');
    expect([twn1.siteId, twnLast.siteId]).toEqual(['twn-001', last]);

    const res = await hall.request({
      method: 'PUT',
      url: '/api/v1/notice',
      token: admin,
      body: { notice: NOTICE, includeChildren: true },
    });
    expect(res.status).toBe(200);
    expect(townships()).toHaveLength(16);
    expect(res.body.siteIds).toEqual(['district', ...townships()]);

    await until(twn1.notices, 1);
    await until(twnLast.notices, 1);
    await until(district.notices, 1);
    expect([twn1.notices, twnLast.notices, district.notices]).toEqual([
      [NOTICE],
      [NOTICE],
      [NOTICE],
    ]);
    for (const siteId of ['district', ...townships()]) {
      const read = await hall.request({ method: 'GET', url: `/api/v1/notice?siteId=${siteId}` });
      expect(read.body.notice).toBe(NOTICE);
    }
    // A village room has no hall screen: its notice is left alone.
    const village = Object.values(hall.app.hall.catalog.sites).find((s) => s.level === 'village');
    const villageNotice = await hall.request({
      method: 'GET',
      url: `/api/v1/notice?siteId=${village!.id}`,
    });
    expect(villageNotice.body.notice).not.toBe(NOTICE);

    for (const siteId of ['district', 'twn-001', last]) {
      const audit = await hall.request({
        method: 'GET',
        url: `/api/v1/audit?siteId=${siteId}&target=notice`,
        token: admin,
      });
      const entries = (audit.body.entries as { siteId: string; after?: unknown }[]).filter((e) =>
        JSON.stringify(e.after ?? '').includes(NOTICE),
      );
      expect(entries.map((e) => e.siteId)).toEqual([siteId]);
    }
  });

  it("a township admin sets its own notice, never the district's or a sibling's", async () => {
    const admin = await hall.login('admin');
    const made = await hall.request({
      method: 'POST',
      url: '/api/v1/staff',
      token: admin,
      body: {
        username: 'twn001admin',
        password: PASSWORD,
        name: '镇管理员',
        role: 'admin',
        siteId: 'twn-001',
        windowIds: [],
      },
    });
    expect(made.status).toBe(201);
    const login = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'twn001admin', password: PASSWORD },
      remoteAddress: addressOf('twn001admin'),
    });
    const tw = login.body.token as string;
    const before = await hall.request({ method: 'GET', url: '/api/v1/notice?siteId=twn-002' });

    for (const siteId of ['district', 'twn-002']) {
      const res = await hall.request({
        method: 'PUT',
        url: `/api/v1/notice?siteId=${siteId}`,
        token: tw,
        body: { notice: '镇里的公告', includeChildren: true },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('HALLQ_E_FORBIDDEN');
    }
    const after = await hall.request({ method: 'GET', url: '/api/v1/notice?siteId=twn-002' });
    expect(after.body.notice).toBe(before.body.notice);
    const district = await hall.request({ method: 'GET', url: '/api/v1/notice' });
    expect(district.body.notice).not.toBe('镇里的公告');

    // Its own hall has no child halls: the notice is its own only.
    const own = await hall.request({
      method: 'PUT',
      url: '/api/v1/notice',
      token: tw,
      body: { notice: '镇里的公告', includeChildren: true },
    });
    expect(own.status).toBe(200);
    expect(own.body.siteIds).toEqual(['twn-001']);
  });
});
