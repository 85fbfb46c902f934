/**
 * The WAL flush that stands behind every acknowledgement, on a real SQLite
 * file in WAL mode with synchronous=NORMAL (the server's setting). The disk
 * flush is observed through the injected fdatasync, which the tests finish
 * by hand; one test uses the real one.
 */
import Database from 'better-sqlite3';
import { fdatasync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WalSync, type SyncFile } from './wal-sync';

let dir: string;
let db: Database.Database;
let flushes: ((err?: NodeJS.ErrnoException) => void)[];
let wal: WalSync;

const fakeSync: SyncFile = (_fd, done) => flushes.push((err) => done(err ?? null));
const insert = (n: number) => db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
const tick = () => new Promise((r) => setImmediate(r));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hallq-wal-'));
  db = new Database(path.join(dir, 'w.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
  db.pragma('synchronous = NORMAL');
  flushes = [];
  wal = new WalSync(db, fakeSync);
});
afterEach(() => {
  wal.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('acknowledging only what is on disk', () => {
  it('a reply waits for a flush that began after its write; with nothing written it does not wait', async () => {
    await wal.durable(); // nothing written since the start
    expect(flushes).toHaveLength(0);
    insert(1);
    expect(wal.pending).toBe(true);
    let acked = false;
    const reply = wal.durable().then(() => (acked = true));
    expect(flushes).toHaveLength(1);
    await tick();
    expect(acked).toBe(false);
    flushes[0]!();
    await reply;
    expect(acked).toBe(true);
    expect(wal.pending).toBe(false);
  });

  it('writes made during a flush wait for the next one, which covers them all in one go', async () => {
    insert(1);
    const first = wal.durable();
    insert(2);
    insert(3);
    let laterAcked = 0;
    const later = [wal.durable(), wal.durable()].map((p) => p.then(() => laterAcked++));
    // One flush at a time: the second has not started.
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    await first;
    await tick();
    expect(laterAcked).toBe(0);
    expect(flushes).toHaveLength(2);
    flushes[1]!();
    await Promise.all(later);
    expect(laterAcked).toBe(2);
    expect(flushes).toHaveLength(2);
  });

  it('events go out to screens only after the flush, in the order they were written', async () => {
    const sent: string[] = [];
    insert(1);
    wal.afterCommit(() => sent.push('called A001'));
    insert(2);
    wal.afterCommit(() => sent.push('called A002'));
    expect(sent).toEqual([]);
    flushes[0]!();
    await tick();
    // A002 was written after the first flush began: it waits for the next.
    expect(sent).toEqual(['called A001']);
    flushes[1]!();
    await tick();
    expect(sent).toEqual(['called A001', 'called A002']);
    wal.afterCommit(() => sent.push('nothing pending: at once'));
    expect(sent.at(-1)).toBe('nothing pending: at once');
  });

  it('a failed flush refuses every waiting reply, sends nothing and stops the server', async () => {
    const fatal: unknown[] = [];
    wal.onFatal = (err) => fatal.push(err);
    const sent: string[] = [];
    insert(1);
    wal.afterCommit(() => sent.push('called A001'));
    const reply = wal.durable();
    flushes[0]!(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    await expect(reply).rejects.toThrow('EIO');
    expect(fatal).toHaveLength(1);
    expect(sent).toEqual([]);
  });

  it('an error in one after-flush callback is reported and the rest still run', async () => {
    const errors: unknown[] = [];
    wal.onError = (err) => errors.push(err);
    const sent: number[] = [];
    insert(1);
    wal.afterCommit(() => {
      throw new Error('socket gone');
    });
    wal.afterCommit(() => sent.push(2));
    flushes[0]!();
    await tick();
    expect(errors).toHaveLength(1);
    expect(sent).toEqual([2]);
  });

  it('shutting down while a flush runs: pending replies are released, and the flush ending later is no failure', async () => {
    const fatal: unknown[] = [];
    wal.onFatal = (err) => fatal.push(err);
    insert(1);
    const first = wal.durable();
    insert(2);
    const second = wal.durable();
    expect(flushes).toHaveLength(1);
    wal.close();
    await Promise.all([first, second]);
    // The flush that was running ends after the close, even with an error.
    flushes[0]!(Object.assign(new Error('EBADF: bad file descriptor'), { code: 'EBADF' }));
    expect(fatal).toEqual([]);
    expect(flushes).toHaveLength(1);
  });

  it('with the real fdatasync, the written rows are in the WAL file another connection reads', async () => {
    const real = new WalSync(db, fdatasync);
    insert(7);
    await real.durable();
    expect(real.pending).toBe(false);
    const reader = new Database(path.join(dir, 'w.sqlite'), { readonly: true });
    try {
      expect(reader.prepare('SELECT n FROM t').pluck().all()).toEqual([7]);
    } finally {
      reader.close();
    }
    // At shutdown what is pending is flushed before the file is let go.
    insert(8);
    expect(real.pending).toBe(true);
    real.close();
    expect(real.pending).toBe(false);
  });
});
