/**
 * The ticket a rating is of, as the rating service reads it from the hall's
 * `tickets` table, and its facts as the rating events carry them
 * (`RatedTicketFacts`).
 */
import type { Sql } from './rating-rows';
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

/** The columns of a TicketRow, as every query of rated tickets selects them. */
export const TICKET_COLUMNS = `t.id, t.site_id, t.unit_id, t.item_id, t.number, t.status, t.window_id,
  t.served_by, t.finished_at`;

export const facts = (t: TicketRow): RatedTicketFacts => ({
  ticketId: t.id,
  ticketNumber: t.number,
  unitId: t.unit_id,
  itemId: t.item_id,
  windowId: t.window_id ?? '',
  ...(t.served_by ? { staffId: t.served_by } : {}),
  finishedAt: t.finished_at ?? 0,
});

export function ticketRow(sql: Sql, id: string): TicketRow | undefined {
  return sql(`SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.id = ?`).get(id) as
    TicketRow | undefined;
}
