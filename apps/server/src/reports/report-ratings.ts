/**
 * 好差评 in a report (GET /reports): the ratings and their 差评 cases of the
 * tickets finished in the report's business days, grouped as the report
 * groups its rows (unit, window, clerk, item, site, day, hour, weekday ×
 * hour). Read from the ratings table by its (site_id, finished_at) index
 * (migration 13), each rating's case by rating_id and the case's late
 * 整改 by its steps' key: never the tickets. The figures themselves are core
 * R11's (ratingFigures), with the report's 办结数 as the finished count, so a
 * report's 参评率 … 差评整改率 are those of GET /ratings/figures.
 */
import type Database from 'better-sqlite3';
import {
  businessTime,
  endOfLocalDay,
  ratingFigures,
  shiftDay,
  type FigureCase,
  type FigureRating,
  type RatingFigures,
} from '@hallq/core';
import type { ReportBy } from '@hallq/protocol';

/** The ratings and cases of one group. */
export interface RatingGroup {
  ratings: FigureRating[];
  cases: FigureCase[];
}

export const emptyRatingGroup = (): RatingGroup => ({ ratings: [], cases: [] });

export interface RatingGroupsResult {
  groups: Map<string, RatingGroup>;
  totals: RatingGroup;
}

/** The rows of a site's ratings finished in [from, to) ms (not the unrated: they are no rating). */
export const REPORT_RATINGS_SQL = `SELECT r.site_id, r.unit_id, r.window_id,
    COALESCE(r.staff_id, '') AS staff_id, r.item_id, r.finished_at, r.level, r.outcome, r.void,
    c.status AS case_status,
    EXISTS (SELECT 1 FROM rating_case_steps s
            WHERE s.case_id = c.id AND s.kind = 'rectify' AND s.late = 1) AS late
  FROM ratings r LEFT JOIN rating_cases c ON c.rating_id = r.id
  WHERE r.site_id = ? AND r.finished_at >= ? AND r.finished_at < ? AND r.outcome != 'unrated'`;

interface Row {
  site_id: string;
  unit_id: string;
  window_id: string;
  staff_id: string;
  item_id: string;
  finished_at: number;
  level: number;
  outcome: string;
  void: number;
  case_status: FigureCase['status'] | null;
  late: number;
}

/** The report's subject kinds (with by=day) and the column each names. */
const SUBJECT: Record<string, keyof Row> = {
  clerk: 'staff_id',
  window: 'window_id',
  unit: 'unit_id',
  item: 'item_id',
};

/** Reads a week of ratings at a time, the event loop free between reads. */
const CHUNK_MS = 7 * 86_400_000;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function reportRatingReader(db: Database.Database) {
  const rows = db.prepare(REPORT_RATINGS_SQL);

  const keyOf = (by: ReportBy, r: Row, timeZone: string): string => {
    switch (by) {
      case 'unit':
        return r.unit_id;
      case 'window':
        return r.window_id;
      case 'clerk':
        return r.staff_id;
      case 'item':
        return r.item_id;
      case 'site':
        return r.site_id;
      default: {
        const t = businessTime(r.finished_at, timeZone);
        const hh = String(Math.floor(t.minutes / 60)).padStart(2, '0');
        if (by === 'day') return t.day;
        if (by === 'hour') return hh;
        return `${t.weekday}-${hh}`;
      }
    }
  };

  /** Several sites' ratings over business days from–to (both included), merged. */
  return async function ratingGroups(
    sites: readonly { id: string; timeZone: string }[],
    from: string,
    to: string,
    by: ReportBy,
    subject?: { kind: string; id: string },
  ): Promise<RatingGroupsResult> {
    const groups = new Map<string, RatingGroup>();
    const totals = emptyRatingGroup();
    const subjectColumn = subject ? SUBJECT[subject.kind] : undefined;
    for (const site of sites) {
      const start = endOfLocalDay(shiftDay(from, -1), site.timeZone) + 1;
      const end = endOfLocalDay(to, site.timeZone) + 1;
      for (let a = start; a < end; a += CHUNK_MS) {
        const b = Math.min(a + CHUNK_MS, end);
        for (const r of rows.all(site.id, a, b) as Row[]) {
          if (subject && subjectColumn && r[subjectColumn] !== subject.id) continue;
          const key = keyOf(by, r, site.timeZone);
          let g = groups.get(key);
          if (!g) groups.set(key, (g = emptyRatingGroup()));
          const rating: FigureRating = {
            level: r.level as FigureRating['level'],
            defaulted: r.outcome === 'defaulted',
            void: r.void === 1,
          };
          g.ratings.push(rating);
          totals.ratings.push(rating);
          if (r.case_status !== null) {
            const c: FigureCase = { status: r.case_status, rectifiedLate: r.late === 1 };
            g.cases.push(c);
            totals.cases.push(c);
          }
        }
        if (b < end) await yieldToLoop();
      }
    }
    return { groups, totals };
  };
}

/** A group's figures (core R11), its 办结数 from the report's own rows. */
export const groupFigures = (served: number, g: RatingGroup | undefined): RatingFigures =>
  ratingFigures(served, g?.ratings ?? [], g?.cases ?? []);
