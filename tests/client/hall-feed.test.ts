/**
 * What a screen draws must be what the server has: a HallFeed that mirrors a
 * busy stretch of the hall event by event (with @hallq/hall-view, the
 * server's own reducer) ends with exactly the snapshot the server gives a
 * newcomer — across calls, recalls, transfers,
 * cancels, pauses, notices, a forced sign-out, a server restart mid-stream
 * and the day close.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, HallFeed, newIdempotencyKey, type HallqApi } from '@hallq/client';
import type { HallSnapshot } from '@hallq/protocol';
import { ManualClock } from '@hallq/server';
import { startHallServer, type HallServer } from '../support/hall-server';

const MONDAY_10AM = Date.UTC(2026, 10, 23, 2, 0);
const clock = new ManualClock(MONDAY_10AM);
let server: HallServer;
let feed: HallFeed;

/** The whole view but `at` (the server stamps a snapshot with the time it answers). */
function shown(s: HallSnapshot | undefined) {
  if (!s) throw new Error('no snapshot');
  return { ...s, at: 0 };
}

/** Compare only once the feed has caught up with the server's seq. */
async function expectMirrored(api: HallqApi) {
  const server = await settled(api);
  expect(shown(feed.state.snapshot)).toEqual(shown(server));
}

async function settled(api: HallqApi) {
  const server = await api.queues();
  for (let i = 0; i < 300 && feed.state.seq < server.seq; i++)
    await new Promise((r) => setTimeout(r, 20));
  return server;
}

const api = (token?: string) =>
  createApi({ baseUrl: server.url, ...(token ? { token: () => token } : {}) });

beforeAll(async () => {
  server = await startHallServer({ clock, serveScreens: false });
  feed = new HallFeed({
    url: server.url,
    token: server.deviceToken('display'),
    transports: ['websocket'],
  });
  for (let i = 0; i < 300 && feed.state.status !== 'live'; i++)
    await new Promise((r) => setTimeout(r, 20));
});

afterAll(async () => {
  feed?.close();
  await server?.close();
});

describe('HallFeed + the shared reducer mirror the server', () => {
  it('ends every stretch with exactly the snapshot the server has', async () => {
    const open = api();
    const kiosk = api(server.deviceToken('kiosk'));
    const take = async (itemId: string, priority: 'normal' | 'priority' = 'normal') =>
      (await kiosk.issueTicket({ itemId, priority }, newIdempotencyKey())).ticket;
    const catalog = await open.catalog();
    const itemOf = (unitId: string) => catalog.items.find((i) => i.unitId === unitId)!.id;
    const clerk = async (username: string, windowId: string) =>
      api((await open.login({ username, password: server.password(username), windowId })).token);

    const w5 = await clerk('w05', 'w5');
    const w1 = await clerk('w01', 'w1');
    const a = await take(itemOf('yibao'));
    await take(itemOf('yibao'), 'priority');
    const b = await take(itemOf('shebao'));
    await take(itemOf('shebao'));
    const c = await take(itemOf('yibao'));

    const first = (await w5.callNext('w5', null, newIdempotencyKey())).ticket;
    await w5.recall(first.id, newIdempotencyKey());
    await w5.transfer(
      first.id,
      { toUnitId: 'shebao', toItemId: itemOf('shebao'), position: 'front' },
      newIdempotencyKey(),
    );
    const atW1 = (await w1.callNext('w1', null, newIdempotencyKey())).ticket;
    expect(atW1.id).toBe(first.id);
    await w1.start(atW1.id);
    await w1.finish(atW1.id);
    // A visitor who leaves is taken off the queue by the supervisor (kiosks may not cancel).
    const supervisor = api(
      (await open.login({ username: 'supervisor', password: server.password('supervisor') })).token,
    );
    await supervisor.cancelTicket(c.id);
    const next = (await w5.callNext('w5', null, newIdempotencyKey())).ticket;
    expect(next.id).toBe(a.id);
    await w5.noShow(next.id);
    await w5.pause('w5', '午休');
    const admin = api(
      (await open.login({ username: 'admin', password: server.password('admin') })).token,
    );
    await admin.setNotice('午休时间 12:00–13:30');
    await expectMirrored(open);

    // The server restarts mid-stream; the feed catches up by itself.
    await server.restart();
    await take(itemOf('yibao'));
    const w1again = (await w1.callNext('w1', null, newIdempotencyKey())).ticket;
    expect(w1again.id).toBe(b.id);
    await w5.resume('w5');
    await expectMirrored(open);

    // Tuesday morning: the day closes, everything expires, every window is signed out.
    clock.set(MONDAY_10AM + 22 * 3_600_000);
    await server.app.closeElapsedDays();
    const after = await settled(open);
    expect(after.windows.every((w) => w.status === 'signedOut')).toBe(true);
    expect(after.units.every((u) => u.waiting === 0)).toBe(true);
    expect(shown(feed.state.snapshot)).toEqual(shown(after));
  });
});
