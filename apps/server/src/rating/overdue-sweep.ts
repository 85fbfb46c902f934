/**
 * The sweep of the tickets whose rating windows are over (core R4, R6), a
 * batch at a time: the events one pass records (RatingService.closeOverdue).
 */
import { closeUnrated, ratingClosesAt, type RatingSettings } from '@hallq/core';
import type { RatingEvent } from './rating-events';
import { facts, TICKET_COLUMNS, type TicketRow } from './rated-tickets';
import type { Sql } from './rating-rows';

const DAY_MS = 86_400_000;
/** At most this many tickets closed unrated per pass (the next pass takes the rest). */
const SWEEP_BATCH = 200;

/**
 * The tickets finished at a window with a rating pad whose pad window is
 * over unrated (core R4): recorded so, for the caller to show; the phone
 * may still rate them. Only the last day's are looked at.
 */
function padTimeouts(sql: Sql, settings: RatingSettings, now: number): RatingEvent[] {
  const padClosed = now - ratingClosesAt('pad', 0, settings);
  const rows = sql(
    `SELECT ${TICKET_COLUMNS}
       FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id
       WHERE t.status = 'done' AND t.finished_at >= ? AND t.finished_at < ? AND r.id IS NULL
         AND t.window_id IN (SELECT window_id FROM devices
                             WHERE kind = 'rater' AND revoked_at IS NULL)
       ORDER BY t.finished_at LIMIT ?`,
  ).all(padClosed - DAY_MS, padClosed, SWEEP_BATCH) as TicketRow[];
  return rows.map((t) => ({
    type: 'rating.unrated' as const,
    siteId: t.site_id,
    at: now,
    unrated: facts(t),
    reason: 'pad' as const,
  }));
}

/**
 * The pads' timeouts, then the tickets whose rating windows are over (core
 * R6): recorded unrated, or the default level marked defaulted. Only
 * tickets finished in the last phone window and a day are looked at, so a
 * database with years of tickets from before ratings is not swept into the
 * log.
 */
export function overdueEvents(sql: Sql, settings: RatingSettings, now: number): RatingEvent[] {
  const phoneMs = settings.phoneDays * DAY_MS;
  const rows = sql(
    `SELECT ${TICKET_COLUMNS}
       FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id
       WHERE t.status = 'done' AND t.finished_at >= ? AND t.finished_at < ?
         AND (r.id IS NULL OR (r.outcome = 'unrated' AND r.channel = 'pad'))
         AND t.window_id IS NOT NULL
       ORDER BY t.finished_at LIMIT ?`,
  ).all(now - phoneMs - DAY_MS, now - phoneMs, SWEEP_BATCH) as TicketRow[];
  const events: RatingEvent[] = padTimeouts(sql, settings, now);
  for (const t of rows) {
    const closed = closeUnrated(t.finished_at ?? 0, now, settings);
    if (!closed) continue;
    if (closed.kind === 'unrated') {
      events.push({
        type: 'rating.unrated',
        siteId: t.site_id,
        at: now,
        unrated: facts(t),
        reason: 'closed',
      });
      continue;
    }
    events.push({
      type: 'rating.submitted',
      siteId: t.site_id,
      at: now,
      rating: {
        ...facts(t),
        id: `rating-${t.id}`,
        channel: 'phone',
        level: closed.level,
        tags: [],
        defaulted: true,
      },
    });
  }
  return events;
}
