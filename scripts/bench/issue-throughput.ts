/**
 * Durable tickets per second through POST /api/v1/tickets: autocannon with
 * keep-alive and 16 connections issuing a bounded number of tickets (a
 * day's worth by default) spread over the units served every day; then a
 * paced run at 200 tickets/s for the latency a kiosk sees on a busy morning.
 * Each run stops at its count or its time limit, whichever comes first.
 */
import autocannon from 'autocannon';

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
            setupRequest: (req) => ({ ...req, body: body() }),
          },
        ],
      },
      (err, result) => {
        clearTimeout(timer);
        if (err) return reject(err);
        resolve({
          // autocannon's own duration is whole seconds; time the run here.
          ticketsPerSec: result['2xx'] / ((performance.now() - started) / 1000),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          issued: result['2xx'],
          errors: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
    const timer = setTimeout(() => instance.stop(), options.maxSeconds * 1000);
  });
}
