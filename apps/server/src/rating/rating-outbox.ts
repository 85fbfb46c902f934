/**
 * 好差评's outbox: every rating is queued, in the rating's own transaction,
 * for its site's external endpoint (the provincial platform,
 * HALLQ_RATING_ENDPOINTS), then delivered by POST with retries and
 * exponential backoff. The queue is a table, so nothing is lost across a
 * restart; each delivery carries the rating id (`Idempotency-Key` and
 * `id`), so the platform absorbs a repeat after a lost answer.
 */
import type Database from 'better-sqlite3';
import type { RatingSubmitted } from './rating-events';

/** The first retry after this, doubling each time up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 3_600_000;
const BATCH = 20;
const TIMEOUT_MS = 10_000;

export const backoffMs = (attempts: number): number =>
  Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));

/** `siteId=url,siteId=url` (the config's form) as a map. */
export function parseEndpoints(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of text ? text.split(',') : []) {
    const at = pair.indexOf('=');
    map.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return map;
}

interface Row {
  rating_id: string;
  endpoint: string;
  payload: string;
  attempts: number;
}

export class RatingOutbox {
  private sending = false;

  constructor(
    private readonly db: Database.Database,
    private readonly endpoints: ReadonlyMap<string, string>,
    private readonly now: () => number,
    private readonly post: typeof fetch = fetch,
  ) {}

  /** Queues a rating for its site's endpoint (inside the rating's transaction); none: nothing. */
  enqueue(event: RatingSubmitted): void {
    const endpoint = this.endpoints.get(event.siteId);
    if (!endpoint) return;
    const r = event.rating;
    const payload = {
      id: r.id,
      siteId: event.siteId,
      ticketId: r.ticketId,
      itemId: r.itemId,
      unitId: r.unitId,
      windowId: r.windowId,
      ...(r.staffId ? { staffId: r.staffId } : {}),
      channel: r.channel,
      level: r.level,
      tags: r.tags,
      defaulted: r.defaulted,
      at: event.at,
    };
    this.db
      .prepare(
        `INSERT OR IGNORE INTO rating_outbox (rating_id, site_id, endpoint, payload, next_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(r.id, event.siteId, endpoint, JSON.stringify(payload), event.at);
  }

  /** What waits for delivery (for the tests and the admin). */
  pending(): { ratingId: string; attempts: number; nextAt: number; lastError: string | null }[] {
    return (
      this.db
        .prepare(
          `SELECT rating_id, attempts, next_at, last_error FROM rating_outbox
           WHERE delivered_at IS NULL ORDER BY next_at`,
        )
        .all() as {
        rating_id: string;
        attempts: number;
        next_at: number;
        last_error: string | null;
      }[]
    ).map((r) => ({
      ratingId: r.rating_id,
      attempts: r.attempts,
      nextAt: r.next_at,
      lastError: r.last_error,
    }));
  }

  /** Sends what is due now, one at a time; a pass already running is not doubled. Resolves with the number delivered. */
  async deliverDue(): Promise<number> {
    if (this.sending) return 0;
    this.sending = true;
    let delivered = 0;
    try {
      const due = this.db
        .prepare(
          `SELECT rating_id, endpoint, payload, attempts FROM rating_outbox
           WHERE delivered_at IS NULL AND next_at <= ? ORDER BY next_at LIMIT ?`,
        )
        .all(this.now(), BATCH) as Row[];
      for (const row of due) {
        const problem = await this.send(row);
        if (problem === undefined) {
          this.db
            .prepare(
              `UPDATE rating_outbox SET delivered_at = ?, last_error = NULL WHERE rating_id = ?`,
            )
            .run(this.now(), row.rating_id);
          delivered++;
        } else {
          const attempts = row.attempts + 1;
          this.db
            .prepare(
              `UPDATE rating_outbox SET attempts = ?, next_at = ?, last_error = ? WHERE rating_id = ?`,
            )
            .run(attempts, this.now() + backoffMs(attempts), problem, row.rating_id);
        }
      }
    } finally {
      this.sending = false;
    }
    return delivered;
  }

  /** undefined when the endpoint took it (2xx), else why not. */
  private async send(row: Row): Promise<string | undefined> {
    try {
      const res = await this.post(row.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': row.rating_id },
        body: row.payload,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return res.ok ? undefined : `HTTP ${res.status}`;
    } catch (err) {
      return err instanceof Error ? err.message.slice(0, 200) : 'failed';
    }
  }
}
