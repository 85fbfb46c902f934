/**
 * Reports on a year of history (issue 13): GET /api/v1/reports over the
 * whole year, by each grouping, the 绩效考评 scores of its last full month
 * and quarter (GET /api/v1/scores, per clerk and per unit) and 好差评's
 * figures over the year (GET /api/v1/ratings/figures), in turn, one request at a time from a
 * supervisor's session, while the hall is busy: the 34 clerks signed in and
 * the windows serving today calling the next visitor and finishing them at
 * a steady rate (call-next-latency.ts). The call-next p99 is measured over
 * the same seconds, so a report that blocked the event loop would show
 * there too. Floor: a report answers in < 300 ms p99.
 */
import { Client } from 'undici';
import type { Catalog } from '@hallq/core';
import type { DemoCredentials } from '@hallq/server';
import { measureCallNext, type CallNextResult } from './call-next-latency';
import { monoMs, summarize } from './stats';

export const REPORT_BYS = [
  'day',
  'hour',
  'weekdayHour',
  'unit',
  'window',
  'clerk',
  'item',
] as const;
export const REPORT_FLOOR_P99_MS = 300;

/** The month and quarter before the one `day` (YYYY-MM-DD) falls in: full ones of the history. */
export function fullPeriodsBefore(day: string): { month: string; quarter: string } {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const q = Math.ceil(m / 3);
  const quarter = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  return { month, quarter };
}

/** Epoch ms of a day's local midnight in the demo hall's zone (Asia/Shanghai, UTC+8). */
const midnight = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

/**
 * Each timed request by name: /reports over the whole history by each
 * grouping, 绩效考评 (/scores) of the history's last full month and quarter,
 * per clerk and per unit, and 好差评's figures (/ratings/figures) over the
 * whole history, for the hall and per clerk.
 */
export function reportGroups(from: string, to: string): Map<string, string> {
  const { month, quarter } = fullPeriodsBefore(to);
  const span = `from=${midnight(from)}&to=${midnight(to) + 86_400_000}`;
  return new Map([
    ...REPORT_BYS.map((by) => [by, `/api/v1/reports?from=${from}&to=${to}&by=${by}`] as const),
    ...[month, quarter].flatMap((period) =>
      (['clerk', 'unit'] as const).map(
        (by) => [`scores ${period} by ${by}`, `/api/v1/scores?period=${period}&by=${by}`] as const,
      ),
    ),
    ...(['site', 'staff'] as const).map(
      (by) => [`ratings/figures by ${by}`, `/api/v1/ratings/figures?${span}&by=${by}`] as const,
    ),
  ]);
}

export interface ReportsResult {
  historyTickets: number;
  from: string;
  to: string;
  /** Per grouping: p50 / p99 over its requests. */
  byGroup: { by: string; p50Ms: number; p99Ms: number; requests: number; rows: number }[];
  /** Over every report request. */
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  /** Call-next over the same seconds. */
  callNext: CallNextResult & { ratePerSec: number };
}

export interface ReportsOptions {
  url: string;
  creds: DemoCredentials;
  catalog: Catalog;
  kioskToken: string;
  windowTokens: Record<string, string>;
  historyTickets: number;
  from: string;
  to: string;
  calls: number;
  callRate: number;
}

export async function measureReports(o: ReportsOptions): Promise<ReportsResult> {
  const client = new Client(o.url, { pipelining: 1, keepAliveTimeout: 60_000 });
  const send = async (method: 'GET' | 'POST', path: string, token?: string, body?: unknown) => {
    const res = await client.request({
      path,
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      headersTimeout: 30_000,
    });
    const text = await res.body.text();
    return { status: res.statusCode, text };
  };
  try {
    const sup = o.creds.staff.find((s) => s.role === 'supervisor' && s.siteId === 'district');
    if (!sup) throw new Error('no district supervisor in the demo credentials');
    const login = await send('POST', '/api/v1/auth/login', undefined, {
      username: sup.username,
      password: sup.password,
    });
    if (login.status !== 200) throw new Error(`supervisor sign-in: ${login.status} ${login.text}`);
    const token = (JSON.parse(login.text) as { token: string }).token;
    const groups = reportGroups(o.from, o.to);
    const report = async (by: string) => {
      const t0 = monoMs();
      const r = await send('GET', groups.get(by) as string, token);
      const ms = monoMs() - t0;
      if (r.status !== 200) throw new Error(`report ${by}: ${r.status} ${r.text.slice(0, 200)}`);
      const body = JSON.parse(r.text) as { rows?: unknown[]; figures?: unknown[] };
      return { ms, rows: (body.rows ?? body.figures ?? []).length };
    };
    const names = [...groups.keys()];
    // Warm-up: each grouping once (schemas, statements, the first page reads).
    const rows = new Map<string, number>();
    for (const by of names) rows.set(by, (await report(by)).rows);

    const samples = new Map<string, number[]>(names.map((b) => [b, []]));
    let timing = false;
    let done = false;
    let errors = 0;
    const loop = (async () => {
      while (!timing && !done) await new Promise((r) => setTimeout(r, 20));
      for (let k = 0; !done; k++) {
        const by = names[k % names.length] as string;
        try {
          const r = await report(by);
          if (!done) samples.get(by)?.push(r.ms);
        } catch {
          errors++;
        }
      }
    })();
    const callNext = await measureCallNext({
      url: o.url,
      kioskToken: o.kioskToken,
      catalog: o.catalog,
      windowTokens: o.windowTokens,
      waiting: 1_000,
      calls: o.calls,
      rate: o.callRate,
      maxSeconds: 180,
      onTimedStart: () => (timing = true),
    }).finally(() => (done = true));
    await loop;
    const all = summarize([...samples.values()].flat());
    return {
      historyTickets: o.historyTickets,
      from: o.from,
      to: o.to,
      byGroup: names.map((by) => {
        const s = summarize(samples.get(by) ?? []);
        return { by, p50Ms: s.p50, p99Ms: s.p99, requests: s.n, rows: rows.get(by) ?? 0 };
      }),
      p50Ms: all.p50,
      p99Ms: all.p99,
      requests: all.n,
      errors,
      callNext: { ...callNext, ratePerSec: o.callRate },
    };
  } finally {
    await client.close();
  }
}
