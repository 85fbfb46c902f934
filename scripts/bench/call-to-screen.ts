/**
 * Call to screen: every window calls at once while N display clients are
 * connected; the latency of each (client, call) pair runs from the moment
 * the call request is sent to the moment that client receives the call's
 * `ticket.called`. Clients live in two child processes (two cores), apart
 * from the server. All clocks are CLOCK_MONOTONIC, shared by the processes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monoMs, summarize } from './stats';

const CLIENTS_SCRIPT = fileURLToPath(new URL('./display-clients.ts', import.meta.url));
const CLIENT_PROCESSES = 2;

export interface ScreenTarget {
  url: string;
  token: string;
  windows: string[];
  /** Send the call of this window; resolves when the reply is in. */
  call(windowId: string): Promise<void>;
  /** Put the hall back so the next round can call again (outside the timing). */
  afterRound?(): Promise<void>;
}

export interface ScreenResult {
  clients: number;
  connected: number;
  p50Ms: number;
  p99Ms: number;
  samples: number;
  missing: number;
  sample: unknown;
}

interface Child {
  proc: ChildProcess;
  next(type: string): Promise<Record<string, unknown>>;
}

function startChild(): Child {
  const proc = fork(CLIENTS_SCRIPT, [], {
    execArgv: ['--import', 'tsx'],
    cwd: path.dirname(CLIENTS_SCRIPT),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: { type: string; resolve: (m: Record<string, unknown>) => void }[] = [];
  proc.on('message', (m: Record<string, unknown>) => {
    const i = waiting.findIndex((w) => w.type === m.type);
    if (i >= 0) waiting.splice(i, 1)[0]?.resolve(m);
  });
  return {
    proc,
    next: (type) =>
      new Promise((resolve, reject) => {
        waiting.push({ type, resolve });
        const timer = setTimeout(() => reject(new Error(`client process: no ${type}`)), 120_000);
        timer.unref();
      }),
  };
}

/** Connect `clients` display clients, run `rounds` rounds (plus one warm-up), disconnect. */
export async function measureCallToScreen(
  target: ScreenTarget,
  clients: number,
  rounds: number,
  duringConnected?: () => Promise<void> | void,
): Promise<ScreenResult> {
  const children = Array.from({ length: CLIENT_PROCESSES }, startChild);
  try {
    const share = (i: number) =>
      Math.floor(clients / CLIENT_PROCESSES) + (i < clients % CLIENT_PROCESSES ? 1 : 0);
    const connected = await Promise.all(
      children.map((c, i) => {
        const reply = c.next('connected');
        c.proc.send({ type: 'connect', url: target.url, token: target.token, count: share(i) });
        return reply;
      }),
    );
    const total = connected.reduce((a, m) => a + Number(m.connected), 0);
    const latencies: number[] = [];
    let missing = 0;
    let sample: unknown;
    for (let round = 0; round <= rounds; round++) {
      const armed = children.map((c) => c.next('armed'));
      const results = children.map((c) => c.next('round'));
      for (const c of children)
        c.proc.send({ type: 'arm', expected: target.windows.length, timeoutMs: 30_000 });
      await Promise.all(armed);
      const sentAt: Record<string, number> = {};
      await Promise.all(
        target.windows.map((w) => {
          sentAt[w] = monoMs();
          return target.call(w);
        }),
      );
      const replies = await Promise.all(results);
      if (round > 0) {
        for (const r of replies) {
          missing += Number(r.missing);
          sample ??= r.sample;
          for (const [w, times] of Object.entries(r.arrivals as Record<string, number[]>)) {
            const t0 = sentAt[w];
            if (t0 === undefined) continue;
            for (const t of times) latencies.push(t - t0);
          }
        }
      } else sample = replies[0]?.sample;
      await target.afterRound?.();
    }
    await duringConnected?.();
    const s = summarize(latencies);
    return {
      clients,
      connected: total,
      p50Ms: s.p50,
      p99Ms: s.p99,
      samples: s.n,
      missing,
      sample,
    };
  } finally {
    await Promise.all(
      children.map(async (c) => {
        if (c.proc.exitCode !== null) return;
        const closed = c.next('closed').catch(() => undefined);
        c.proc.send({ type: 'close' });
        await Promise.race([closed, new Promise((r) => setTimeout(r, 5_000))]);
        c.proc.kill('SIGKILL');
      }),
    );
  }
}
