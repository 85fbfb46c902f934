/**
 * Who writes `<data dir>/hallq.sqlite` right now: the lock file
 * `<data dir>/hallq.lock`, holding the writer's PID, its role (a running
 * server, or `pnpm hallq` writing directly) and, for a server, the address it
 * listens on. The server takes it on start and removes it on close; the CLI
 * takes it only for a direct write, and otherwise uses the address in it to
 * reach the server's admin API.
 *
 * Why a lock file and not SQLite's own `locking_mode = EXCLUSIVE`: an
 * exclusive SQLite lock also shuts out readers (the online `.backup` the
 * README recommends, tests reading a digest beside a running server), it
 * would be felt by the CLI only as SQLITE_BUSY after `busy_timeout`, and it
 * cannot tell the CLI where the server listens. The file can, and its PID
 * says when it is stale: a holder whose process is gone (kill -9, a crash),
 * or one written before the machine last booted (its PID may now be
 * another process's), no longer holds anything.
 *
 * The file is created whole or not at all: written to a temporary name, then
 * hard-linked to `hallq.lock` (link fails if the name exists), so a reader
 * never sees a half-written holder and two writers cannot both win.
 */
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'hallq.lock';

export interface LockHolder {
  pid: number;
  role: 'server' | 'cli';
  host: string;
  startedAt: number;
  /** A server's address for local clients, once it listens. */
  url?: string;
}

/** The data directory is held by another live process. */
export class DataDirLocked extends Error {
  constructor(readonly holder: LockHolder) {
    super(
      holder.role === 'server'
        ? `a hallq server (pid ${holder.pid}${holder.url ? `, ${holder.url}` : ''}) holds this data directory`
        : `pnpm hallq (pid ${holder.pid}) is writing this data directory`,
    );
  }
}

export interface DataDirLock {
  readonly holder: LockHolder;
  /** Adds facts learnt later (the server's address once it listens). */
  update(patch: Partial<Pick<LockHolder, 'url'>>): void;
  /** Removes the file, if it is still ours. */
  release(): void;
}

const lockPath = (dataDir: string) => path.join(dataDir, LOCK_FILE);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the holder no longer holds: its process is gone, or it predates this boot. */
export function isStale(holder: LockHolder): boolean {
  // Another machine's process (a shared data directory) cannot be checked: it holds.
  if (holder.host !== hostname()) return false;
  const bootedAt = Date.now() - uptime() * 1000;
  if (holder.startedAt < bootedAt - 2_000) return true;
  return !alive(holder.pid);
}

function parse(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid !== 'number' || (v.role !== 'server' && v.role !== 'cli')) return undefined;
    if (typeof v.host !== 'string' || typeof v.startedAt !== 'number') return undefined;
    return v as LockHolder;
  } catch {
    return undefined;
  }
}

/** The live holder of the data directory, or undefined (no file, or a stale one). */
export function readLock(dataDir: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const holder = parse(text);
  // A file we cannot read as a holder was not written by hallq whole: not a lock.
  if (!holder || isStale(holder)) return undefined;
  return holder;
}

function writeWhole(file: string, holder: LockHolder): string {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(tmp, JSON.stringify(holder) + '\n', { mode: 0o644 });
  return tmp;
}

/** Takes the data directory for this process, or throws DataDirLocked. */
export function acquireLock(dataDir: string, role: LockHolder['role']): DataDirLock {
  const file = lockPath(dataDir);
  const holder: LockHolder = { pid: process.pid, role, host: hostname(), startedAt: Date.now() };
  for (let attempt = 0; attempt < 3; attempt++) {
    const tmp = writeWhole(file, holder);
    try {
      linkSync(tmp, file);
      unlinkSync(tmp);
      return lockOf(file, holder);
    } catch (err) {
      unlinkSync(tmp);
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const current = readLock(dataDir);
    if (current) throw new DataDirLocked(current);
    // Stale (or not a holder at all): remove it and try again. Two processes
    // clearing the same stale file at once is possible in principle; the
    // loser's link then fails and it reads the winner as the holder.
    try {
      unlinkSync(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  const current = readLock(dataDir);
  if (current) throw new DataDirLocked(current);
  throw new Error(`could not take ${file}`);
}

function lockOf(file: string, holder: LockHolder): DataDirLock {
  const ours = () => {
    try {
      const h = parse(readFileSync(file, 'utf8'));
      return h?.pid === holder.pid && h.startedAt === holder.startedAt;
    } catch {
      return false;
    }
  };
  return {
    holder,
    update(patch) {
      Object.assign(holder, patch);
      if (!ours()) return;
      renameSync(writeWhole(file, holder), file);
    },
    release() {
      if (ours()) unlinkSync(file);
    },
  };
}
