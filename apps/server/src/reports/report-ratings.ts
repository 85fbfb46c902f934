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
  weekdayOfDay,
  endOfLocalDay,
  ratingFigures,
  shiftDay,
  type FigureCase,
  type FigureRating,
  type RatingFigures,
} from '@hallq/core';
import type { ReportBy } from '@hallq/protocol';
import { ROLLUP_KINDS, type RollupKind } from '../rating/rating-rollup';

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

/** The rollup kind each grouping reads (the time groupings read the site's rows). */
const ROLLUP_OF: Partial<Record<ReportBy, RollupKind>> = {
  unit: 'unit',
  window: 'window',
  clerk: 'clerk',
  item: 'item',
  site: 'site',
};

/** The rollup columns a grouping's key is made of. */
const ROLLUP_KEYS: Partial<Record<ReportBy, string>> = {
  day: 'business_day',
  hour: 'hour',
  weekdayHour: 'business_day, hour',
};

interface RollupRow {
  id?: string;
  business_day?: string;
  hour?: number;
  level: number;
  outcome: string;
  void: number;
  case_status: string;
  late: number;
  n: number;
}

/** A site's rollup rows of one kind over business days a–b, summed by `keys` and signature. */
export const rollupSql = (keys: string, subject: boolean): string =>
  `SELECT ${keys}, level, outcome, void, case_status, late, SUM(n) AS n FROM rating_figures
   WHERE site_id = ? AND kind = ? AND business_day >= ? AND business_day <= ?
     ${subject ? 'AND id = ?' : ''}
   GROUP BY ${keys}, level, outcome, void, case_status, late HAVING SUM(n) > 0`;

const rollupKey = (by: ReportBy, r: RollupRow): string => {
  const hh = String(r.hour ?? 0).padStart(2, '0');
  if (by === 'day') return r.business_day ?? '';
  if (by === 'hour') return hh;
  if (by === 'weekdayHour') return `${weekdayOfDay(r.business_day ?? '')}-${hh}`;
  return r.id ?? '';
};

/** Business days read from the rollup at a time, the event loop free between reads. */
const ROLLUP_CHUNK_DAYS = 28;

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

  /**
   * From the rollup (rating-rollup.ts): every grouping, and a subject's
   * days; undefined for a subject by hour (the rollup keeps hours for the
   * site only), which reads the ratings themselves.
   */
  const fromRollup = async (
    sites: readonly { id: string }[],
    from: string,
    to: string,
    by: ReportBy,
    subject?: { kind: string; id: string },
  ): Promise<RatingGroupsResult | undefined> => {
    const kind = subject ? subject.kind : (ROLLUP_OF[by] ?? 'site');
    if (subject && (by !== 'day' || !(ROLLUP_KINDS as readonly string[]).includes(kind)))
      return undefined;
    const keys = ROLLUP_KEYS[by] ?? 'id';
    const rows = statement(rollupSql(keys, subject !== undefined));
    const groups = new Map<string, RatingGroup>();
    const totals = emptyRatingGroup();
    for (const site of sites) {
      for (let a = from; a <= to; a = shiftDay(a, ROLLUP_CHUNK_DAYS)) {
        const last = shiftDay(a, ROLLUP_CHUNK_DAYS - 1);
        const b = last < to ? last : to;
        const params = subject ? [site.id, kind, a, b, subject.id] : [site.id, kind, a, b];
        for (const r of rows.all(...params) as RollupRow[]) {
          const key = rollupKey(by, r);
          let g = groups.get(key);
          if (!g) groups.set(key, (g = emptyRatingGroup()));
          const rating: FigureRating = {
            level: r.level as FigureRating['level'],
            defaulted: r.outcome === 'defaulted',
            void: r.void === 1,
            n: r.n,
          };
          g.ratings.push(rating);
          totals.ratings.push(rating);
          if (r.case_status !== '') {
            const c: FigureCase = {
              status: r.case_status as FigureCase['status'],
              rectifiedLate: r.late === 1,
              n: r.n,
            };
            g.cases.push(c);
            totals.cases.push(c);
          }
        }
        await yieldToLoop();
      }
    }
    return { groups, totals };
  };

  /**
   * Several sites' ratings over business days from–to (both included),
   * merged: from the rollup, or (`raw`, and a subject by hour) from the
   * ratings themselves.
   */
  return async function ratingGroups(
    sites: readonly { id: string; timeZone: string }[],
    from: string,
    to: string,
    by: ReportBy,
    subject?: { kind: string; id: string },
    options: { raw?: boolean } = {},
  ): Promise<RatingGroupsResult> {
    if (!options.raw) {
      const rolled = await fromRollup(sites, from, to, by, subject);
      if (rolled) return rolled;
    }
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
