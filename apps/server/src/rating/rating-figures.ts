/**
 * 好差评's figures (core R11) from the ratings tables and the tickets, for a
 * site over a period, as a whole or per unit, window, clerk or item. A
 * ticket counts in the period it was finished in (办结), and so do its
 * rating and case, so the rates divide like with like.
 */
import type Database from 'better-sqlite3';
import {
  integrityFlags,
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

/** A pad rating this soon after 办结 is implausibly quick (core R12). */
const QUICK_MS = 1_000;

export function figuresBy(
  db: Database.Database,
  siteId: string,
  from: number,
  to: number,
  by: FigureBy,
): FigureRow[] {
  const col = COLUMNS[by];
  const finished = db
    .prepare(
      `SELECT COALESCE(${col.t}, '') AS key, COUNT(*) AS n FROM tickets t
       WHERE t.site_id = ? AND t.status = 'done' AND t.finished_at >= ? AND t.finished_at < ?
       GROUP BY key`,
    )
    .all(siteId, from, to) as { key: string; n: number }[];
  const ratings = db
    .prepare(
      `SELECT COALESCE(${col.r}, '') AS key, r.level, r.outcome, r.void,
         r.at - r.finished_at < ${QUICK_MS} AS quick FROM ratings r
       WHERE r.site_id = ? AND r.finished_at >= ? AND r.finished_at < ? AND r.outcome != 'unrated'`,
    )
    .all(siteId, from, to) as {
    key: string;
    level: number;
    outcome: string;
    void: number;
    quick: number;
  }[];
  const cases = db
    .prepare(
      `SELECT COALESCE(${col.r}, '') AS key, c.status,
         EXISTS (SELECT 1 FROM rating_case_steps s
                 WHERE s.case_id = c.id AND s.kind = 'rectify' AND s.late = 1) AS late
       FROM rating_cases c JOIN ratings r ON r.id = c.rating_id
       WHERE c.site_id = ? AND r.finished_at >= ? AND r.finished_at < ?`,
    )
    .all(siteId, from, to) as { key: string; status: FigureCase['status']; late: number }[];

  type Group = { finished: number; ratings: FigureRating[]; cases: FigureCase[]; quick: number };
  const groups = new Map<string, Group>();
  const group = (key: string): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { finished: 0, ratings: [], cases: [], quick: 0 }));
    return g;
  };
  for (const f of finished) group(f.key).finished = f.n;
  for (const r of ratings) {
    const g = group(r.key);
    if (r.quick === 1 && r.outcome === 'rated') g.quick++;
    g.ratings.push({
      level: r.level as FigureRating['level'],
      defaulted: r.outcome === 'defaulted',
      void: r.void === 1,
    });
  }
  for (const c of cases) group(c.key).cases.push({ status: c.status, rectifiedLate: c.late === 1 });
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
