/**
 * What every case of one `pnpm bench` run shares: its flags, its progress
 * log, its temp dir, and the child processes alive. Every process spawned is
 * stopped by PID and the temp dir removed, at the end or on Ctrl-C.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchArgs } from './args';
import { freePort } from './ports';
import { spawnServer, type ServerProcess } from './server-process';

export interface BenchRun {
  args: BenchArgs;
  /** A progress line on stderr (none under `--json`). */
  log: (msg: string) => void;
  /** The run's temp dir: each case's data dir is made under it. */
  root: string;
  /** The child processes to stop if the run ends early. */
  live: { stop(): Promise<void> }[];
  /** Spawns a server on `dataDir`, runs `run` against it, and stops it. */
  withServer<T>(
    dataDir: string,
    run: (s: ServerProcess) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T>;
  /** Stops what is still alive and removes the temp dir. */
  cleanup(): Promise<void>;
}

export function startRun(args: BenchArgs): BenchRun {
  const log = (msg: string) => {
    if (!args.json) process.stderr.write(`· ${msg}\n`);
  };
  const root = mkdtempSync(path.join(tmpdir(), 'hallq-bench-'));
  const live: { stop(): Promise<void> }[] = [];
  const cleanup = async () => {
    for (const p of live.splice(0)) await p.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

  async function withServer<T>(
    dataDir: string,
    run: (s: ServerProcess) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const server = await spawnServer({
      dataDir,
      port: await freePort(),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    live.push(server);
    try {
      return await run(server);
    } finally {
      await server.stop();
      live.splice(live.indexOf(server), 1);
    }
  }

  return { args, log, root, live, withServer, cleanup };
}

export const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
