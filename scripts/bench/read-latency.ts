/**
 * What a window clerk's terminal and a hall screen read, timed against a
 * running server (typically one on a year of history). A few clerks sign in
 * to their windows over HTTP with the demo credentials, tickets are issued
 * and some called and finished so today has data, then each read is timed
 * over sequential requests on one keep-alive connection, beside the same
 * timing of `GET /api/v1/health` as a floor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'undici';
import type { DemoCredentials } from '@hallq/server';
import { monoMs, summarize } from './stats';

export interface ReadFigure {
  /** The route as the API names it, e.g. `GET /api/v1/windows/:id/stats`. */
  route: string;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

export interface ReadsResult {
  clerks: number;
  /** Tickets issued, and of them called and finished, before the timing. */
  issued: number;
  finished: number;
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
  /** Clerks signed in to windows that serve a unit today. */
  clerks: number;
  /** Timed requests per route, after `warmup` untimed ones. */
  requests: number;
  warmup: number;
}

export async function measureReads(o: ReadsOptions): Promise<ReadsResult> {
  const creds = JSON.parse(
    readFileSync(path.join(o.dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  const kioskToken = creds.devices.find((d) => d.kind === 'kiosk')?.token ?? '';
  const client = new Client(o.url, { pipelining: 1, keepAliveTimeout: 60_000 });
  const send = async (method: 'GET' | 'POST', url: string, token?: string, body?: unknown) => {
    const res = await client.request({
      path: url,
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${text}`);
    return JSON.parse(text) as unknown;
  };
  try {
    const catalog = (await send('GET', '/api/v1/catalog')) as CatalogBody;
    const windows = new Map(catalog.windows.map((w) => [w.id, w]));
    const itemOf = (unitId: string) => catalog.items.find((i) => i.unitId === unitId)?.id;

    // Clerks whose own window serves a unit today, so they have a queue to call.
    const picked = creds.staff
      .filter((s) => s.role === 'clerk' && s.windowIds.length > 0)
      .map((s) => ({ staff: s, window: windows.get(s.windowIds[0] as string) }))
      .filter((c) => c.window && c.window.todayUnitIds.some((u) => itemOf(u)))
      .slice(0, o.clerks);
    if (picked.length === 0) throw new Error('no clerk has a window open today');
    const clerks: { windowId: string; token: string; itemId: string }[] = [];
    for (const { staff, window } of picked) {
      const w = window as CatalogBody['windows'][number];
      const reply = (await send('POST', '/api/v1/auth/login', undefined, {
        username: staff.username,
        password: staff.password,
        windowId: w.id,
      })) as { token: string };
      const unitId = w.todayUnitIds.find((u) => itemOf(u)) as string;
      clerks.push({ windowId: w.id, token: reply.token, itemId: itemOf(unitId) as string });
    }

    // Today's data: 6 tickets per window's unit, 3 of them called and finished.
    let issued = 0;
    let finished = 0;
    for (const c of clerks) {
      for (let i = 0; i < 6; i++) {
        await send('POST', '/api/v1/tickets', kioskToken, { itemId: c.itemId });
        issued++;
      }
    }
    for (const c of clerks) {
      for (let i = 0; i < 3; i++) {
        const r = (await send('POST', `/api/v1/windows/${c.windowId}/call-next`, c.token, {})) as {
          ticket?: { id: string };
        };
        if (!r.ticket) break;
        await send('POST', `/api/v1/tickets/${r.ticket.id}/finish`, c.token, {});
        finished++;
      }
    }

    /** Sequential requests, round-robin over the clerks (their windows and tokens). */
    const time = async (
      route: string,
      url: (c: (typeof clerks)[number]) => string,
      auth: boolean,
    ): Promise<ReadFigure> => {
      const one = (k: number) => {
        const c = clerks[k % clerks.length] as (typeof clerks)[number];
        return send('GET', url(c), auth ? c.token : undefined);
      };
      for (let k = 0; k < o.warmup; k++) await one(k);
      const samples: number[] = [];
      for (let k = 0; k < o.requests; k++) {
        const t0 = monoMs();
        await one(k);
        samples.push(monoMs() - t0);
      }
      const s = summarize(samples);
      return { route, p50Ms: s.p50, p99Ms: s.p99, requests: s.n };
    };

    const floor = await time('GET /api/v1/health', () => '/api/v1/health', false);
    const reads = [
      await time(
        'GET /api/v1/windows/:id/stats',
        (c) => `/api/v1/windows/${c.windowId}/stats`,
        true,
      ),
      await time('GET /api/v1/windows/:id', (c) => `/api/v1/windows/${c.windowId}`, true),
      await time(
        'GET /api/v1/windows/:id/queue',
        (c) => `/api/v1/windows/${c.windowId}/queue`,
        true,
      ),
      await time('GET /api/v1/queues', () => '/api/v1/queues', false),
      await time('GET /api/v1/catalog', () => '/api/v1/catalog', false),
    ];
    return { clerks: clerks.length, issued, finished, reads, floor };
  } finally {
    await client.close();
  }
}
