/**
 * Checkpoints off the event loop, on a real SQLite file in WAL mode with
 * synchronous=NORMAL (the server's setting) and the real WAL flush. The
 * database file's flush is injected where a test must hold it or fail it.
 * What is observed is the WAL file: it starts over (its size stops
 * growing) only once the copied pages are on disk.
 */
import Database from 'better-sqlite3';
import { existsSync, fdatasync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WalCheckpoint } from './wal-checkpoint';
import { WalSync, type SyncFile } from './wal-sync';

let dir: string;
let file: string;
let db: Database.Database;
let wal: WalSync;
let checkpoint: WalCheckpoint | undefined;

const ROW = 'x'.repeat(1_500);
const write = (rows: number) => {
  const insert = db.prepare('INSERT INTO t (s) VALUES (?)');
  for (let i = 0; i < rows; i++) insert.run(ROW); // one transaction each, as commands are
};
const walBytes = () => statSync(`${file}-wal`).size;
const held = () => {
  const flushes: ((err?: NodeJS.ErrnoException) => void)[] = [];
  const syncFile: SyncFile = (_fd, done) => flushes.push((err) => done(err ?? null));
  return { flushes, syncFile };
};
const until = async (ready: () => boolean) => {
  const end = Date.now() + 10_000; // a busy machine's thread pool may be slow
  while (!ready() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
  expect(ready()).toBe(true);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hallq-ckpt-'));
  file = path.join(dir, 'c.sqlite');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT NOT NULL)');
  db.pragma('synchronous = NORMAL');
  wal = new WalSync(db, fdatasync);
});
afterEach(() => {
  checkpoint?.close();
  wal.close();
  if (db.open) db.close();
  checkpoint?.closeFile();
  checkpoint = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('WAL checkpoints off the event loop', () => {
  it('turns SQLite’s own checkpoint off: the WAL grows until a checkpoint runs, then starts over', async () => {
    checkpoint = new WalCheckpoint(db, wal);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    write(3_000); // ~1,500 pages: past the 1,000 at which SQLite would have checkpointed
    const grown = walBytes();
    expect(grown).toBeGreaterThan(5_000_000);
    const result = await checkpoint.run();
    expect(result?.checkpointed).toBe(result?.log);
    expect(result?.log).toBeGreaterThan(1_000);
    // The next writes start the WAL over: ten rounds stay inside the file's size.
    for (let round = 0; round < 10; round++) {
      write(1_000);
      await checkpoint.run();
    }
    expect(walBytes()).toBe(grown);
    expect(db.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(13_000);
  });

  it('the WAL does not start over until the database file is flushed, and the event loop goes on meanwhile', async () => {
    const disk = held();
    checkpoint = new WalCheckpoint(db, wal, { syncFile: disk.syncFile });
    write(1_000);
    const running = checkpoint.run();
    await until(() => disk.flushes.length === 1);
    // Copied, not yet on disk: commits go on, appended after the copied frames.
    const copied = walBytes();
    write(200);
    expect(walBytes()).toBeGreaterThan(copied);
    expect(await checkpoint.run()).toBeUndefined(); // one at a time
    disk.flushes[0]!();
    expect(await running).toMatchObject({ log: expect.any(Number) });
    // The 200 rows written meanwhile are copied by the next one; once that is
    // on disk, the next commit starts the WAL over instead of growing it.
    const next = checkpoint.run();
    await until(() => disk.flushes.length === 2);
    disk.flushes[1]!();
    await next;
    const appended = walBytes();
    write(200);
    expect(walBytes()).toBe(appended);
  });

  it('a failed flush of the database file is fatal, and the WAL is never started over', async () => {
    const disk = held();
    const fatal: unknown[] = [];
    checkpoint = new WalCheckpoint(db, wal, { syncFile: disk.syncFile });
    checkpoint.onFatal = (err) => fatal.push(err);
    write(1_000);
    const running = checkpoint.run();
    await until(() => disk.flushes.length === 1);
    disk.flushes[0]!(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    expect(await running).toBeUndefined();
    expect(fatal).toHaveLength(1);
    const before = walBytes();
    write(200);
    expect(walBytes()).toBeGreaterThan(before);
    expect(await checkpoint.run()).toBeUndefined();
    expect(disk.flushes).toHaveLength(1);
  });

  it('on shutdown the server’s connection closes last: SQLite checkpoints the rest and removes the WAL', async () => {
    checkpoint = new WalCheckpoint(db, wal);
    write(500);
    await checkpoint.run();
    write(500);
    checkpoint.close();
    wal.close();
    db.close();
    checkpoint.closeFile();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = new Database(file, { readonly: true });
    expect(again.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(1_000);
    again.close();
  });

  it('runs by itself once enough rows were written', async () => {
    checkpoint = new WalCheckpoint(db, wal, { minChanges: 100 });
    checkpoint.start(10);
    write(50);
    await new Promise((r) => setTimeout(r, 60));
    expect(checkpoint.completed).toBe(0); // too few
    write(100);
    await until(() => checkpoint!.completed === 1);
    // All of it copied and on disk: the next commit starts the WAL over.
    const size = walBytes();
    write(1);
    expect(walBytes()).toBe(size);
  });
});
