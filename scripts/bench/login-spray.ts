/**
 * Issue 11's login spray: 32 sign-ins at a time with random usernames and
 * passwords, all from one address (127.0.0.1), for `seconds`, while another
 * client reads `GET /api/v1/health` one request at a time. Health's p50/p99
 * during the spray is set beside its idle p50/p99 on the same server just
 * before. The spray's replies are counted by status (401 wrong credentials,
 * 429 rate-limited).
 */
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'undici';
import { monoMs, summarize } from './stats';

export interface SprayResult {
  concurrency: number;
  seconds: number;
  idleP50Ms: number;
  idleP99Ms: number;
  sprayP50Ms: number;
  sprayP99Ms: number;
  healthRequests: number;
  logins: number;
  /** Replies by HTTP status. */
  statuses: Record<string, number>;
}

export async function measureLoginSpray(o: {
  url: string;
  concurrency: number;
  seconds: number;
  idleRequests: number;
}): Promise<SprayResult> {
  const health = new Client(o.url, { pipelining: 1, keepAliveTimeout: 60_000 });
  const spray = new Pool(o.url, { connections: o.concurrency, pipelining: 1 });
  const timeHealth = async () => {
    const t0 = monoMs();
    const res = await health.request({ path: '/api/v1/health', method: 'GET' });
    await res.body.text();
    if (res.statusCode !== 200) throw new Error(`health → ${res.statusCode}`);
    return monoMs() - t0;
  };
  try {
    for (let k = 0; k < 20; k++) await timeHealth();
    const idle: number[] = [];
    for (let k = 0; k < o.idleRequests; k++) idle.push(await timeHealth());

    const statuses: Record<string, number> = {};
    let logins = 0;
    const end = monoMs() + o.seconds * 1000;
    const worker = async () => {
      while (monoMs() < end) {
        const res = await spray.request({
          path: '/api/v1/auth/login',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            username: `u${randomBytes(6).toString('hex')}`,
            password: randomBytes(9).toString('base64'),
          }),
          headersTimeout: 30_000,
        });
        await res.body.text();
        logins++;
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      }
    };
    const during: number[] = [];
    const reader = (async () => {
      // Let the spray reach full concurrency first.
      await new Promise((r) => setTimeout(r, 200));
      while (monoMs() < end) during.push(await timeHealth());
    })();
    await Promise.all([...Array.from({ length: o.concurrency }, worker), reader]);
    const i = summarize(idle);
    const d = summarize(during);
    return {
      concurrency: o.concurrency,
      seconds: o.seconds,
      idleP50Ms: i.p50,
      idleP99Ms: i.p99,
      sprayP50Ms: d.p50,
      sprayP99Ms: d.p99,
      healthRequests: d.n,
      logins,
      statuses,
    };
  } finally {
    await spray.close();
    await health.close();
  }
}
