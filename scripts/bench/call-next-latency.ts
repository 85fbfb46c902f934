/**
 * A clerk's 叫号 (call-next) latency over HTTP while the hall is busy: the 34
 * clerks are signed in, `waiting` tickets wait in the queues their windows
 * serve (topped up by the calls to come, so no call sees fewer), and every
 * window that serves a unit today calls the next visitor and finishes them,
 * in turn, at a steady overall `rate` of calls per second. Each call-next is
 * timed from send to reply; the finishes load the server but are not timed.
 *
 * Beside the calls, one client asks `GET /health` one request at a time on
 * its own connection (a short pause between): what any request costs on this
 * server, machine and load, the floor that a call-next's p99 is read against.
 */
import { businessTime, unitsServedBy, type Catalog } from '@hallq/core';
import { Client, Pool } from 'undici';
import { issueLoad } from './issue-throughput';
import { summarize } from './stats';

export interface CallNextOptions {
  url: string;
  kioskToken: string;
  catalog: Catalog;
  /** Clerk session tokens by window id. */
  windowTokens: Record<string, string>;
  /** Tickets waiting before the first timed call. */
  waiting: number;
  /** Timed calls, over all windows. */
  calls: number;
  /** Calls per second, over all windows. */
  rate: number;
  maxSeconds: number;
  /** Called when the timed calls begin (another measure may run beside them). */
  onTimedStart?: () => void;
}

export interface CallNextResult {
  waiting: number;
  /** Windows that serve a unit today (they call); the rest are signed in only. */
  callingWindows: number;
  signedIn: number;
  p50Ms: number;
  p99Ms: number;
  calls: number;
  errors: number;
  /** `GET /health` timed during the calls. */
  health: { p50Ms: number; p99Ms: number; requests: number };
}

/** Pause between two `/health` probes: ~50 a second, a light load of its own. */
const PROBE_GAP_MS = 20;

export async function measureCallNext(o: CallNextOptions): Promise<CallNextResult> {
  const site = o.catalog.sites.district;
  const weekday = businessTime(Date.now(), site?.timeZone ?? 'Asia/Shanghai').weekday;
  const served = new Map<string, string[]>();
  for (const w of Object.values(o.catalog.windows)) {
    if (w.siteId !== 'district') continue;
    const units = unitsServedBy(w, weekday);
    if (units.length > 0 && o.windowTokens[w.id]) served.set(w.id, units);
  }
  const windows = [...served.keys()];
  // Items with a daily quota (限号) would refuse the fill past it: not an error of the call.
  const itemsOf = new Map<string, string[]>();
  for (const i of Object.values(o.catalog.items)) {
    if (i.dailyQuota || i.enabled === false) continue;
    itemsOf.set(i.unitId, [...(itemsOf.get(i.unitId) ?? []), i.id]);
  }
  // One entry per window and unit it serves, so that each unit's share of
  // the queue follows the number of windows calling it: a unit with one item
  // and three windows is not emptied before the run ends (HALLQ_E_QUEUE_EMPTY).
  const taken = new Map<string, number>();
  const itemIds = [...served.values()].flatMap((units) =>
    units.flatMap((u) => {
      const items = itemsOf.get(u) ?? [];
      const k = taken.get(u) ?? 0;
      taken.set(u, k + 1);
      return items.length ? [items[k % items.length] as string] : [];
    }),
  );
  // One warm-up call per window, then the timed ones; every call leaves `waiting` behind it.
  const fill = await issueLoad({
    url: o.url,
    kioskToken: o.kioskToken,
    itemIds,
    tickets: o.waiting + windows.length + o.calls,
    maxSeconds: 120,
  });

  const pool = new Pool(o.url, { connections: windows.length, pipelining: 1 });
  const post = async (path: string, token: string) => {
    const res = await pool.request({
      path,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
      headersTimeout: 10_000,
    });
    const body = (await res.body.json()) as { ticket?: { id: string } };
    return { status: res.statusCode, ticketId: body.ticket?.id };
  };
  const latencies: number[] = [];
  const health: number[] = [];
  let probing = false;
  const probe = async () => {
    const client = new Client(o.url, { pipelining: 1, keepAliveTimeout: 60_000 });
    try {
      while (probing) {
        const sent = performance.now();
        const res = await client.request({ path: '/api/v1/health', method: 'GET' });
        await res.body.text();
        if (res.statusCode === 200) health.push(performance.now() - sent);
        await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
      }
    } finally {
      await client.close();
    }
  };
  let prober: Promise<void> | undefined;
  let errors = fill.errors;
  /** One clerk's turn: call the next visitor (timed), then finish with them. */
  const turn = async (w: string, timed: boolean) => {
    const token = o.windowTokens[w] ?? '';
    const sent = performance.now();
    const called = await post(`/api/v1/windows/${w}/call-next`, token).catch(() => undefined);
    const ms = performance.now() - sent;
    if (called?.status !== 200 || !called.ticketId) {
      errors++;
      return;
    }
    if (timed) latencies.push(ms);
    const done = await post(`/api/v1/tickets/${called.ticketId}/finish`, token).catch(
      () => undefined,
    );
    if (done?.status !== 200) errors++;
  };
  try {
    await Promise.all(windows.map((w) => turn(w, false)));
    o.onTimedStart?.();
    probing = true;
    prober = probe();
    // Clerk i's k-th call is due at (k·n + i)/rate: the windows take turns.
    const busy = new Map<string, Promise<void>>();
    const started = performance.now();
    const deadline = started + o.maxSeconds * 1000;
    for (let c = 0; c < o.calls && performance.now() < deadline; c++) {
      const w = windows[c % windows.length] as string;
      const wait = started + (c * 1000) / o.rate - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      // A clerk does one thing at a time: the next call waits for the last finish.
      busy.set(
        w,
        (busy.get(w) ?? Promise.resolve()).then(() => turn(w, true)),
      );
    }
    await Promise.all(busy.values());
  } finally {
    probing = false;
    await prober;
    await pool.close();
  }
  const s = summarize(latencies);
  const h = summarize(health);
  return {
    waiting: o.waiting,
    callingWindows: windows.length,
    signedIn: Object.keys(o.windowTokens).length,
    p50Ms: s.p50,
    p99Ms: s.p99,
    calls: s.n,
    errors,
    health: { p50Ms: h.p50, p99Ms: h.p99, requests: h.n },
  };
}
