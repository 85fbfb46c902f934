/**
 * Versioned schema migrations, applied in order inside one transaction each.
 * `PRAGMA user_version` records the last one applied. Never edit a released
 * migration: add a new one.
 *
 * The SQL lives in `store/migrations/`, one file per group of migrations in
 * the order they were added; this module puts them in one ordered list. A
 * new migration goes at the end of the last group, or in a new group listed
 * last here.
 */
import type Database from 'better-sqlite3';
import { AUDIT_TRANSFERS_ALERTS } from './migrations/audit-transfers-alerts';
import { INDEXES_AND_LEAN_WRITES } from './migrations/indexes-and-lean-writes';
import { INITIAL_SCHEMA } from './migrations/initial-schema';
import { LOG_AND_DAY_FIGURES } from './migrations/log-and-day-figures';
import { RATINGS_REPORTS_PROXY } from './migrations/ratings-reports-proxy';

/** Every migration in order: migration n is `MIGRATIONS[n - 1]`. */
const MIGRATIONS: readonly string[] = [
  ...INITIAL_SCHEMA, // 1
  ...LOG_AND_DAY_FIGURES, // 2–5
  ...AUDIT_TRANSFERS_ALERTS, // 6–9
  ...RATINGS_REPORTS_PROXY, // 10–14
  ...INDEXES_AND_LEAN_WRITES, // 15–19
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies the migrations not yet applied, up to `upTo` (tests stop early to build an old database). */
export function migrate(db: Database.Database, upTo = MIGRATIONS.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema ${current} is newer than this server (${MIGRATIONS.length}); upgrade the server`,
    );
  }
  for (let v = current; v < upTo; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return upTo;
}
