/**
 * Helpers for the tests of `pnpm hallq` (src/cli/*.test.ts): the CLI run as
 * the operator runs it, a fresh tsx process on a data directory with its
 * passwords piped in, and the temp data directories a describe block makes,
 * removed after each test.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
/** Each `pnpm hallq` is a fresh tsx process: seconds each on a shared 2-core machine. */
export const SLOW = 240_000;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm hallq …` on `dataDir`, with `stdin` piped in (passwords, one per line). */
export function hallq(
  dataDir: string,
  args: string[],
  stdin = '',
  env: Record<string, string> = {},
) {
  return new Promise<Run>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(serverDir, 'src/cli.ts'), ...args],
      {
        cwd: serverDir,
        env: { ...process.env, HALLQ_DATA_DIR: dataDir, HALLQ_URL: '', ...env },
        timeout: 60_000,
      },
      (err, stdout, stderr) =>
        resolve({
          code: err ? ((err as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        }),
    );
    child.stdin?.end(stdin);
  });
}

/**
 * For the calling describe block: `dir(d)` returns `d`. After each test,
 * `close` shuts what the test started on its directories (a hall, a server:
 * both may be closed twice), then the directories are removed.
 */
export function tempDirs(close: () => unknown = () => undefined): (d: string) => string {
  const dirs: string[] = [];
  afterEach(async () => {
    await close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return (d) => (dirs.push(d), d);
}
