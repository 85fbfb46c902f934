/**
 * The floor under issue throughput: raw better-sqlite3 inserts of a ticket
 * row, one WAL transaction with synchronous=FULL each — the least a durable
 * ticket can cost on this disk, in throughput and in the wait for one
 * transaction. Bounded by count and time.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { monoMs, summarize } from './stats';

/** Inserts per second, and the p99 of one transaction (the least a durable command waits). */
export function sqliteFloor(
  parentDir: string,
  maxInserts: number,
  maxMs: number,
): { perSec: number; p99Ms: number } {
  const dir = mkdtempSync(path.join(parentDir, 'floor-'));
  const db = new Database(path.join(dir, 'floor.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE tickets (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, number TEXT NOT NULL,
      serial INTEGER NOT NULL, status TEXT NOT NULL, issued_at INTEGER NOT NULL)`);
    const insert = db.prepare(`INSERT INTO tickets VALUES (?, 'shebao', ?, ?, 'waiting', ?)`);
    const one = db.transaction((i: number) => insert.run(`t_${i}`, `B${i}`, i, Date.now()));
    const start = monoMs();
    const each: number[] = [];
    let n = 0;
    while (n < maxInserts && monoMs() - start < maxMs) {
      const t = monoMs();
      one(n++);
      each.push(monoMs() - t);
    }
    return { perSec: n / ((monoMs() - start) / 1000), p99Ms: summarize(each).p99 };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
