/**
 * Group commit for the one SQLite connection the server writes through.
 *
 * Every command is still atomic on its own: it runs in its own savepoint
 * (better-sqlite3 turns a transaction inside an open one into a savepoint),
 * and a command that throws leaves nothing behind. What is shared is the
 * COMMIT, the fsync that makes writes durable: the first write of an event
 * loop turn opens one transaction, every command decided in that turn joins
 * it, and one COMMIT closes it once the turn's I/O callbacks have run
 * (setImmediate). An fsync costs about as much as the rest of a command, so
 * sixteen kiosks issuing at once pay for one fsync instead of sixteen.
 *
 * Nothing is acknowledged before its commit: replies wait for `committed()`
 * (the app's onSend hook) and events go out to screens from `afterCommit`.
 * Should the COMMIT fail (disk full, I/O error), the whole group is rolled
 * back, every waiting reply fails, and the `onRollback` listeners reload the
 * model from the database.
 *
 * Written here rather than taken from a library: it is a few lines over
 * better-sqlite3's own savepoints, and its guarantees are the hall's own.
 */
import type Database from 'better-sqlite3';

export class GroupCommit {
  private open = false;
  private waiting: { resolve: () => void; reject: (err: unknown) => void }[] = [];
  private after: (() => void)[] = [];
  private readonly rollbackListeners = new Set<() => void>();
  private readonly schedule: (fn: () => void) => void;
  /** Where an after-commit callback's error goes (the app's log); the others still run. */
  onError: (err: unknown) => void = (err) => {
    console.error(err);
  };

  constructor(
    private readonly db: Database.Database,
    schedule?: (fn: () => void) => void,
  ) {
    this.schedule = schedule ?? ((fn) => setImmediate(fn));
  }

  /** Runs `work` atomically inside the current group, opening one if none is open. */
  run<T>(work: () => T): T {
    if (!this.open) {
      if (this.db.inTransaction) {
        // Someone else holds a plain transaction (a migration, the CLI's
        // direct path): nest inside it as before, without a group.
        return this.db.transaction(work)() as T;
      }
      this.db.exec('BEGIN IMMEDIATE');
      this.open = true;
      this.schedule(() => this.flush());
    }
    return this.db.transaction(work)() as T;
  }

  /** Runs `fn` after the writes made so far are on disk (at once when none are pending). */
  afterCommit(fn: () => void): void {
    if (this.open) this.after.push(fn);
    else fn();
  }

  /** Resolves when every write made so far is on disk; rejects if their commit failed. */
  committed(): Promise<void> {
    if (!this.open) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  /** True while a group is open (writes made but not yet on disk). */
  get pending(): boolean {
    return this.open;
  }

  onRollback(listener: () => void): () => void {
    this.rollbackListeners.add(listener);
    return () => this.rollbackListeners.delete(listener);
  }

  /** Commits the open group now (the scheduled flush, shutdown and tests). */
  flush(): void {
    if (!this.open) return;
    const waiting = this.waiting;
    const after = this.after;
    this.waiting = [];
    this.after = [];
    this.open = false;
    try {
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const listener of this.rollbackListeners) listener();
      for (const w of waiting) w.reject(err);
      return;
    }
    for (const fn of after) {
      try {
        fn();
      } catch (err) {
        this.onError(err);
      }
    }
    for (const w of waiting) w.resolve();
  }
}
