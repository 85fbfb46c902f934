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
import { businessTime } from '@hallq/core';
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

/** A week, in ms. */
const CHUNK_MS = 7 * 86_400_000;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export const SQL = {
  /**
   * Alike alerts (one rule, level, clerk, unit and window) as one tuple with
   * their count, first and last opening (core P3 groups them so anyway), a
   * week at a time: a busy unit's quarter holds tens of thousands of long
   * waits, and an object each cost a quarter's scores most of their time.
   */
  alerts: `SELECT MIN(id), rule, level, MIN(opened_at), MAX(opened_at), COUNT(*),
      staff_id, unit_id, window_id FROM alerts
    WHERE site_id = ? AND opened_at >= ? AND opened_at < ?
    GROUP BY rule, level, staff_id, unit_id, window_id`,
  /** The clerks' view: an alert without a clerk counts in the units' view only (P6). */
  clerkAlerts: `SELECT MIN(id), rule, level, MIN(opened_at), MAX(opened_at), COUNT(*),
      staff_id, unit_id, window_id FROM alerts
    WHERE site_id = ? AND opened_at >= ? AND opened_at < ? AND staff_id IS NOT NULL
    GROUP BY rule, level, staff_id, unit_id, window_id`,
  /** The 差评 one by one (each is a deduction, P4), not void: by their own index. */
  badRatings: `SELECT id, level, void, at, staff_id, unit_id FROM ratings INDEXED BY ratings_bad
    WHERE site_id = ? AND at >= ? AND at < ? AND level <= 2 AND void = 0`,
  /**
   * The rest, which count in the bonus's 满意率 only (P6), from the rollup by
   * the day they were given (rating/rating-rollup.ts): the period's whole days.
   */
  givenRatings: `SELECT staff_id, unit_id, level, void, SUM(n) AS n FROM rating_given_figures
    WHERE site_id = ? AND business_day >= ? AND business_day <= ?
      AND NOT (level <= 2 AND void = 0)
    GROUP BY staff_id, unit_id, level, void HAVING SUM(n) > 0`,
  /** The same from the ratings themselves, a week per read (`raw`: a test compares the two). */
  otherRatings: `SELECT level, void, MIN(at) AS at, staff_id, unit_id, COUNT(*) AS n FROM ratings
    WHERE site_id = ? AND at >= ? AND at < ? AND level IS NOT NULL AND NOT (level <= 2 AND void = 0)
    GROUP BY staff_id, unit_id, level, void`,
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

/** Alike alerts as a tuple: the id is the alert's when it is alone. */
type AlertTuple = [
  id: string,
  rule: AlertRule,
  level: AlertLevel,
  openedAt: number,
  lastAt: number,
  n: number,
  staffId: string | null,
  unitId: string | null,
  windowId: string | null,
];
interface RatingRow {
  id?: string;
  level: RatingLevel;
  void: number;
  at: number;
  staff_id: string | null;
  unit_id: string;
  n?: number;
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
  private readonly clerkAlerts;
  private readonly badRatings;
  private readonly otherRatings;
  private readonly givenRatings;
  private readonly cases;

  constructor(db: Database.Database) {
    this.alerts = db.prepare(SQL.alerts).raw(true);
    this.clerkAlerts = db.prepare(SQL.clerkAlerts).raw(true);
    this.badRatings = db.prepare(SQL.badRatings);
    this.otherRatings = db.prepare(SQL.otherRatings);
    this.givenRatings = db.prepare(SQL.givenRatings);
    this.cases = db.prepare(SQL.cases);
  }

  /**
   * A period of whole local days (core P1): the alerts a week per read,
   * alike ones grouped (a busy hall's quarter holds tens of thousands of
   * long waits), and for the
   * clerks' view (`by: 'clerk'`) only those naming a clerk; the 差评 one by
   * one, the other ratings from the rollup by day (`raw`: from the ratings,
   * a week per read).
   */
  async read(
    siteId: string,
    from: number,
    to: number,
    catalog: Catalog,
    options: { raw?: boolean; by?: 'clerk' | 'unit' } = {},
  ): Promise<ScoreFacts> {
    const ratingRows = this.badRatings.all(siteId, from, to) as RatingRow[];
    if (options.raw) {
      for (let a = from; a < to; a += CHUNK_MS) {
        const b = Math.min(a + CHUNK_MS, to);
        ratingRows.push(...(this.otherRatings.all(siteId, a, b) as RatingRow[]));
        await yieldToLoop();
      }
    } else {
      const zone = catalog.sites[siteId]?.timeZone ?? 'Asia/Shanghai';
      const first = businessTime(from, zone).day;
      const last = businessTime(to - 1, zone).day;
      for (const r of this.givenRatings.all(siteId, first, last) as RatingRow[])
        // Counted as given at the period's start (any time in it would do: P6 counts by period).
        ratingRows.push({ ...r, at: from, staff_id: r.staff_id || null });
    }
    const unitOfWindow = (id: string | null) => {
      const units = id !== null ? catalog.windows[id]?.unitIds : undefined;
      return units?.length === 1 ? units[0] : undefined;
    };
    const alerts: ScoreAlert[] = [];
    const alertsQ = options.by === 'clerk' ? this.clerkAlerts : this.alerts;
    for (let a = from; a < to; a += CHUNK_MS) {
      const b = Math.min(a + CHUNK_MS, to);
      for (const [id, rule, level, openedAt, lastAt, n, staffId, unitId, windowId] of alertsQ.all(
        siteId,
        a,
        b,
      ) as AlertTuple[])
        alerts.push({
          id: n === 1 ? id : '',
          rule,
          level,
          openedAt,
          ...(n === 1 ? {} : { n, lastAt }),
          ...who(staffId, unitId ?? unitOfWindow(windowId)),
        });
      await yieldToLoop();
    }
    const ratings = ratingRows.map((r): ScoreRating => ({
      // A grouped row has no one id: it deducts nothing, so none is ever shown.
      id: r.id ?? '',
      level: r.level,
      void: r.void === 1,
      at: r.at,
      ...who(r.staff_id, r.unit_id),
      ...(r.n !== undefined ? { n: r.n } : {}),
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
