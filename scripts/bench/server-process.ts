/**
 * The hallq server in its own child process, as it runs in a hall, so its
 * RSS and CPU are what the bench measures. Spawned as `node
 * apps/server/dist/main.js` (or `node --import tsx apps/server/src/main.ts`
 * before a build) rather than through the `tsx` launcher, which
 * would put a second process between us and the server: the PID we hold is
 * the server's own, for RSS and for kill -9.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MMAP_THRESHOLD_BYTES } from '@hallq/server';
import { monoMs } from './stats';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  pid: number;
  url: string;
  port: number;
  /** Milliseconds from spawn to the first `GET /health` 200. */
  readyMs: number;
  /** Resident set size of the server process, in MB (from /proc). */
  rssMb(): number;
  /** CPU time (user + system) the server process has used so far, in ms (from /proc). */
  cpuMs(): number;
  /** The same for the event loop's thread alone (not libuv's pool, not V8's helpers). */
  mainThreadCpuMs(): number;
  /**
   * Waits until the server no longer compiles route schemas in the
   * background (`warming` in GET /health): each compile holds the event loop
   * for up to tens of ms, which a hall up since the morning never sees.
   */
  warmedUp(timeoutMs?: number): Promise<void>;
  /** SIGKILL: no shutdown, no flush — a power cut as far as the process knows. */
  kill9(): Promise<void>;
  /** SIGTERM and wait (bounded); SIGKILL if it does not exit in time. */
  stop(): Promise<void>;
  exited: Promise<number | null>;
}

/** Resident set size of a process, in MB (Linux /proc). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time (user + system) of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number, tid?: number): number {
  const stat = readFileSync(
    tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`,
    'utf8',
  );
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The per-kiosk issue limit the bench's servers run with. */
export const BENCH_KIOSK_PER_MINUTE = 1_000_000;

const BUNDLE = path.join(REPO_ROOT, 'apps/server/dist/main.js');

/**
 * How the server runs: the production bundle under plain node when it has
 * been built (`pnpm build`), as a hall runs it; else the sources under tsx.
 */
export const serverRuntime = (): 'node (dist bundle)' | 'node + tsx (sources)' =>
  existsSync(BUNDLE) ? 'node (dist bundle)' : 'node + tsx (sources)';

const serverArgs = (): string[] =>
  existsSync(BUNDLE)
    ? [BUNDLE]
    : ['--import', 'tsx', path.join(REPO_ROOT, 'apps/server/src/main.ts')];

/**
 * BENCH_SERVER_PROF=dir: every server the bench starts (the bare socket.io
 * floor's too) writes its V8 CPU profile there (NODE_OPTIONS may not carry
 * --cpu-prof), sampled every BENCH_SERVER_PROF_US µs (1,000 by default).
 */
export function profileArgs(): string[] {
  const dir = process.env.BENCH_SERVER_PROF;
  if (!dir) return [];
  return [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    `--cpu-prof-interval=${process.env.BENCH_SERVER_PROF_US ?? 1000}`,
  ];
}

/**
 * BENCH_SERVER_NODE_ARGS="--trace-gc": more node flags for every server the
 * bench starts; BENCH_SERVER_STDOUT=file: their stdout (with it, the trace)
 * appended there instead of dropped.
 */
function extraNodeArgs(): string[] {
  return (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

export interface SpawnOptions {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
  /** Extra node flags before the script, e.g. `--cpu-prof` for a profile. */
  nodeArgs?: string[];
  /** Give up waiting for health after this long. */
  timeoutMs?: number;
}

export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const started = monoMs();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...profileArgs(), ...extraNodeArgs(), ...serverArgs()],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        HALLQ_DATA_DIR: options.dataDir,
        LOG_LEVEL: 'warn',
        // As `pnpm start` runs it (apps/server/src/memory-advice.ts); the bare
        // server gets the same, so both are read with one allocator setting.
        MALLOC_MMAP_THRESHOLD_: String(MMAP_THRESHOLD_BYTES),
        // The bench's kiosks issue thousands a second: the per-kiosk limit
        // stays in the path (its cost is measured) but is set out of reach.
        HALLQ_KIOSK_TICKETS_PER_MINUTE: String(BENCH_KIOSK_PER_MINUTE),
        ...options.env,
      },
      stdio: [
        'ignore',
        process.env.BENCH_SERVER_STDOUT ? openSync(process.env.BENCH_SERVER_STDOUT, 'a') : 'ignore',
        'pipe',
      ],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 8_000) stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn the server');
  const url = `http://127.0.0.1:${options.port}`;

  const deadline = started + (options.timeoutMs ?? 30_000);
  let readyMs = -1;
  // Bounded by count (deadline / 10 ms) and time.
  while (monoMs() < deadline && !gone) {
    try {
      const res = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(1_000) });
      if (res.status === 200) {
        readyMs = monoMs() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const kill = async (signal: NodeJS.Signals) => {
    if (gone) return;
    process.kill(pid, signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  if (readyMs < 0) {
    await kill('SIGKILL');
    throw new Error(`the server did not become ready:\n${stderr}`);
  }
  return {
    pid,
    url,
    port: options.port,
    readyMs,
    rssMb: () => rssOf(pid),
    cpuMs: () => cpuMsOf(pid),
    mainThreadCpuMs: () => cpuMsOf(pid, pid),
    async warmedUp(timeoutMs = 60_000) {
      const until = monoMs() + timeoutMs;
      while (monoMs() < until && !gone) {
        const res = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(1_000) });
        const body = (await res.json()) as { warming?: boolean };
        if (body.warming === false) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the server still compiled its route schemas after ' + timeoutMs + ' ms');
    },
    kill9: () => kill('SIGKILL'),
    async stop() {
      await kill('SIGTERM');
      await kill('SIGKILL');
    },
    exited,
  };
}
