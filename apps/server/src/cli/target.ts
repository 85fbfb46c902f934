/**
 * Where `pnpm hallq` sends a change. The running server is the only writer:
 * - HALLQ_URL set: that server's API, always.
 * - a live server holds the data directory's lock: its API, at the address
 *   it wrote there; if it does not answer, a coded error
 *   (HALLQ_E_SERVER_UNREACHABLE) at once, never a write beside it and never
 *   a wait on SQLite's busy_timeout.
 * - nobody holds it: the CLI takes the lock and writes the database itself.
 */
import path from 'node:path';
import { acquireLock, DataDirLocked, readLock, type DataDirLock } from '../data-dir-lock';
import { answers } from './api-admin';
import { CliError } from './cli-error';

export type Target = { kind: 'api'; url: string } | { kind: 'direct'; lock: DataDirLock };

function lockedBy(err: DataDirLocked, dataDir: string, what: string): CliError {
  return new CliError(
    'HALLQ_E_DATA_DIR_LOCKED',
    `${err.message} (${path.resolve(dataDir)}); ${what}`,
  );
}

/** The lock for a direct write, or a coded refusal naming who holds the directory. */
export function lockForDirectWrite(dataDir: string, what: string): DataDirLock {
  try {
    return acquireLock(dataDir, 'cli');
  } catch (err) {
    if (err instanceof DataDirLocked) throw lockedBy(err, dataDir, what);
    throw err;
  }
}

export async function findTarget(
  dataDir: string,
  env: Record<string, string | undefined>,
): Promise<Target> {
  const url = env.HALLQ_URL?.replace(/\/+$/, '');
  if (url) return { kind: 'api', url };
  const holder = readLock(dataDir);
  if (holder?.role === 'server') {
    if (holder.url && (await answers(holder.url))) return { kind: 'api', url: holder.url };
    throw new CliError(
      'HALLQ_E_SERVER_UNREACHABLE',
      `a hallq server (pid ${holder.pid}) holds ${path.resolve(dataDir)} but does not answer` +
        (holder.url ? ` at ${holder.url}` : ' (it is still starting?)') +
        ': nothing was written. Check that server, or set HALLQ_URL to its address.',
    );
  }
  return {
    kind: 'direct',
    lock: lockForDirectWrite(dataDir, 'try again when it has finished'),
  };
}
