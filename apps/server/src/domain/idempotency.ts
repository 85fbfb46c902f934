/**
 * Idempotency-Key: the first request with a key runs; a repeat with the same
 * key and the same body gets the first answer and changes nothing; a repeat
 * with a different body is refused. The reply is stored in the command's own
 * transaction, so a crash can never leave a ticket without its key or a key
 * without its ticket.
 */
import { createHash } from 'node:crypto';
import { HallqError } from '../errors';
import type { HallStore } from '../store/hall-store';

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

export function createIdempotency(store: HallStore) {
  return {
    lookup(scope: string, key: string, hash: string): StoredReply | undefined {
      const reply = store.idempotentReply(scope, key);
      if (!reply) return undefined;
      if (reply.requestHash !== hash) throw new HallqError('HALLQ_E_IDEMPOTENCY_MISMATCH');
      return { status: reply.status, body: reply.body };
    },
    store(scope: string, key: string, hash: string, reply: StoredReply, now: number): void {
      store.saveIdempotentReply(scope, key, { ...reply, requestHash: hash }, now);
    },
  };
}
