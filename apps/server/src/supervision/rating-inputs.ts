/**
 * What the rating rules (core S12, S13) read beside the hall's model, from
 * the ratings tables (rating/rating-table.ts), through their indexes only:
 * - the site's rectification cases not closed or voided (the
 *   rating_cases_by_site index, by status), with their tickets' numbers
 *   (the rating's row, by its key);
 * - each window's tickets finished in the site's day (the window rows of
 *   day_figures) and how many of them are unrated so far: the ratings rows
 *   written since the day began (the ratings_by_site index), unrated, of
 *   tickets finished that day.
 */
import type Database from 'better-sqlite3';
import { endOfLocalDay, shiftDay, type OpenCase, type WindowRatings } from '@hallq/core';

const OPEN_STATUSES = ['open', 'followedUp', 'rectified', 'appealed'] as const;

/** The reads, each on an index (rating-alerts.test.ts checks their plans). */
export const RATING_INPUT_SQL = {
  openCases: `SELECT c.id, c.ticket_id, r.ticket_number, c.unit_id, c.window_id,
      c.staff_id, c.level, c.status, c.follow_up_due_day, c.follow_up_due_at, c.rectify_due_day,
      c.rectify_due_at
    FROM rating_cases c JOIN ratings r ON r.id = c.rating_id
    WHERE c.site_id = ? AND c.status IN (${OPEN_STATUSES.map(() => '?').join(',')})
    ORDER BY c.opened_at`,
  windowFinished: `SELECT id, served FROM day_figures
    WHERE site_id = ? AND kind = 'window' AND business_day = ? AND served > 0`,
  windowUnrated: `SELECT window_id, COUNT(*) AS n FROM ratings
    WHERE site_id = ? AND at >= ? AND outcome = 'unrated' AND finished_at >= ? AND finished_at <= ?
    GROUP BY window_id`,
};

interface CaseRow {
  id: string;
  ticket_id: string;
  ticket_number: string;
  unit_id: string;
  window_id: string;
  staff_id: string | null;
  level: number;
  status: OpenCase['status'];
  follow_up_due_day: string;
  follow_up_due_at: number;
  rectify_due_day: string;
  rectify_due_at: number;
}

export function openCaseReader(db: Database.Database) {
  const rows = db.prepare(RATING_INPUT_SQL.openCases);
  return (siteId: string): OpenCase[] =>
    (rows.all(siteId, ...OPEN_STATUSES) as CaseRow[]).map((r) => ({
      id: r.id,
      ticketId: r.ticket_id,
      ticketNumber: r.ticket_number,
      unitId: r.unit_id,
      windowId: r.window_id,
      ...(r.staff_id !== null ? { staffId: r.staff_id } : {}),
      level: r.level,
      status: r.status,
      followUpDueDay: r.follow_up_due_day,
      followUpDueAt: r.follow_up_due_at,
      rectifyDueDay: r.rectify_due_day,
      rectifyDueAt: r.rectify_due_at,
    }));
}

export function windowRatingsReader(db: Database.Database) {
  const finished = db.prepare(RATING_INPUT_SQL.windowFinished);
  const unrated = db.prepare(RATING_INPUT_SQL.windowUnrated);
  return (siteId: string, businessDay: string, timeZone: string): WindowRatings[] => {
    const rows = finished.all(siteId, businessDay) as { id: string; served: number }[];
    if (rows.length === 0) return [];
    const from = endOfLocalDay(shiftDay(businessDay, -1), timeZone) + 1;
    const to = endOfLocalDay(businessDay, timeZone);
    const counts = new Map(
      (unrated.all(siteId, from, from, to) as { window_id: string; n: number }[]).map((r) => [
        r.window_id,
        r.n,
      ]),
    );
    return rows.map((r) => ({
      windowId: r.id,
      finished: r.served,
      unrated: counts.get(r.id) ?? 0,
    }));
  };
}
