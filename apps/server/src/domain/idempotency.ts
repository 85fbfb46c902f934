/**
 * Idempotency-Key: the first request with a key runs; a repeat with the same
 * key and the same body gets the first answer and changes nothing; a repeat
 * with a different body is refused. The reply is stored in the command's own
 * transaction, so a crash can never leave a ticket without its key or a key
 * without its ticket.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { HallqError } from '../errors';

export interface StoredReply {
  status: number;
  body: unknown;
}

export function requestHash(route: string, body: unknown): string {
  return createHash('sha256')
    .update(route)
    .update('\0')
    .update(JSON.stringify(body ?? null))
    .digest('hex');
}

export function createIdempotency(db: Database.Database) {
  const get = db.prepare(
    `SELECT request_hash, status, response FROM idempotency WHERE scope = ? AND key = ?`,
  );
  const put = db.prepare(
    `INSERT INTO idempotency (scope, key, request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return {
    lookup(scope: string, key: string, hash: string): StoredReply | undefined {
      const row = get.get(scope, key) as
        { request_hash: string; status: number; response: string } | undefined;
      if (!row) return undefined;
      if (row.request_hash !== hash) throw new HallqError('HALLQ_E_IDEMPOTENCY_MISMATCH');
      return { status: row.status, body: JSON.parse(row.response) };
    },
    store(scope: string, key: string, hash: string, reply: StoredReply, now: number): void {
      put.run(scope, key, hash, reply.status, JSON.stringify(reply.body), now);
    },
  };
}
