/**
 * The reports' 好差评 rollup (rating-rollup.ts) against the ratings it sums:
 * after a week of history (ratings, 差评 cases returned, late, appealed and
 * voided), every grouping of a report and of GET /ratings/figures, and the
 * month's 绩效考评, read the same from the rollup as from the ratings
 * themselves, and the rollup the events kept is the one a rebuild makes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  ratingFigures,
  scoreRows,
  scoringPeriod,
  scoringScheme,
  type ScoreFacts,
} from '@hallq/core';
import { ReportBy } from '@hallq/protocol';
import { loadConfig } from '../config';
import { MONDAY_10AM, seededDataDir, startTestHall, type TestHall } from '../../test/test-hall';
import { demoHistory } from '../cli/demo-history';
import type { RatingGroupsResult } from '../reports/report-ratings';
import { figuresBy, type FigureBy } from './rating-figures';
import { ScoreFactsReader } from '../scoring/score-facts';
import { RatingRollup } from './rating-rollup';

let h: TestHall | undefined;
afterAll(() => h?.close());

const figuresOf = (r: RatingGroupsResult) =>
  Object.fromEntries(
    [...r.groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, g]) => [key, ratingFigures(0, g.ratings, g.cases)]),
  );

describe('the 好差评 rollup', () => {
  it('gives every report grouping the figures of the ratings themselves, and equals its rebuild', async () => {
    const dataDir = seededDataDir();
    demoHistory(
      { days: '7' },
      loadConfig({ HALLQ_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
      MONDAY_10AM,
    );
    h = await startTestHall({ dataDir });
    const db = h.app.db;
    // A 差评 appealed and voided now, through the API: its rating leaves the figures.
    const open = db
      .prepare(`SELECT id FROM rating_cases WHERE status IN ('open','followedUp') LIMIT 1`)
      .get() as { id: string };
    const supervisor = await h.login('supervisor');
    for (const body of [
      { kind: 'appeal', note: '申请复核' },
      { kind: 'appealDecision', note: '经核查，评价与事实不符', outcome: 'void' },
    ]) {
      const r = await h.request({
        method: 'POST',
        url: `/api/v1/rating-cases/${open.id}/steps`,
        token: supervisor,
        body,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count(`SELECT COUNT(*) AS n FROM ratings WHERE void = 1`)).toBeGreaterThan(0);
    // And a 整改 recorded after its deadline: the rating moves to the late rows.
    const pending = db
      .prepare(
        `SELECT id, rectify_due_at AS due FROM rating_cases WHERE status = 'followedUp'
         ORDER BY rectify_due_at LIMIT 1`,
      )
      .get() as { id: string; due: number };
    if (h.clock.now() <= pending.due) h.clock.set(pending.due + 60_000);
    const rectified = await h.request({
      method: 'POST',
      url: `/api/v1/rating-cases/${pending.id}/steps`,
      // Signed in again: the clock may have passed the morning's session.
      token: await h.login('supervisor'),
      body: { kind: 'rectify', note: '已整改' },
    });
    expect(rectified.status, JSON.stringify(rectified.body)).toBe(200);
    expect(
      count(`SELECT COUNT(*) AS n FROM rating_case_steps WHERE kind = 'rectify' AND late = 1`),
    ).toBeGreaterThan(0);

    const sites = [{ id: 'district', timeZone: 'Asia/Shanghai' }];
    const read = h.app.reports.ratings;
    // Every grouping the API has (the protocol's own list).
    const bys = ReportBy.anyOf.map((x) => x.const as ReportBy);
    for (const by of bys) {
      const rolled = await read(sites, '2026-11-09', '2026-11-22', by);
      const raw = await read(sites, '2026-11-09', '2026-11-22', by, undefined, { raw: true });
      expect(Object.keys(figuresOf(rolled)).length, by).toBeGreaterThan(0);
      expect(figuresOf(rolled), by).toEqual(figuresOf(raw));
      expect(ratingFigures(0, rolled.totals.ratings, rolled.totals.cases), by).toEqual(
        ratingFigures(0, raw.totals.ratings, raw.totals.cases),
      );
    }
    const clerk = (
      db.prepare(`SELECT staff_id FROM rating_cases LIMIT 1`).get() as {
        staff_id: string;
      }
    ).staff_id;
    const subject = { kind: 'clerk', id: clerk };
    expect(figuresOf(await read(sites, '2026-11-09', '2026-11-22', 'day', subject))).toEqual(
      figuresOf(await read(sites, '2026-11-09', '2026-11-22', 'day', subject, { raw: true })),
    );

    // GET /ratings/figures: whole days from the rollup and the day figures,
    // the part days at either end from the tickets and ratings, as a read of
    // the ratings themselves gives them, by every grouping.
    const midnight = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
    const spans = [
      [midnight('2026-11-16'), midnight('2026-11-23')],
      [midnight('2026-11-16') + 11 * 3_600_000, midnight('2026-11-19') + 15.5 * 3_600_000],
      [midnight('2026-11-18') + 9 * 3_600_000, midnight('2026-11-18') + 12 * 3_600_000],
    ] as const;
    for (const [from, to] of spans)
      for (const by of ['site', 'unit', 'window', 'staff', 'item'] as FigureBy[]) {
        const kept = await figuresBy(db, 'district', from, to, by);
        expect(kept.length, by).toBeGreaterThan(0);
        expect(kept, `${by} ${from}–${to}`).toEqual(
          await figuresBy(db, 'district', from, to, by, { raw: true }),
        );
      }

    // 绩效考评 (core P6): the ratings other than the 差评 from the rollup by the
    // day they were given, as from the ratings themselves; the bonus depends on them.
    const reader = new ScoreFactsReader(db);
    const period = scoringPeriod('2026-11', 'Asia/Shanghai')!;
    const catalog = h.app.hall.catalog;
    const kept = await reader.read('district', period.from, period.to, catalog);
    const raw = await reader.read('district', period.from, period.to, catalog, { raw: true });
    // Rating by rating: each clerk's and unit's counts per level agree.
    const tally = (f: ScoreFacts) => {
      const m = new Map<string, number>();
      for (const r of f.ratings) {
        if (r.void || r.level === null) continue;
        const k = `${r.staffId ?? ''}|${r.unitId ?? ''}|${r.level}`;
        m.set(k, (m.get(k) ?? 0) + (r.n ?? 1));
      }
      return Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
    };
    expect(Object.keys(tally(kept)).length).toBeGreaterThan(10);
    expect(tally(kept)).toEqual(tally(raw));
    for (const by of ['clerk', 'unit'] as const) {
      const score = (facts: ScoreFacts) =>
        scoreRows(scoringScheme(), [], facts, by, period, h!.clock.now());
      const rows = score(kept);
      expect(
        rows.some((r) => r.deductions.some((d) => d.rule === 'satisfaction-bonus')),
        by,
      ).toBe(true);
      expect(rows, by).toEqual(score(raw));
    }

    const rows = () =>
      db
        .prepare(
          `SELECT * FROM rating_figures WHERE n != 0
           ORDER BY site_id, kind, business_day, id, hour, level, outcome, void, case_status, late`,
        )
        .all();
    const given = () =>
      db
        .prepare(
          `SELECT * FROM rating_given_figures WHERE n != 0
           ORDER BY site_id, business_day, staff_id, unit_id, level, void`,
        )
        .all();
    const keptRows = rows();
    const keptGiven = given();
    expect(keptRows.length).toBeGreaterThan(100);
    expect(keptGiven.length).toBeGreaterThan(10);
    new RatingRollup(db).rebuild();
    expect(rows()).toEqual(keptRows);
    expect(given()).toEqual(keptGiven);
  });
});
