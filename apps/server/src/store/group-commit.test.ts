/**
 * Group commit on a real SQLite file, watched from a second connection (what
 * another process, or the disk after kill -9, would see).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

let dir: string;
let db: Database.Database;
let reader: Database.Database;
let scheduled: (() => void)[];
let commits: GroupCommit;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hallq-group-'));
  const file = path.join(dir, 'g.sqlite');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY);
    CREATE TABLE t (n INTEGER NOT NULL,
      p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)`);
  reader = new Database(file, { readonly: true });
  scheduled = [];
  // The flush is driven by hand: each test says when the event loop turn ends.
  commits = new GroupCommit(db, (fn) => scheduled.push(fn));
});
afterEach(() => {
  reader.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const onDisk = () =>
  (reader.prepare('SELECT n FROM t ORDER BY n').all() as { n: number }[]).map((r) => r.n);
const insert = (n: number, p: number | null = null) =>
  db.prepare('INSERT INTO t (n, p) VALUES (?, ?)').run(n, p);

describe('group commit', () => {
  it('commands of one turn share one commit: none is on disk before it, all are after', async () => {
    commits.run(() => insert(1));
    commits.run(() => insert(2));
    expect(scheduled).toHaveLength(1);
    expect(onDisk()).toEqual([]);
    // The writer's own connection already sees them (the next command decides on them).
    expect(db.prepare('SELECT count(*) AS c FROM t').get()).toEqual({ c: 2 });
    const acked = commits.committed();
    scheduled[0]!();
    await acked;
    expect(onDisk()).toEqual([1, 2]);
    expect(commits.pending).toBe(false);
  });

  it('a command that throws leaves nothing, and the others of its group still commit', () => {
    commits.run(() => insert(1));
    expect(() =>
      commits.run(() => {
        insert(2);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    commits.run(() => insert(3));
    commits.flush();
    expect(onDisk()).toEqual([1, 3]);
  });

  it('after-commit work (sending events to screens) runs only after the commit, in order', () => {
    const seen: string[] = [];
    commits.run(() => insert(1));
    commits.afterCommit(() => seen.push(`first, on disk: ${onDisk().join()}`));
    commits.run(() => insert(2));
    commits.afterCommit(() => seen.push(`second, on disk: ${onDisk().join()}`));
    expect(seen).toEqual([]);
    commits.flush();
    expect(seen).toEqual(['first, on disk: 1,2', 'second, on disk: 1,2']);
    // With no group open, it runs at once.
    commits.afterCommit(() => seen.push('now'));
    expect(seen.at(-1)).toBe('now');
  });

  it('a failed commit rolls the whole group back, fails every waiting reply and tells the listeners', async () => {
    let rolledBack = 0;
    commits.onRollback(() => rolledBack++);
    const sent: number[] = [];
    commits.run(() => insert(1));
    commits.afterCommit(() => sent.push(1));
    // A deferred foreign key is checked at COMMIT: the commit itself fails.
    commits.run(() => insert(2, 99));
    const acked = commits.committed();
    commits.flush();
    await expect(acked).rejects.toThrow(/FOREIGN KEY/);
    expect(rolledBack).toBe(1);
    expect(sent).toEqual([]);
    expect(onDisk()).toEqual([]);
    expect(db.inTransaction).toBe(false);
    // The next command starts a fresh group.
    commits.run(() => insert(3));
    commits.flush();
    expect(onDisk()).toEqual([3]);
  });

  it('an error in one after-commit callback is reported and the rest still run', () => {
    const errors: unknown[] = [];
    commits.onError = (err) => errors.push(err);
    const seen: number[] = [];
    commits.run(() => insert(1));
    commits.afterCommit(() => {
      throw new Error('socket gone');
    });
    commits.afterCommit(() => seen.push(2));
    commits.flush();
    expect(errors).toHaveLength(1);
    expect(seen).toEqual([2]);
  });

  it('inside a transaction someone else opened (a migration), a command nests without a group', () => {
    db.transaction(() => {
      commits.run(() => insert(1));
      expect(commits.pending).toBe(false);
    })();
    expect(scheduled).toHaveLength(0);
    expect(onDisk()).toEqual([1]);
  });
});
