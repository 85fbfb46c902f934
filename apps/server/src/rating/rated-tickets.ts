/**
 * The ticket a rating is of, as the rating service reads it from the hall's
 * `tickets` table, and its facts as the rating events carry them
 * (`RatedTicketFacts`).
 */
import type Database from 'better-sqlite3';
import type { RatedTicketFacts } from './rating-events';

export interface TicketRow {
  id: string;
  site_id: string;
  unit_id: string;
  item_id: string;
  number: string;
  status: string;
  window_id: string | null;
  served_by: string | null;
  finished_at: number | null;
}

export const facts = (t: TicketRow): RatedTicketFacts => ({
  ticketId: t.id,
  ticketNumber: t.number,
  unitId: t.unit_id,
  itemId: t.item_id,
  windowId: t.window_id ?? '',
  ...(t.served_by ? { staffId: t.served_by } : {}),
  finishedAt: t.finished_at ?? 0,
});

export function ticketRow(db: Database.Database, id: string): TicketRow | undefined {
  return db
    .prepare(
      `SELECT id, site_id, unit_id, item_id, number, status, window_id, served_by, finished_at
       FROM tickets WHERE id = ?`,
    )
    .get(id) as TicketRow | undefined;
}
