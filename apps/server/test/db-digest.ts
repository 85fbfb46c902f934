/**
 * A digest of everything a command could change: the event log and the
 * projections. Equal digests before and after a refused request prove that
 * it changed nothing.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const TABLES: Record<string, string> = {
  events: 'site_id, seq',
  tickets: 'id',
  window_state: 'id',
  site_state: 'site_id',
  idempotency: 'scope, key',
  notices: 'site_id',
  catalog: 'kind, id',
  staff: 'id',
  // devices is left out: a device's last_seen_at moves on every request it makes.
};

export function stateDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  for (const [table, order] of Object.entries(TABLES)) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

export function countRows(db: Database.Database, table: 'events' | 'tickets'): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
