/**
 * Durable acknowledgements without an fsync on the event loop.
 *
 * The server's connection runs WAL with synchronous=NORMAL: every command is
 * still its own transaction, committed at once (its WAL frames are written
 * to the file), but COMMIT does not wait for the disk. Durability comes
 * from here: before anything is acknowledged (a reply, an event sent to a
 * screen), one fdatasync of the WAL file runs in libuv's thread pool and
 * must finish. While it runs, the event loop goes on deciding and committing
 * the next commands, and the next fdatasync covers all of them: sixteen
 * kiosks issuing at once share one disk flush, and no request waits behind
 * another's flush on the event loop.
 *
 * What is acknowledged is on disk, as with synchronous=FULL: the WAL holds
 * every committed frame (SQLite syncs it again before each checkpoint copies
 * it into the database), so a power cut after the acknowledgement loses
 * nothing; kill -9 never did (the frames are in the OS's cache). A failed
 * fdatasync cannot be retried safely (the kernel may have dropped the dirty
 * pages), so it is fatal: `onFatal` stops the server, and a restart recovers
 * exactly what reached the disk.
 *
 * Which writes happened is read from SQLite itself (`total_changes()`), so
 * every write on the connection counts: commands, admin changes, sessions.
 *
 * Written here rather than taken from a library: no library adds an
 * asynchronous WAL flush to better-sqlite3, and this is a few lines over
 * fs.fdatasync.
 */
import type Database from 'better-sqlite3';
import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';

type Waiter = { target: number; resolve: () => void; reject: (err: unknown) => void };
type After = { target: number; fn: () => void };

export type SyncFile = (fd: number, done: (err: NodeJS.ErrnoException | null) => void) => void;

export class WalSync {
  private fd: number | undefined;
  private readonly changes: Database.Statement;
  /** Every change up to this count is on disk. */
  private synced: number;
  private inFlight = false;
  private closed = false;
  private waiters: Waiter[] = [];
  private after: After[] = [];
  /** Where an after-sync callback's error goes (the app's log); the others still run. */
  onError: (err: unknown) => void = (err) => {
    console.error(err);
  };
  /** A failed fdatasync: the server must stop (see above). */
  onFatal: (err: unknown) => void = (err) => {
    console.error(err);
    process.exit(1);
  };

  constructor(
    private readonly db: Database.Database,
    private readonly syncFile: SyncFile = fdatasync,
  ) {
    this.changes = db.prepare('SELECT total_changes()').pluck();
    this.synced = this.total();
  }

  private total(): number {
    return this.changes.get() as number;
  }

  /** True while some write is not yet known to be on disk. */
  get pending(): boolean {
    return this.total() > this.synced;
  }

  /** Resolves once every write made so far is on disk. */
  durable(): Promise<void> {
    const target = this.total();
    if (target <= this.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ target, resolve, reject });
      this.start();
    });
  }

  /** Runs `fn` once every write made so far is on disk (at once when nothing is pending). */
  afterCommit(fn: () => void): void {
    const target = this.total();
    if (target <= this.synced) return fn();
    this.after.push({ target, fn });
    this.start();
  }

  /**
   * Stops syncing (shutdown): what is pending is flushed synchronously and
   * every waiting reply and event is released. A flush still running in the
   * thread pool keeps the file open until it ends, then closes it: closing
   * it under that flush made the flush fail, which is fatal.
   */
  close(): void {
    if (this.closed) return;
    const fd = this.walFd();
    this.closed = true;
    if (fd === undefined) return;
    const target = this.total();
    if (target > this.synced) {
      fdatasyncSync(fd);
      this.synced = target;
    }
    this.release();
    if (!this.inFlight) {
      closeSync(fd);
      this.fd = undefined;
    }
  }

  private start(): void {
    if (this.inFlight || this.closed) return;
    const fd = this.walFd();
    const target = this.total();
    this.inFlight = true;
    const done = (err: NodeJS.ErrnoException | null) => {
      this.inFlight = false;
      if (this.closed) {
        // close() flushed synchronously and released everyone meanwhile.
        if (this.fd !== undefined) closeSync(this.fd);
        this.fd = undefined;
        return;
      }
      if (err) {
        const waiters = this.waiters;
        this.waiters = [];
        this.after = [];
        for (const w of waiters) w.reject(err);
        this.onFatal(err);
        return;
      }
      this.synced = Math.max(this.synced, target);
      this.release();
      // Writes made while this flush ran wait for the next one.
      if (this.waiters.length || this.after.length) this.start();
    };
    if (fd === undefined) done(null);
    else this.syncFile(fd, done);
  }

  private release(): void {
    const ready = this.after.filter((a) => a.target <= this.synced);
    this.after = this.after.filter((a) => a.target > this.synced);
    for (const a of ready) {
      try {
        a.fn();
      } catch (err) {
        this.onError(err);
      }
    }
    const waiters = this.waiters.filter((w) => w.target <= this.synced);
    this.waiters = this.waiters.filter((w) => w.target > this.synced);
    for (const w of waiters) w.resolve();
  }

  /** The WAL file, opened once (fdatasync works on any descriptor of the file). */
  private walFd(): number | undefined {
    if (this.fd === undefined) {
      try {
        this.fd = openSync(`${this.db.name}-wal`, 'r');
      } catch {
        // No WAL file (an in-memory database in a test): nothing to flush.
        return undefined;
      }
    }
    return this.fd;
  }
}
