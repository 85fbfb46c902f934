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

/**
 * A site's ratings finished in [from, to) ms (not the unrated: they are no
 * rating), grouped in SQLite: alike ratings of a group (same level, outcome
 * and void) come back as one row with their count (core R11's
 * FigureRating.n), so a year is a few thousand rows, not half a million.
 * `g` is the group's column, or for day, hour and weekday × hour the
 * quarter-hour of the 办结 (every zone's offset is whole quarter-hours),
 * turned into the local key here. `subject` is an optional column (= ?).
 */
export const reportRatingsSql = (g: string, subject?: string): string =>
  `SELECT ${g} AS g, r.level, r.outcome, r.void, COUNT(*) AS n
  FROM ratings r
  WHERE r.site_id = ? AND r.finished_at >= ? AND r.finished_at < ? AND r.outcome != 'unrated'
    ${subject ? `AND ${subject} = ?` : ''}
  GROUP BY g, r.level, r.outcome, r.void`;

/**
 * The cases of those ratings, grouped alike (status, 整改 late). Read once
 * for the whole period from the site's cases (a 差评 in fifty ratings opens
 * one), not week by week through every rating.
 */
export const reportCasesSql = (g: string, subject?: string): string =>
  `SELECT ${g} AS g, c.status AS case_status,
    EXISTS (SELECT 1 FROM rating_case_steps s
            WHERE s.case_id = c.id AND s.kind = 'rectify' AND s.late = 1) AS late,
    COUNT(*) AS n
  FROM rating_cases c JOIN ratings r ON r.id = c.rating_id
  WHERE c.site_id = ? AND r.finished_at >= ? AND r.finished_at < ? AND r.outcome != 'unrated'
    ${subject ? `AND ${subject} = ?` : ''}
  GROUP BY g, case_status, late`;

interface CaseRow {
  g: string | number;
  case_status: FigureCase['status'];
  late: number;
  n: number;
}

interface Row {
  g: string | number;
  level: number;
  outcome: string;
  void: number;
  n: number;
}

const QUARTER_HOUR = 900_000;

/** The group column of each subject grouping; the time groupings read the quarter-hour. */
const GROUP: Partial<Record<ReportBy, string>> = {
  unit: 'r.unit_id',
  window: 'r.window_id',
  clerk: "COALESCE(r.staff_id, '')",
  item: 'r.item_id',
  site: 'r.site_id',
};

/** The report's subject kinds (with by=day) and the column each names. */
const SUBJECT: Record<string, string> = {
  clerk: "COALESCE(r.staff_id, '')",
  window: 'r.window_id',
  unit: 'r.unit_id',
  item: 'r.item_id',
};

/** Reads a week of ratings at a time, the event loop free between reads. */
const CHUNK_MS = 7 * 86_400_000;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function reportRatingReader(db: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  const statement = (text: string) => {
    let st = statements.get(text);
    if (!st) statements.set(text, (st = db.prepare(text)));
    return st;
  };

  const keyOf = (by: ReportBy, g: string | number, timeZone: string): string => {
    if (GROUP[by]) return String(g);
    const t = businessTime(Number(g) * QUARTER_HOUR, timeZone);
    const hh = String(Math.floor(t.minutes / 60)).padStart(2, '0');
    if (by === 'day') return t.day;
    if (by === 'hour') return hh;
    return `${t.weekday}-${hh}`;
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
    const g = GROUP[by] ?? `r.finished_at / ${QUARTER_HOUR}`;
    const column = subject && subjectColumn ? subjectColumn : undefined;
    const ratingRows = statement(reportRatingsSql(g, column));
    const caseRows = statement(reportCasesSql(g, column));
    const group = (key: string) => {
      let x = groups.get(key);
      if (!x) groups.set(key, (x = emptyRatingGroup()));
      return x;
    };
    for (const site of sites) {
      const start = endOfLocalDay(shiftDay(from, -1), site.timeZone) + 1;
      const end = endOfLocalDay(to, site.timeZone) + 1;
      const params = (a: number, b: number) =>
        column && subject ? [site.id, a, b, subject.id] : [site.id, a, b];
      for (let a = start; a < end; a += CHUNK_MS) {
        const b = Math.min(a + CHUNK_MS, end);
        for (const r of ratingRows.all(...params(a, b)) as Row[]) {
          const rating: FigureRating = {
            level: r.level as FigureRating['level'],
            defaulted: r.outcome === 'defaulted',
            void: r.void === 1,
            n: r.n,
          };
          group(keyOf(by, r.g, site.timeZone)).ratings.push(rating);
          totals.ratings.push(rating);
        }
        await yieldToLoop();
      }
      for (const r of caseRows.all(...params(start, end)) as CaseRow[]) {
        const c: FigureCase = { status: r.case_status, rectifiedLate: r.late === 1, n: r.n };
        group(keyOf(by, r.g, site.timeZone)).cases.push(c);
        totals.cases.push(c);
      }
    }
    return { groups, totals };
  };
}

/** A group's figures (core R11), its 办结数 from the report's own rows. */
export const groupFigures = (served: number, g: RatingGroup | undefined): RatingFigures =>
  ratingFigures(served, g?.ratings ?? [], g?.cases ?? []);
