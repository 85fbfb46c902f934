/**
 * Every read a window clerk's terminal, a hall screen and the supervisor's
 * board (电子监察: the hall map, the open alerts, the district roll-up) make, timed against
 * a running server (the bench's is on a year of history) while the hall is
 * busy: the 34 clerks sign in over HTTP, `waiting` tickets wait in the
 * queues their windows serve, and the windows that serve a unit today call
 * the next visitor and finish them in turn at `callRate` calls a second
 * (each call and finish is an event every caller and screen hears).
 *
 * Meanwhile one client reads, one request at a time on one keep-alive
 * connection, every route in turn (so each sees the same load), round-robin
 * over the clerks' windows and tokens; a display's socket times `sync` as a
 * screen does after a short drop (a replay of the last events) and after a
 * long one (a snapshot). `GET /health`, timed in the same rotation, is the
 * floor: what any request costs on this server, machine and load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { Client, Pool } from 'undici';
import { PROTOCOL_VERSION, QUEUE_PANEL_ROWS } from '@hallq/protocol';
import type { DemoCredentials } from '@hallq/server';
import { issueLoad } from './issue-throughput';
import { monoMs, summarize } from './stats';

export interface ReadFigure {
  /** The route as the API names it, e.g. `GET /api/v1/windows/:id/stats`. */
  route: string;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

export interface ReadsResult {
  /** Clerks signed in; of them, the windows calling during the timing. */
  clerks: number;
  callingWindows: number;
  /** Tickets waiting when the timing began, and calls (with their finishes) made during it. */
  waiting: number;
  callRate: number;
  calls: number;
  errors: number;
  reads: ReadFigure[];
  floor: ReadFigure;
}

interface CatalogBody {
  items: { id: string; unitId: string }[];
  windows: { id: string; number: number; todayUnitIds: string[] }[];
}

export interface ReadsOptions {
  url: string;
  dataDir: string;
  /** Tickets waiting in the calling windows' queues before the timing. */
  waiting: number;
  /** Calls a second over all windows (each followed by its finish). */
  callRate: number;
  /** Timed requests per route, after `warmup` untimed rounds. */
  requests: number;
  warmup: number;
}

/** Tickets issued beyond `waiting`, for the calls made during the timing (a day's worth). */
const TOP_UP = 2_000;
/** A replay this many events long stands for a screen back from a short drop. */
const REPLAY_EVENTS = 20;

export async function measureReads(o: ReadsOptions): Promise<ReadsResult> {
  const creds = JSON.parse(
    readFileSync(path.join(o.dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  const device = (kind: string) =>
    creds.devices.find((d) => d.kind === kind && (d.siteId ?? 'district') === 'district')?.token ??
    '';
  const client = new Client(o.url, { pipelining: 1, keepAliveTimeout: 60_000 });
  const send = async (
    c: Client | Pool,
    method: 'GET' | 'POST',
    url: string,
    token?: string,
    body?: unknown,
  ) => {
    const res = await c.request({
      path: url,
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      headersTimeout: 10_000,
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${text}`);
    return JSON.parse(text) as unknown;
  };
  const load = new Pool(o.url, { connections: 34, pipelining: 1 });
  let socket: Socket | undefined;
  let stop = false;
  let calls = 0;
  let errors = 0;
  let driver: Promise<void> = Promise.resolve();
  const chain = new Map<string, Promise<void>>();
  try {
    const catalog = (await send(client, 'GET', '/api/v1/catalog')) as CatalogBody;
    const windows = new Map(catalog.windows.map((w) => [w.id, w]));
    const itemOf = (unitId: string) => catalog.items.find((i) => i.unitId === unitId)?.id;

    // Every clerk signs in to their own window (34 logins, under the per-address limit).
    const clerks: { windowId: string; token: string; calls: boolean }[] = [];
    for (const s of creds.staff.filter((x) => x.role === 'clerk' && x.windowIds.length > 0)) {
      const w = windows.get(s.windowIds[0] as string);
      if (!w) continue;
      const reply = (await send(client, 'POST', '/api/v1/auth/login', undefined, {
        username: s.username,
        password: s.password,
        windowId: w.id,
      })) as { token: string };
      clerks.push({
        windowId: w.id,
        token: reply.token,
        calls: w.todayUnitIds.some((u) => itemOf(u)),
      });
    }
    // The district's supervisor, whose board (电子监察) reads the hall map and the open alerts.
    const sup = creds.staff.find((x) => x.role === 'supervisor' && x.siteId === 'district');
    if (!sup) throw new Error('no district supervisor in the demo credentials');
    const supervisor = (
      (await send(client, 'POST', '/api/v1/auth/login', undefined, {
        username: sup.username,
        password: sup.password,
      })) as { token: string }
    ).token;
    const calling = clerks.filter((c) => c.calls);
    if (calling.length === 0) throw new Error('no clerk has a window open today');

    // The queues the calling windows serve: `waiting` now, topped up for the calls to come.
    const units = new Set(calling.flatMap((c) => windows.get(c.windowId)?.todayUnitIds ?? []));
    const itemIds = catalog.items.filter((i) => units.has(i.unitId)).map((i) => i.id);
    const fill = await issueLoad({
      url: o.url,
      kioskToken: device('kiosk'),
      itemIds,
      tickets: o.waiting + TOP_UP,
      maxSeconds: 120,
    });
    errors += fill.errors;

    // A hall screen's socket; it follows the site's seq from the events it hears.
    let seq = 0;
    socket = io(o.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { token: device('display'), protocolVersion: PROTOCOL_VERSION },
    });
    const s = socket;
    await new Promise<void>((resolve, reject) => {
      s.once('hello', (h: { seq: number }) => {
        seq = h.seq;
        resolve();
      });
      s.once('connect_error', reject);
      setTimeout(() => reject(new Error('the display socket did not connect')), 10_000);
    });
    s.onAny((_name: string, payload: { seq?: number }) => {
      if (typeof payload?.seq === 'number' && payload.seq > seq) seq = payload.seq;
    });

    // The clerks call and finish in turn at callRate, each one thing at a time.
    const turn = async (c: (typeof calling)[number]) => {
      try {
        const r = (await send(
          load,
          'POST',
          `/api/v1/windows/${c.windowId}/call-next`,
          c.token,
          {},
        )) as { ticket?: { id: string } };
        calls++;
        if (r.ticket)
          await send(load, 'POST', `/api/v1/tickets/${r.ticket.id}/finish`, c.token, {});
      } catch {
        errors++;
      }
    };
    const started = performance.now();
    driver = (async () => {
      for (let k = 0; !stop && calls < TOP_UP; k++) {
        const wait = started + (k * 1000) / o.callRate - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (stop) break;
        const c = calling[k % calling.length] as (typeof calling)[number];
        const next = (chain.get(c.windowId) ?? Promise.resolve()).then(() => turn(c));
        chain.set(c.windowId, next);
      }
    })();

    const sync = (since: number | null) =>
      s.timeout(10_000).emitWithAck('sync', { since }) as Promise<{ ok: boolean }>;
    const routes: [string, (k: number) => Promise<unknown>][] = [
      ['GET /api/v1/health', () => send(client, 'GET', '/api/v1/health')],
      ...(
        [
          ['GET /api/v1/windows/:id/stats', (id: string) => `/api/v1/windows/${id}/stats`, true],
          ['GET /api/v1/windows/:id', (id: string) => `/api/v1/windows/${id}`, true],
          // As the caller's queue panel asks for it: the next QUEUE_PANEL_ROWS and the summary.
          [
            `GET /api/v1/windows/:id/queue?limit=${QUEUE_PANEL_ROWS}`,
            (id: string) => `/api/v1/windows/${id}/queue?limit=${QUEUE_PANEL_ROWS}`,
            true,
          ],
          ['GET /api/v1/auth/me', () => '/api/v1/auth/me', true],
          ['GET /api/v1/queues', () => '/api/v1/queues', false],
          ['GET /api/v1/catalog', () => '/api/v1/catalog', false],
          ['GET /api/v1/notice', () => '/api/v1/notice', false],
        ] as const
      ).map(([route, url, auth]): [string, (k: number) => Promise<unknown>] => [
        route,
        (k) => {
          const c = clerks[k % clerks.length] as (typeof clerks)[number];
          return send(client, 'GET', url(c.windowId), auth ? c.token : undefined);
        },
      ]),
      ...(
        [
          ['GET /api/v1/supervision', '/api/v1/supervision'],
          ['GET /api/v1/alerts?status=open', '/api/v1/alerts?status=open'],
          ['GET /api/v1/sites/rollup', '/api/v1/sites/rollup'],
        ] as const
      ).map(([route, url]): [string, (k: number) => Promise<unknown>] => [
        route,
        () => send(client, 'GET', url, supervisor),
      ]),
      [
        `socket sync: replay of the last ${REPLAY_EVENTS} events`,
        () => sync(Math.max(0, seq - REPLAY_EVENTS)),
      ],
      ['socket sync: snapshot', () => sync(null)],
    ];
    const samples = new Map<string, number[]>(routes.map(([r]) => [r, []]));
    for (let k = 0; k < o.warmup + o.requests; k++) {
      for (const [route, read] of routes) {
        const t0 = monoMs();
        const reply = await read(k);
        const ms = monoMs() - t0;
        if (route.startsWith('socket') && !(reply as { ok: boolean }).ok)
          throw new Error(`${route}: ${JSON.stringify(reply)}`);
        if (k >= o.warmup) samples.get(route)?.push(ms);
      }
    }
    stop = true;
    const figure = (route: string): ReadFigure => {
      const x = summarize(samples.get(route) ?? []);
      return { route, p50Ms: x.p50, p99Ms: x.p99, requests: x.n };
    };
    await driver;
    await Promise.all(chain.values());
    return {
      clerks: clerks.length,
      callingWindows: calling.length,
      waiting: o.waiting,
      callRate: o.callRate,
      calls,
      errors,
      floor: figure('GET /api/v1/health'),
      reads: routes.slice(1).map(([r]) => figure(r)),
    };
  } finally {
    stop = true;
    socket?.close();
    await driver.catch(() => undefined);
    await Promise.allSettled(chain.values());
    await load.close();
    await client.close();
  }
}
