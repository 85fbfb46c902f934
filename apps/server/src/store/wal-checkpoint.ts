/**
 * WAL checkpoints without an fsync on the event loop.
 *
 * SQLite copies the WAL back into the database file on its own (the
 * automatic checkpoint, every 1,000 pages) inside the commit that crosses
 * the mark, with synchronous=NORMAL: an fsync of the WAL, the copy, and an
 * fsync of the database file, all on the event loop. Under load that was
 * one command in a hundred waiting 10–20 ms (bench: call-next p99 20–21 ms
 * with it, 7–8 ms with it off). Here the server's connection turns it off,
 * and the checkpoint runs in steps:
 *
 * 1. A second connection (the pin) opens a read transaction: its snapshot
 *    ends at the WAL's last frame. While it is open, no writer may restart
 *    the WAL from its beginning (SQLite needs every reader's lock for that).
 * 2. Every write so far is flushed to the WAL file off the event loop
 *    (wal-sync.ts): the frames about to be copied are on disk.
 * 3. The server's connection checkpoints PASSIVE with synchronous=OFF: it
 *    copies the frames up to the pin's snapshot into the database file (the
 *    page cache), about 0.5 ms per thousand pages, and syncs nothing.
 * 4. The database file is flushed with fdatasync in libuv's thread pool.
 * 5. Only then the pin ends its transaction, and the next commit may start
 *    the WAL over.
 *
 * So a frame is overwritten only once its page is on disk in the database
 * file, as SQLite itself orders it with synchronous=NORMAL; a power cut at
 * any step leaves the synced WAL, which SQLite replays on open. A failed
 * fdatasync is fatal, as in wal-sync.ts: the pin is kept, the WAL is never
 * restarted, and the server stops.
 *
 * It runs when the writes since the last one pass `minChanges` rows, or
 * after `maxIdleMs` with any. Written here rather than taken from a
 * library: no library checkpoints better-sqlite3 off the event loop; a
 * worker thread with its own connection would, at about 13 MB of memory.
 */
import Database from 'better-sqlite3';
import { closeSync, fdatasync, openSync } from 'node:fs';
import type { SyncFile, WalSync } from './wal-sync';

export interface CheckpointOptions {
  /** Rows written since the last checkpoint that call for one. */
  minChanges?: number;
  /** Any write this long ago calls for one. */
  maxIdleMs?: number;
  /** fdatasync of the database file (a test defers or fails it). */
  syncFile?: SyncFile;
}

export interface CheckpointResult {
  /** Frames in the WAL, and how many of them are now in the database file. */
  log: number;
  checkpointed: number;
}

export class WalCheckpoint {
  private readonly pin: Database.Database | undefined;
  private readonly snapshot: Database.Statement | undefined;
  private readonly changes: Database.Statement;
  private readonly syncFile: SyncFile;
  private readonly minChanges: number;
  private readonly maxIdleMs: number;
  private fd: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private closed = false;
  private fileClosed = false;
  private checkpointedAt: number;
  private lastRunAt = Date.now();
  /** Checkpoints completed (their pages on disk). */
  completed = 0;
  /** A failed flush of the database file: never release the pin again. */
  private failed = false;
  /** A checkpoint that failed before its flush (the next one retries): the WAL flush's by default. */
  onError: (err: unknown) => void = (err) => this.walSync.onError(err);
  /** A failed flush of the database file: as fatal as the WAL's (wal-sync.ts). */
  onFatal: (err: unknown) => void = (err) => this.walSync.onFatal(err);

  constructor(
    private readonly db: Database.Database,
    private readonly walSync: WalSync,
    options: CheckpointOptions = {},
  ) {
    this.syncFile = options.syncFile ?? fdatasync;
    this.minChanges = options.minChanges ?? 1_000;
    this.maxIdleMs = options.maxIdleMs ?? 10_000;
    this.changes = db.prepare('SELECT total_changes()').pluck();
    this.checkpointedAt = this.total();
    if (db.memory) return; // nothing to checkpoint; SQLite's own rules stand
    this.fd = openSync(db.name, 'r');
    // It only reads; it never writes, so it never checkpoints on its own.
    this.pin = new Database(db.name, { fileMustExist: true, timeout: 0 });
    this.snapshot = this.pin.prepare('SELECT COUNT(*) FROM sqlite_master').pluck();
    db.pragma('wal_autocheckpoint = 0');
  }

  private total(): number {
    return this.changes.get() as number;
  }

  start(everyMs = 500): void {
    if (this.pin === undefined || this.timer) return;
    this.timer = setInterval(() => {
      const written = this.total() - this.checkpointedAt;
      if (written <= 0) return;
      if (written >= this.minChanges || Date.now() - this.lastRunAt >= this.maxIdleMs)
        void this.run();
    }, everyMs);
    this.timer.unref();
  }

  /** One checkpoint now (steps 1–5 above); undefined when one is running or it is closed. */
  async run(): Promise<CheckpointResult | undefined> {
    const pin = this.pin;
    if (!pin || this.running || this.closed || this.failed) return undefined;
    this.running = true;
    const target = this.total();
    try {
      pin.exec('BEGIN');
      this.snapshot!.get();
      await this.walSync.durable();
      if (this.closed) return undefined;
      this.db.pragma('synchronous = OFF');
      let result: CheckpointResult;
      try {
        result = (
          this.db.pragma('wal_checkpoint(PASSIVE)') as (CheckpointResult & { busy: number })[]
        )[0]!;
      } finally {
        this.db.pragma('synchronous = NORMAL');
      }
      await this.flushDatabase();
      this.checkpointedAt = target;
      this.lastRunAt = Date.now();
      this.completed++;
      return { log: result.log, checkpointed: result.checkpointed };
    } catch (err) {
      if (this.failed) this.onFatal(err);
      else this.onError(err);
      return undefined;
    } finally {
      // After a failed flush the pin stays: the WAL must never start over.
      if (pin.open && pin.inTransaction && !this.failed) pin.exec('COMMIT');
      this.running = false;
      if (this.closed) this.closeFileWhenIdle();
    }
  }

  private flushDatabase(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.syncFile(this.fd!, (err) => {
        if (!err) return resolve();
        this.failed = true;
        reject(err);
      });
    });
  }

  /**
   * Stops checkpointing (shutdown), before the server's connection closes;
   * that close checkpoints what is left, with SQLite's own syncs.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.pin?.inTransaction) this.pin.exec('ROLLBACK');
    this.pin?.close();
  }

  /**
   * Closes the database file's descriptor, after the server's connection
   * closed: closing a descriptor drops every POSIX lock the process holds on
   * the file, SQLite's included. A flush still running keeps it open until
   * it ends.
   */
  closeFile(): void {
    this.fileClosed = true;
    this.closeFileWhenIdle();
  }

  private closeFileWhenIdle(): void {
    if (!this.fileClosed || this.running || this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
