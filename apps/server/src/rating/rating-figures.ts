/**
 * 好差评's figures (core R11) from the ratings tables and the tickets, for a
 * site over a period, as a whole or per unit, window, clerk or item. A
 * ticket counts in the period it was finished in (办结), and so do its
 * rating and case, so the rates divide like with like.
 *
 * Not a read model kept by events: the period is any from–to in ms, and a
 * rating's case may change long after (closed, voided). Read in week-long
 * chunks grouped by SQLite, so a year's figures do not hold the event loop.
 */
import type Database from 'better-sqlite3';
import { siteZones } from '../reports/hour-figures';
import { QUICK_MS, type RollupKind } from './rating-rollup';
import {
  businessTime,
  endOfLocalDay,
  integrityFlags,
  shiftDay,
  ratingFigures,
  type FigureCase,
  type FigureRating,
  type IntegrityFlag,
  type RatingFigures,
} from '@hallq/core';

export type FigureBy = 'site' | 'unit' | 'window' | 'staff' | 'item';

/** The column naming the group, in tickets (t) and ratings (r). */
const COLUMNS: Record<FigureBy, { t: string; r: string }> = {
  site: { t: 't.site_id', r: 'r.site_id' },
  unit: { t: 't.unit_id', r: 'r.unit_id' },
  window: { t: 't.window_id', r: 'r.window_id' },
  staff: { t: 't.served_by', r: 'r.staff_id' },
  item: { t: 't.item_id', r: 'r.item_id' },
};

export interface FigureRow extends RatingFigures {
  /** The site, unit, window, clerk or item id ('' for a ticket finished without one). */
  key: string;
  /** By clerk: what auditors look for (core R12). */
  flags?: IntegrityFlag[];
}

/**
 * The reads, grouped by `by`'s column: a week's finished tickets and
 * ratings, and the period's cases at once (from the site's cases: a 差评 in
 * fifty ratings opens one).
 */
export function figureQueries(by: FigureBy): { finished: string; ratings: string; cases: string } {
  const col = COLUMNS[by];
  return {
    finished:
      // By 办结 time (tickets_done_at): left to itself SQLite took the site's
      // index and read every ticket of the site's history for each week.
      `SELECT COALESCE(${col.t}, '') AS key, COUNT(*) AS n FROM tickets t INDEXED BY tickets_done_at
       WHERE t.site_id = ? AND t.status = 'done' AND t.finished_at >= ? AND t.finished_at < ?
       GROUP BY key`,
    ratings: `SELECT COALESCE(${col.r}, '') AS key, r.level, r.outcome, r.void,
       SUM(r.at - r.finished_at < ${QUICK_MS}) AS quick, COUNT(*) AS n FROM ratings r
     WHERE r.site_id = ? AND r.finished_at >= ? AND r.finished_at < ? AND r.outcome != 'unrated'
     GROUP BY key, r.level, r.outcome, r.void`,
    cases: `SELECT COALESCE(${col.r}, '') AS key, c.status,
       EXISTS (SELECT 1 FROM rating_case_steps s
               WHERE s.case_id = c.id AND s.kind = 'rectify' AND s.late = 1) AS late,
       COUNT(*) AS n
     FROM rating_cases c JOIN ratings r ON r.id = c.rating_id
     WHERE c.site_id = ? AND r.finished_at >= ? AND r.finished_at < ?
     GROUP BY key, c.status, late`,
  };
}

/** Reads a week at a time, the event loop free between reads (a year is ~52 reads). */
const CHUNK_MS = 7 * 86_400_000;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The rollup's kind, and day_figures' (whose site is the sum of its units), for each grouping. */
const ROLLUP: Record<FigureBy, { rollup: RollupKind; day: string }> = {
  site: { rollup: 'site', day: 'unit' },
  unit: { rollup: 'unit', day: 'unit' },
  window: { rollup: 'window', day: 'window' },
  staff: { rollup: 'clerk', day: 'clerk' },
  item: { rollup: 'item', day: 'item' },
};

/** The rollup's reads of whole days a–b (business days, both included). */
export function rollupQueries(by: FigureBy): { finished: string; ratings: string } {
  return {
    finished: `SELECT ${by === 'site' ? 'site_id' : 'id'} AS key, SUM(served) AS n FROM day_figures
      WHERE site_id = ? AND kind = '${ROLLUP[by].day}' AND business_day >= ? AND business_day <= ?
      GROUP BY key`,
    ratings: `SELECT id AS key, level, outcome, void, case_status, late, quick, SUM(n) AS n
      FROM rating_figures
      WHERE site_id = ? AND kind = '${ROLLUP[by].rollup}' AND business_day >= ? AND business_day <= ?
      GROUP BY id, level, outcome, void, case_status, late, quick HAVING SUM(n) > 0`,
  };
}

/** The whole local days inside [from, to), and where they start and end; undefined if none. */
function wholeDays(from: number, to: number, timeZone: string) {
  const startOf = (day: string) => endOfLocalDay(shiftDay(day, -1), timeZone) + 1;
  const fromDay = businessTime(from, timeZone).day;
  const first = startOf(fromDay) === from ? fromDay : shiftDay(fromDay, 1);
  const toDay = businessTime(to - 1, timeZone).day;
  const last = endOfLocalDay(toDay, timeZone) + 1 === to ? toDay : shiftDay(toDay, -1);
  if (first > last) return undefined;
  return { first, last, start: startOf(first), end: endOfLocalDay(last, timeZone) + 1 };
}

/** Business days read from the rollup at a time, the event loop free between reads. */
const ROLLUP_CHUNK_DAYS = 28;

type RatingRow = {
  key: string;
  level: number;
  outcome: string;
  void: number;
  quick: number;
  n: number;
  case_status?: string;
  late?: number;
};

/**
 * The whole days of the period come from the read models the events keep
 * (the ratings' rollup, the day figures' finished tickets); only the part
 * days at either end read the tickets and ratings, grouped by SQLite a week
 * at a time. `raw` reads the whole period so (a test compares the two).
 */
export async function figuresBy(
  db: Database.Database,
  siteId: string,
  from: number,
  to: number,
  by: FigureBy,
  options: { raw?: boolean } = {},
): Promise<FigureRow[]> {
  const sql = figureQueries(by);
  const finishedQ = db.prepare(sql.finished);
  const ratingsQ = db.prepare(sql.ratings);
  const casesQ = db.prepare(sql.cases);
  const finished: { key: string; n: number }[] = [];
  const ratings: RatingRow[] = [];
  const cases: { key: string; status: FigureCase['status']; late: number; n: number }[] = [];
  const raw = async (a0: number, b0: number) => {
    for (let a = a0; a < b0; a += CHUNK_MS) {
      const b = Math.min(a + CHUNK_MS, b0);
      finished.push(...(finishedQ.all(siteId, a, b) as typeof finished));
      ratings.push(...(ratingsQ.all(siteId, a, b) as RatingRow[]));
      await yieldToLoop();
    }
    if (a0 < b0) cases.push(...(casesQ.all(siteId, a0, b0) as typeof cases));
  };
  const days = options.raw ? undefined : wholeDays(from, to, siteZones(db)(siteId));
  if (!days) await raw(from, to);
  else {
    await raw(from, days.start);
    const q = rollupQueries(by);
    const finishedR = db.prepare(q.finished);
    const ratingsR = db.prepare(q.ratings);
    for (let a = days.first; a <= days.last; a = shiftDay(a, ROLLUP_CHUNK_DAYS)) {
      const end = shiftDay(a, ROLLUP_CHUNK_DAYS - 1);
      const b = end < days.last ? end : days.last;
      finished.push(...(finishedR.all(siteId, a, b) as typeof finished));
      for (const r of ratingsR.all(siteId, a, b) as RatingRow[]) {
        // A rollup row's quick is a flag of its n ratings; a raw row's, their sum.
        ratings.push({ ...r, quick: r.quick ? r.n : 0 });
        if (r.case_status)
          cases.push({
            key: r.key,
            status: r.case_status as FigureCase['status'],
            late: r.late ?? 0,
            n: r.n,
          });
      }
      await yieldToLoop();
    }
    await raw(days.end, to);
  }

  type Group = { finished: number; ratings: FigureRating[]; cases: FigureCase[]; quick: number };
  const groups = new Map<string, Group>();
  const group = (key: string): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { finished: 0, ratings: [], cases: [], quick: 0 }));
    return g;
  };
  for (const f of finished) group(f.key).finished += f.n;
  for (const r of ratings) {
    const g = group(r.key);
    if (r.outcome === 'rated') g.quick += r.quick;
    g.ratings.push({
      level: r.level as FigureRating['level'],
      defaulted: r.outcome === 'defaulted',
      void: r.void === 1,
      n: r.n,
    });
  }
  for (const c of cases)
    group(c.key).cases.push({ status: c.status, rectifiedLate: c.late === 1, n: c.n });
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => ({ key, ...ratingFigures(g.finished, g.ratings, g.cases) }));
  if (by !== 'staff') return rows;
  // By clerk: each against the hall's own 参评率 (core R12).
  const all = [...groups.values()];
  const hallRate = ratingFigures(
    all.reduce((n, g) => n + g.finished, 0),
    all.flatMap((g) => g.ratings),
    [],
  ).ratedRate;
  return rows.map((row) => ({
    ...row,
    flags: integrityFlags(
      {
        staffId: row.key,
        finished: row.finished,
        rated: row.rated,
        quick: groups.get(row.key)?.quick ?? 0,
      },
      hallRate,
    ),
  }));
}
