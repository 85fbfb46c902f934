/**
 * A site's scores for a period (core P1–P7): its scheme (site.scoring over
 * the defaults), the period in its zone, the subjects (the site's active
 * clerks by 工号, or its units in catalogue order, plus anyone else the
 * facts name) and the facts of the period, scored as of the server's clock.
 */
import type Database from 'better-sqlite3';
import {
  scoreRows,
  scoringPeriod,
  scoringScheme,
  type Catalog,
  type ScoreBy,
  type ScoreFacts,
  type ScoreRow,
  type ScoreSubject,
  type ScoringPeriod,
  type ScoringScheme,
} from '@hallq/core';
import { HallqError } from '../errors';
import type { StaffLookup } from '../domain/views';
import { ScoreFactsReader } from './score-facts';

export interface Scores {
  siteId: string;
  by: ScoreBy;
  period: ScoringPeriod;
  scheme: ScoringScheme;
  rows: ScoreRow[];
}

interface ClerkRow {
  id: string;
  name: string;
  staff_no: string;
}

const clerkLabel = (name: string, staffNo: string) => (staffNo ? `${name}（${staffNo}）` : name);

export class ScoreService {
  private readonly facts: ScoreFactsReader;
  private readonly clerks;

  constructor(
    db: Database.Database,
    private readonly catalog: () => Catalog,
    private readonly staff: StaffLookup,
    private readonly now: () => number,
  ) {
    this.facts = new ScoreFactsReader(db);
    this.clerks = db.prepare(`SELECT id, name, staff_no FROM staff
      WHERE site_id = ? AND role = 'clerk' AND active = 1 ORDER BY staff_no, id`);
  }

  async scores(siteId: string, periodText: string, by: ScoreBy): Promise<Scores> {
    const catalog = this.catalog();
    const site = catalog.sites[siteId];
    if (!site) throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId });
    const period = scoringPeriod(periodText, site.timeZone);
    if (!period) throw new HallqError('HALLQ_E_VALIDATION', { period: periodText });
    const scheme = scoringScheme(site.scoring);
    const facts = await this.facts.read(siteId, period.from, period.to, catalog, { by });
    const subjects =
      by === 'clerk' ? this.clerkSubjects(siteId, facts) : unitSubjects(catalog, siteId);
    const rows = scoreRows(scheme, subjects, facts, by, period, this.now());
    return { siteId, by, period, scheme, rows };
  }

  private clerkSubjects(siteId: string, facts: ScoreFacts): ScoreSubject[] {
    const subjects = (this.clerks.all(siteId) as ClerkRow[]).map((c) => ({
      key: c.id,
      label: clerkLabel(c.name, c.staff_no),
    }));
    // A supervisor covering a window (顶岗) or a clerk since moved on: named too.
    const known = new Set(subjects.map((s) => s.key));
    const others = new Set<string>();
    for (const f of [...facts.alerts, ...facts.ratings, ...facts.cases])
      if (f.staffId !== undefined && !known.has(f.staffId)) others.add(f.staffId);
    for (const id of [...others].sort()) {
      const s = this.staff(id);
      subjects.push({ key: id, label: s ? clerkLabel(s.name, s.staffNo) : id });
    }
    return subjects;
  }
}

function unitSubjects(catalog: Catalog, siteId: string): ScoreSubject[] {
  return Object.values(catalog.units)
    .filter((u) => u.siteId === siteId)
    .map((u) => ({ key: u.id, label: u.name }));
}
