/**
 * Durable tickets per second through POST /api/v1/tickets: autocannon with
 * keep-alive and 16 connections, then a paced run at 200 tickets/s for the
 * latency a kiosk sees on a busy morning.
 */
import autocannon from 'autocannon';

export interface IssueResult {
  ticketsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export async function issueLoad(
  url: string,
  kioskToken: string,
  itemId: string,
  seconds: number,
  overallRate?: number,
): Promise<IssueResult> {
  const result = await autocannon({
    url: `${url}/api/v1/tickets`,
    method: 'POST',
    connections: 16,
    pipelining: 1,
    duration: seconds,
    ...(overallRate ? { overallRate } : {}),
    headers: { authorization: `Bearer ${kioskToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ itemId }),
  });
  const ok = result['2xx'];
  return {
    ticketsPerSec: ok / (result.duration || seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
