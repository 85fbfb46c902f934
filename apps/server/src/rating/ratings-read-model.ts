/**
 * The `ratings` table (migration 10): one row per ticket (一次一评), rated,
 * defaulted or closed unrated, written from `rating.submitted` and
 * `rating.unrated` (through RatingTable.record), and read as `RatingView`s.
 */
import type { RatingView } from '@hallq/protocol';
import type { RatingSubmitted, RatingUnrated } from './rating-events';
import { ratingView, type RatingRow, type Sql } from './rating-rows';

export interface RatingFilter {
  siteId: string;
  from?: number;
  to?: number;
  unitId?: string;
  windowId?: string;
  staffId?: string;
  limit: number;
}

const SELECT_RATING = `SELECT r.*, c.id AS case_id FROM ratings r
  LEFT JOIN rating_cases c ON c.rating_id = r.id`;

export class RatingsReadModel {
  constructor(private readonly sql: Sql) {}

  submitted(event: RatingSubmitted): void {
    const r = event.rating;
    // A rating replaces the ticket's unrated row (the pad timed out, the phone rated).
    this.sql(
      `INSERT INTO ratings (id, ticket_id, ticket_number, site_id, unit_id, item_id, window_id,
        staff_id, outcome, channel, level, tags, comment, device_id, at, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET outcome = excluded.outcome,
         channel = excluded.channel, level = excluded.level, tags = excluded.tags,
         comment = excluded.comment, device_id = excluded.device_id, at = excluded.at
       WHERE ratings.outcome = 'unrated'`,
    ).run(
      r.id,
      r.ticketId,
      r.ticketNumber,
      event.siteId,
      r.unitId,
      r.itemId,
      r.windowId,
      r.staffId ?? null,
      r.defaulted ? 'defaulted' : 'rated',
      r.channel,
      r.level,
      JSON.stringify(r.tags),
      r.comment ?? null,
      r.deviceId ?? null,
      event.at,
      r.finishedAt,
    );
  }

  unrated(event: RatingUnrated): void {
    const t = event.unrated;
    // The pad's timeout keeps channel 'pad' (the phone may still rate); the close, none.
    this.sql(
      `INSERT INTO ratings (id, ticket_id, ticket_number, site_id, unit_id, item_id, window_id,
        staff_id, outcome, channel, at, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'unrated', ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET channel = excluded.channel, at = excluded.at
       WHERE ratings.outcome = 'unrated'`,
    ).run(
      `rating-${t.ticketId}`,
      t.ticketId,
      t.ticketNumber,
      event.siteId,
      t.unitId,
      t.itemId,
      t.windowId,
      t.staffId ?? null,
      event.reason === 'pad' ? 'pad' : null,
      event.at,
      t.finishedAt,
    );
  }

  /** Whether the ticket was rated or defaulted (closed unrated, its windows are over anyway). */
  isRated(ticketId: string): boolean {
    return (
      this.sql(`SELECT 1 FROM ratings WHERE ticket_id = ? AND outcome != 'unrated'`).get(
        ticketId,
      ) !== undefined
    );
  }

  rating(id: string): RatingView | undefined {
    const row = this.sql(`${SELECT_RATING} WHERE r.id = ?`).get(id) as RatingRow | undefined;
    return row && ratingView(row);
  }

  /** The site's ratings (not the unrated), newest first. */
  list(f: RatingFilter): RatingView[] {
    const where = [`r.site_id = ?`, `r.outcome != 'unrated'`];
    const args: (string | number)[] = [f.siteId];
    const add = (clause: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      args.push(value);
    };
    add('r.at >= ?', f.from);
    add('r.at < ?', f.to);
    add('r.unit_id = ?', f.unitId);
    add('r.window_id = ?', f.windowId);
    add('r.staff_id = ?', f.staffId);
    const rows = this.sql(
      `${SELECT_RATING} WHERE ${where.join(' AND ')} ORDER BY r.at DESC LIMIT ?`,
    ).all(...args, f.limit) as RatingRow[];
    return rows.map(ratingView);
  }
}
