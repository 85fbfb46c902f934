/**
 * A year of a busy hall (~500,000 tickets) written straight into a seeded
 * data dir, for the cold-start and reads-on-history bench. The days are
 * written by the server's demo history (apps/server/src/demo/history.ts,
 * also `pnpm hallq demo-history`); the figure rows are built from the log on
 * the server's next open, which the bench times on its own.
 *
 *   tsx scripts/generate-history.ts <data-dir> [tickets=500000]
 *
 * The data dir must already be seeded (the server seeds it on first start).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { generateHistory, type HistoryOptions, type HistoryResult } from '@hallq/server';

export { generateHistory, type HistoryOptions, type HistoryResult };

/** Open the data dir's database for bulk writing (the server is not running). */
export function historyInto(dataDir: string, options: HistoryOptions): HistoryResult {
  const db = new Database(path.join(dataDir, 'hallq.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    // A generator can be redone; the server's own writes stay synchronous=FULL.
    db.pragma('synchronous = OFF');
    const result = generateHistory(db, options);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx scripts/generate-history.ts <data-dir> [tickets=500000]');
    process.exit(2);
  }
  const today = new Date().toISOString().slice(0, 10);
  const r = historyInto(dir, { tickets: Number(count ?? 500_000), beforeDay: today });
  console.log(
    `${r.tickets} tickets, ${r.events} hall events, ${r.ratingEvents} 好差评 events, ${r.days} days (${r.firstDay} … ${r.lastDay})`,
  );
}
