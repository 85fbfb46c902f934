/**
 * Opens the SQLite file the server alone writes. WAL with synchronous=FULL:
 * a transaction that returned has reached the disk. The running server then
 * switches its connection to NORMAL and flushes the WAL off the event loop
 * before it acknowledges anything (wal-sync.ts, plugins/database.ts); the
 * CLI's one-shot writes keep FULL. Either way, a ticket the server
 * acknowledged survives kill -9 or a power cut.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { migrate } from './migrations';
import { RatingRollup } from '../rating/rating-rollup';
import { buildFiguresFromLog } from './day-figures-from-log';

export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  // A read model added to a database with history is built from the log once.
  if (db.prepare(`SELECT 1 FROM meta WHERE key = 'day_figures_from_log'`).get()) {
    buildFiguresFromLog(db);
  }
  if (db.prepare(`SELECT 1 FROM meta WHERE key = 'rating_figures_from_ratings'`).get()) {
    new RatingRollup(db).rebuild();
  }
  db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('epoch', ?)`).run(randomUUID());
  return db;
}

export function readEpoch(db: Database.Database): string {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'epoch'`).get() as { value: string };
  return row.value;
}
