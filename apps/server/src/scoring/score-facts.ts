/**
 * What a period's scores read (core P3–P6), by indexed range queries on the
 * read models, never the ticket history: the alerts opened in the period
 * (alerts_by_site), the ratings given in it (ratings_by_site) and the
 * rectification cases opened in it (rating_cases_by_site, every status),
 * each case with whether its 回访 or 整改 step was recorded late.
 *
 * An alert counts against its clerk (`staffId`) and its unit: its own
 * `unitId`, else its window's when the window serves one unit (a window of
 * several units, or a clerk's fairness alert, counts in the clerks' view only).
 */
import type Database from 'better-sqlite3';
import type {
  AlertLevel,
  AlertRule,
  Catalog,
  CaseStatus,
  RatingLevel,
  ScoreAlert,
  ScoreCase,
  ScoreFacts,
  ScoreRating,
} from '@hallq/core';

export const SQL = {
  alerts: `SELECT id, rule, level, opened_at, staff_id, unit_id, window_id FROM alerts
    WHERE site_id = ? AND opened_at >= ? AND opened_at < ?`,
  ratings: `SELECT id, level, void, at, staff_id, unit_id FROM ratings
    WHERE site_id = ? AND at >= ? AND at < ? AND level IS NOT NULL`,
  cases: `SELECT c.id, c.rating_id, c.status, c.opened_at, c.follow_up_due_at, c.rectify_due_at,
      c.staff_id, c.unit_id,
      EXISTS (SELECT 1 FROM rating_case_steps s
        WHERE s.case_id = c.id AND s.kind = 'followUp' AND s.late = 1) AS follow_up_late,
      EXISTS (SELECT 1 FROM rating_case_steps s
        WHERE s.case_id = c.id AND s.kind = 'rectify' AND s.late = 1) AS rectify_late
    FROM rating_cases c
    WHERE c.site_id = ? AND c.status IN ('open','followedUp','rectified','appealed','closed','voided')
      AND c.opened_at >= ? AND c.opened_at < ?`,
} as const;

interface AlertRow {
  id: string;
  rule: AlertRule;
  level: AlertLevel;
  opened_at: number;
  staff_id: string | null;
  unit_id: string | null;
  window_id: string | null;
}
interface RatingRow {
  id: string;
  level: RatingLevel;
  void: number;
  at: number;
  staff_id: string | null;
  unit_id: string;
}
interface CaseRow {
  id: string;
  rating_id: string;
  status: CaseStatus;
  opened_at: number;
  follow_up_due_at: number;
  rectify_due_at: number;
  staff_id: string | null;
  unit_id: string;
  follow_up_late: number;
  rectify_late: number;
}

const who = (staffId: string | null, unitId: string | null | undefined) => ({
  ...(staffId !== null ? { staffId } : {}),
  ...(unitId ? { unitId } : {}),
});

export class ScoreFactsReader {
  private readonly alerts;
  private readonly ratings;
  private readonly cases;

  constructor(db: Database.Database) {
    this.alerts = db.prepare(SQL.alerts);
    this.ratings = db.prepare(SQL.ratings);
    this.cases = db.prepare(SQL.cases);
  }

  read(siteId: string, from: number, to: number, catalog: Catalog): ScoreFacts {
    const unitOfWindow = (id: string | null) => {
      const units = id !== null ? catalog.windows[id]?.unitIds : undefined;
      return units?.length === 1 ? units[0] : undefined;
    };
    const alerts = (this.alerts.all(siteId, from, to) as AlertRow[]).map((r): ScoreAlert => ({
      id: r.id,
      rule: r.rule,
      level: r.level,
      openedAt: r.opened_at,
      ...who(r.staff_id, r.unit_id ?? unitOfWindow(r.window_id)),
    }));
    const ratings = (this.ratings.all(siteId, from, to) as RatingRow[]).map((r): ScoreRating => ({
      id: r.id,
      level: r.level,
      void: r.void === 1,
      at: r.at,
      ...who(r.staff_id, r.unit_id),
    }));
    const cases = (this.cases.all(siteId, from, to) as CaseRow[]).map((r): ScoreCase => ({
      id: r.id,
      ratingId: r.rating_id,
      status: r.status,
      openedAt: r.opened_at,
      followUpDueAt: r.follow_up_due_at,
      rectifyDueAt: r.rectify_due_at,
      followUpLate: r.follow_up_late === 1,
      rectifyLate: r.rectify_late === 1,
      ...who(r.staff_id, r.unit_id),
    }));
    return { alerts, ratings, cases };
  }
}
