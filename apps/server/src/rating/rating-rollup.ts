/**
 * 好差评 by the day of the 办结, for reports (GET /reports): a read model kept
 * by the rating events, so that a year's report reads a few hundred rows a
 * day's worth of groups instead of every rating.
 *
 * A rating stands in it under its signature: the level, whether it was
 * defaulted, void, and its case's status and 整改 lateness, and whether it
 * came implausibly quickly (core R12). Each counts once
 * per kind: the site (with the local hour of the 办结, for the hour and
 * weekday × hour reports), its unit, window, clerk and item (hour -1). When
 * an event changes a rating's signature (rated, a case opened, stepped,
 * voided), the rating moves from its old rows to its new ones, in the
 * event's own transaction (rating-table.ts). The unrated count nowhere.
 *
 * Beside it, `rating_given_figures` keeps the same ratings by the day they
 * were given, per clerk and unit, for 绩效考评 (core P6).
 *
 * A database that had ratings before these tables is rebuilt from the
 * ratings once, on open (open-database.ts).
 */
import type Database from 'better-sqlite3';
import { businessTime } from '@hallq/core';
import { siteZones } from '../reports/hour-figures';

export const ROLLUP_KINDS = ['site', 'unit', 'window', 'clerk', 'item'] as const;
export type RollupKind = (typeof ROLLUP_KINDS)[number];

/** What a rating counts as in the figures (core R11), with where it counts. */
export interface RatingSignature {
  siteId: string;
  unitId: string;
  windowId: string;
  /** '' when no clerk is named. */
  staffId: string;
  itemId: string;
  finishedAt: number;
  /** When it was given (scores count it on that day). */
  at: number;
  level: number;
  outcome: 'rated' | 'defaulted';
  void: number;
  /** '' with no case. */
  caseStatus: string;
  late: number;
  /** Rated on the pad within a second of the 办结 (core R12). */
  quick: number;
}

/** A pad rating this soon after 办结 is implausibly quick (core R12). */
export const QUICK_MS = 1_000;

const SIGNATURE_COLUMNS = `r.site_id AS siteId, r.unit_id AS unitId, r.window_id AS windowId,
  COALESCE(r.staff_id, '') AS staffId, r.item_id AS itemId, r.finished_at AS finishedAt, r.at,
  r.level, r.outcome, r.void, COALESCE(c.status, '') AS caseStatus,
  EXISTS (SELECT 1 FROM rating_case_steps s
          WHERE s.case_id = c.id AND s.kind = 'rectify' AND s.late = 1) AS late,
  (r.outcome = 'rated' AND r.at - r.finished_at < ${QUICK_MS}) AS quick
  FROM ratings r LEFT JOIN rating_cases c ON c.rating_id = r.id`;

const same = (a: RatingSignature | undefined, b: RatingSignature | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.level === b.level &&
    a.outcome === b.outcome &&
    a.void === b.void &&
    a.caseStatus === b.caseStatus &&
    a.late === b.late &&
    a.quick === b.quick &&
    a.at === b.at);

export class RatingRollup {
  private readonly zoneOf: (siteId: string) => string;
  private readonly signatureQ: Database.Statement;
  private readonly upsert: Database.Statement;
  private readonly givenUpsert: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.zoneOf = siteZones(db);
    this.signatureQ = db.prepare(
      `SELECT ${SIGNATURE_COLUMNS} WHERE r.id = ? AND r.outcome != 'unrated'`,
    );
    this.upsert = db.prepare(
      `INSERT INTO rating_figures (site_id, kind, id, business_day, hour, level, outcome, void,
         case_status, late, quick, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
    this.givenUpsert = db.prepare(
      `INSERT INTO rating_given_figures (site_id, business_day, staff_id, unit_id, level, void, n)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
  }

  /** The rating's signature now (undefined: no rating, or unrated). */
  signature(ratingId: string): RatingSignature | undefined {
    return this.signatureQ.get(ratingId) as RatingSignature | undefined;
  }

  /** Moves a rating from the rows of its old signature to those of its new one. */
  move(before: RatingSignature | undefined, after: RatingSignature | undefined): void {
    if (same(before, after)) return;
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  /** The rows a rating counts in: one per kind (the site's with its local hour). */
  private rowsOf(s: RatingSignature, zoneOf = this.zoneOf): unknown[][] {
    const t = businessTime(s.finishedAt, zoneOf(s.siteId));
    const ids: Record<RollupKind, string> = {
      site: s.siteId,
      unit: s.unitId,
      window: s.windowId,
      clerk: s.staffId,
      item: s.itemId,
    };
    return ROLLUP_KINDS.map((kind) => [
      s.siteId,
      kind,
      ids[kind],
      t.day,
      kind === 'site' ? Math.floor(t.minutes / 60) : -1,
      s.level,
      s.outcome,
      s.void,
      s.caseStatus,
      s.late,
      s.quick,
    ]);
  }

  /** Its row by the day it was given (scores, core P6). */
  private givenOf(s: RatingSignature, zoneOf = this.zoneOf): unknown[] {
    const day = businessTime(s.at, zoneOf(s.siteId)).day;
    return [s.siteId, day, s.staffId, s.unitId, s.level, s.void];
  }

  private add(s: RatingSignature, n: number): void {
    for (const row of this.rowsOf(s)) this.upsert.run(...row, n);
    this.givenUpsert.run(...this.givenOf(s), n);
  }

  /**
   * Builds the table from the ratings (a database that had ratings before
   * it): the rated and defaulted read a thousand at a time by rowid, counted
   * in memory, then written once.
   */
  rebuild(): void {
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM rating_figures`).run();
      this.db.prepare(`DELETE FROM rating_given_figures`).run();
      const page = this.db.prepare(
        `SELECT r.rowid AS k, ${SIGNATURE_COLUMNS}
         WHERE r.rowid > ? AND r.outcome != 'unrated' ORDER BY r.rowid LIMIT 1000`,
      );
      const counts = new Map<string, { row: unknown[]; n: number }>();
      const given = new Map<string, { row: unknown[]; n: number }>();
      // Within this one transaction no site's time zone changes: each is
      // read once, not twice per rating (a sixth of the build's time).
      const zones = new Map<string, string>();
      const zoneOf = (siteId: string) => {
        let zone = zones.get(siteId);
        if (zone === undefined) zones.set(siteId, (zone = this.zoneOf(siteId)));
        return zone;
      };
      const count = (into: typeof counts, row: unknown[]) => {
        const key = JSON.stringify(row);
        const c = into.get(key);
        if (c) c.n++;
        else into.set(key, { row, n: 1 });
      };
      for (let last = 0; ;) {
        const rows = page.all(last) as (RatingSignature & { k: number })[];
        if (rows.length === 0) break;
        for (const r of rows) {
          for (const row of this.rowsOf(r, zoneOf)) count(counts, row);
          count(given, this.givenOf(r, zoneOf));
        }
        last = (rows[rows.length - 1] as { k: number }).k;
      }
      for (const { row, n } of counts.values()) this.upsert.run(...row, n);
      for (const { row, n } of given.values()) this.givenUpsert.run(...row, n);
      this.db.prepare(`DELETE FROM meta WHERE key = 'rating_figures_from_ratings'`).run();
    })();
  }
}
