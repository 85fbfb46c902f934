/** Spawns the bare socket.io floor server (bare-broadcast-server.ts) as a child process. */
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { MMAP_THRESHOLD_BYTES } from '@hallq/server';
import { REPO_ROOT, profileArgs } from './server-process';

const SCRIPT = fileURLToPath(new URL('./bare-broadcast-server.ts', import.meta.url));
const OUT = fileURLToPath(new URL('./dist/bare-broadcast-server.mjs', import.meta.url));

function bundled(): string {
  buildSync({
    entryPoints: [SCRIPT],
    outfile: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return OUT;
}

export async function spawnBareServer(
  payload: unknown,
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  // Same runtime as hallq's bundle: plain node on built JavaScript, so the
  // floor carries no TypeScript loader that the server does not.
  const child = spawn(process.execPath, [...profileArgs(), bundled()], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HALLQ_BENCH_PAYLOAD: JSON.stringify(payload ?? {}),
      MALLOC_MMAP_THRESHOLD_: String(MMAP_THRESHOLD_BYTES),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('bare server did not start')), 20_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', () => reject(new Error('bare server exited')));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null) return;
      // SIGTERM first, so that a --cpu-prof profile (BENCH_SERVER_PROF) is written.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
