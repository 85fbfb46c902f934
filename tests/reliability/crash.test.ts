/**
 * kill -9 under load. A real server child process takes tickets from four
 * kiosks and calls and finishes at eight windows; at a random moment it is
 * SIGKILLed and restarted on the same data dir and port. After each cycle:
 * every acknowledged ticket and action is there, no number was issued twice,
 * numbering carries on, and the connected HallFeed screens reconnect by
 * themselves and mirror exactly the server's state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { HallFeed } from '@hallq/client';
import type { HallSnapshot, WindowReply } from '@hallq/protocol';
import { openDatabase } from '@hallq/server';
import { prepareHall, type PreparedHall } from '../../scripts/bench/hall-setup';
import { freePort } from '../../scripts/bench/ports';
import { spawnServer, type ServerProcess } from '../../scripts/bench/server-process';
import { seededRandom } from '../../scripts/sim/random';
import { eventually, openFeeds, visible } from '../support/reliability-feeds';
import type { ReplyBody } from '../support/reliability-hall';

const FULL = process.env.HALLQ_RELIABILITY === 'full';
const CYCLES = FULL ? 30 : 10;
const WINDOWS = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'];

let dir: string;
let hall: PreparedHall;
let port: number;
let server: ServerProcess | undefined;
let feeds: HallFeed[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hallq-crash-'));
  hall = await prepareHall(dir, 0);
  port = await freePort();
  server = await spawnServer({ dataDir: dir, port });
  feeds = openFeeds(server.url, hall.displayToken, 3);
}, 60_000);

afterAll(async () => {
  for (const f of feeds) f.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Acked {
  tickets: Map<string, { number: string; unitId: string }>;
  called: Set<string>;
  finished: Set<string>;
}

async function post(url: string, token: string, body: unknown) {
  const res = await fetch(`${server?.url}${url}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(3_000),
  });
  return { status: res.status, body: (await res.json()) as ReplyBody };
}
async function get(url: string) {
  const res = await fetch(`${server?.url}${url}`, { signal: AbortSignal.timeout(3_000) });
  return { status: res.status, body: (await res.json()) as ReplyBody & Partial<WindowReply> };
}

/** Issue and call until the server dies (a network error ends each loop). */
function driveLoad(acked: Acked, stopAt: number): Promise<void>[] {
  const items = ['shebao', 'yibao'].map(
    (u) => Object.values(hall.catalog.items).find((i) => i.unitId === u)?.id ?? '',
  );
  const kiosks = [0, 1, 2, 3].map(async (k) => {
    for (let i = 0; Date.now() < stopAt && i < 5_000; i++) {
      try {
        const r = await post('/api/v1/tickets', hall.kioskToken, { itemId: items[(k + i) % 2] });
        const t = r.body.ticket;
        if (r.status === 201 && t) acked.tickets.set(t.id, { number: t.number, unitId: t.unitId });
      } catch {
        return;
      }
    }
  });
  const clerks = WINDOWS.map(async (w) => {
    const token = hall.windowTokens[w] ?? '';
    for (let i = 0; Date.now() < stopAt && i < 5_000; i++) {
      try {
        const r = await post(`/api/v1/windows/${w}/call-next`, token, {});
        let id: string | undefined;
        if (r.status === 200 && r.body.ticket) {
          id = r.body.ticket.id;
          acked.called.add(id);
        } else if (r.body.error?.code === 'HALLQ_E_WINDOW_BUSY') {
          id = (await get(`/api/v1/windows/${w}`)).body.window?.current?.id;
        } else {
          await new Promise((res) => setTimeout(res, 20));
          continue;
        }
        if (!id) continue;
        const f = await post(`/api/v1/tickets/${id}/finish`, token, {});
        if (f.status === 200) acked.finished.add(id);
      } catch {
        return;
      }
    }
  });
  return [...kiosks, ...clerks];
}

const serial = (number: string) => Number(/\d+$/.exec(number)?.[0]);

it(`survives ${CYCLES} kill -9 cycles under load without losing an acknowledged write`, async () => {
  const rng = seededRandom(Date.now() & 0xffff);
  const acked: Acked = { tickets: new Map(), called: new Set(), finished: new Set() };
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const load = driveLoad(acked, Date.now() + 5_000);
    await new Promise((r) => setTimeout(r, 150 + rng() * 650));
    await server?.kill9();
    await Promise.all(load);
    server = await spawnServer({ dataDir: dir, port });

    // Every acknowledged ticket and action survived.
    for (const [id, t] of acked.tickets) {
      const r = await get(`/api/v1/tickets/${id}`);
      expect(r.status, `cycle ${cycle}: ticket ${t.number} lost`).toBe(200);
      expect(r.body.ticket?.number).toBe(t.number);
      if (acked.finished.has(id)) expect(r.body.ticket?.status).toBe('done');
      else if (acked.called.has(id)) expect(r.body.ticket?.status).not.toBe('waiting');
    }
    // Numbering carries on after the highest number ever handed out.
    const before = [...acked.tickets.values()]
      .filter((t) => t.unitId === 'shebao')
      .map((t) => serial(t.number));
    const fresh = await post('/api/v1/tickets', hall.kioskToken, {
      itemId: Object.values(hall.catalog.items).find((i) => i.unitId === 'shebao')?.id,
    });
    expect(fresh.status).toBe(201);
    const issued = fresh.body.ticket;
    if (!issued) throw new Error('no ticket in the reply');
    acked.tickets.set(issued.id, { number: issued.number, unitId: 'shebao' });
    expect(serial(issued.number)).toBeGreaterThan(Math.max(0, ...before));

    // The screens came back by themselves and show exactly what the server holds.
    const queues = async () => (await get('/api/v1/queues')).body as unknown as HallSnapshot;
    const same = await eventually(async () => {
      const truth = JSON.stringify(visible(await queues()));
      return feeds.every(
        (f) => f.state.status === 'live' && JSON.stringify(visible(f.state.snapshot)) === truth,
      );
    }, 20_000);
    const truth = visible(await queues());
    for (const f of feeds) expect(visible(f.state.snapshot), `cycle ${cycle}`).toEqual(truth);
    expect(same).toBe(true);
  }
  expect(acked.tickets.size).toBeGreaterThan(CYCLES * 5);
  expect(acked.finished.size).toBeGreaterThan(0);

  await server?.stop();
  server = undefined;
  // No number was issued twice, in the durable record.
  const db = openDatabase(path.join(dir, 'hallq.sqlite'));
  try {
    const dupes = db
      .prepare(
        `SELECT number, COUNT(*) AS n FROM tickets GROUP BY site_id, issued_unit_id, business_day, number HAVING n > 1`,
      )
      .all();
    expect(dupes).toEqual([]);
    const total = (db.prepare(`SELECT COUNT(*) AS n FROM tickets`).get() as { n: number }).n;
    expect(total).toBeGreaterThanOrEqual(acked.tickets.size);
  } finally {
    db.close();
  }
}, 170_000);
