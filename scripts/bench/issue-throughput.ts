/**
 * Durable tickets per second through POST /api/v1/tickets: autocannon with
 * keep-alive and 16 connections issuing a bounded number of tickets (a
 * day's worth by default) spread over the units served every day; then a
 * paced run at 200 tickets/s for the latency a kiosk sees on a busy morning.
 * Each run stops at its count or its time limit, whichever comes first.
 */
import autocannon from 'autocannon';
import { Pool } from 'undici';
import { summarize } from './stats';

export interface IssueResult {
  ticketsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  issued: number;
  errors: number;
}

export interface IssueOptions {
  url: string;
  kioskToken: string;
  itemIds: string[];
  tickets: number;
  maxSeconds: number;
  /** Requests per second over all connections; omit for as fast as possible. */
  rate?: number;
}

export function issueLoad(options: IssueOptions): Promise<IssueResult> {
  let n = 0;
  const body = () => JSON.stringify({ itemId: options.itemIds[n++ % options.itemIds.length] });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // autocannon ends a run with `amount` only on its next 1 s sample tick,
    // so its end (and any timing up to it) rounds a run up to whole seconds:
    // 2,000 tickets served in 0.6 s read as ~1,990/s. Time the run to its
    // last response instead.
    let lastResponse = started;
    const instance = autocannon(
      {
        url: `${options.url}/api/v1/tickets`,
        connections: 16,
        pipelining: 1,
        amount: options.tickets,
        timeout: 10,
        ...(options.rate ? { overallRate: options.rate } : {}),
        requests: [
          {
            method: 'POST',
            path: '/api/v1/tickets',
            headers: {
              authorization: `Bearer ${options.kioskToken}`,
              'content-type': 'application/json',
            },
            // One item (the one long queue): every request is the same, and
            // autocannon sends its prebuilt bytes. A body set up per request
            // cost the load generator, on the server's 2 cores, 0.13–0.15 ms
            // a ticket against 0.07–0.09 ms (profile-issue.ts).
            ...(options.itemIds.length === 1
              ? { body: body() }
              : { setupRequest: (req) => ({ ...req, body: body() }) }),
          },
        ],
      },
      (err, result) => {
        clearTimeout(timer);
        if (err) return reject(err);
        resolve({
          ticketsPerSec: result['2xx'] / ((lastResponse - started) / 1000),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          issued: result['2xx'],
          errors: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', () => {
      lastResponse = performance.now();
    });
    const timer = setTimeout(() => instance.stop(), options.maxSeconds * 1000);
  });
}

/**
 * Issues `tickets` at a steady `rate` per second, one request every 1/rate s
 * on an undici keep-alive pool, and records each latency. autocannon's
 * overallRate releases each second's requests together, which measures a
 * burst, not a steady rate.
 */
export async function pacedIssue(options: IssueOptions & { rate: number }): Promise<IssueResult> {
  const pool = new Pool(options.url, { connections: 16 });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const inFlight: Promise<void>[] = [];
  try {
    for (let i = 0; i < options.tickets && performance.now() < deadline; i++) {
      const due = started + (i * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const sent = performance.now();
      inFlight.push(
        pool
          .request({
            path: '/api/v1/tickets',
            method: 'POST',
            headers: {
              authorization: `Bearer ${options.kioskToken}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ itemId: options.itemIds[i % options.itemIds.length] }),
            headersTimeout: 10_000,
          })
          .then(async (res) => {
            await res.body.text();
            if (res.statusCode === 201) latencies.push(performance.now() - sent);
            else errors++;
          })
          .catch(() => {
            errors++;
          }),
      );
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  const s = summarize(latencies);
  return {
    ticketsPerSec: latencies.length / ((performance.now() - started) / 1000),
    p50Ms: s.p50,
    p99Ms: s.p99,
    issued: latencies.length,
    errors,
  };
}
