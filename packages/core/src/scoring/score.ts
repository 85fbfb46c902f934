/**
 * Scores of a period per clerk or per unit (P6, P7): the base score, less
 * the deductions of the facts that count against the subject, plus the
 * 满意率 bonus; never below 0. The grade follows from the cut-offs.
 */
import {
  alertDeduction,
  caseDeductions,
  groupAlertDeductions,
  ratingDeduction,
  round2,
  type Deduction,
} from './deductions';
import { subjectOf, type ScoreBy, type ScoreFacts } from './facts';
import type { ScoringScheme } from './scheme';

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';

export const GRADE_NAMES: Readonly<Record<Grade, { zh: string; en: string }>> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};

export interface ScoreSubject {
  key: string;
  label: string;
}

export interface ScoreRow extends ScoreSubject {
  score: number;
  grade: Grade;
  deductions: Deduction[];
}

/** P7: the grade of a score under the scheme's cut-offs (each inclusive). */
export function gradeOf(score: number, scheme: ScoringScheme): Grade {
  const { excellent, good, pass } = scheme.grades;
  if (score >= excellent) return 'excellent';
  if (score >= good) return 'good';
  if (score >= pass) return 'pass';
  return 'fail';
}

const inPeriod = (at: number, p: { from: number; to: number }) => at >= p.from && at < p.to;

/**
 * P6: one row per subject (in the order given, then any other subject a
 * fact names, by key), scored over `period` as of `now`. Alerts count by
 * when they opened, ratings by when they were given, cases by when they
 * opened (the 差评's period), whatever happens to them later.
 */
export function scoreRows(
  scheme: ScoringScheme,
  subjects: readonly ScoreSubject[],
  facts: ScoreFacts,
  by: ScoreBy,
  period: { from: number; to: number },
  now: number,
): ScoreRow[] {
  const found = new Map<string, Deduction[]>(subjects.map((s) => [s.key, []]));
  const alerted = new Map<string, Deduction[]>();
  const rated = new Map<string, { total: number; satisfied: number }>();
  const add = (key: string | undefined, d: Deduction | undefined) => {
    if (key === undefined) return;
    if (!found.has(key)) found.set(key, []);
    if (d) found.get(key)!.push(d);
  };
  for (const a of facts.alerts) {
    if (!inPeriod(a.openedAt, period)) continue;
    const key = subjectOf(a, by);
    const d = alertDeduction(a, scheme);
    add(key, undefined);
    if (key === undefined || !d) continue;
    const list = alerted.get(key);
    if (list) list.push(d);
    else alerted.set(key, [d]);
  }
  for (const [key, list] of alerted) found.get(key)!.push(...groupAlertDeductions(list));
  for (const r of facts.ratings) {
    if (!inPeriod(r.at, period)) continue;
    const key = subjectOf(r, by);
    add(key, ratingDeduction(r, scheme));
    if (key === undefined || r.void || r.level === null) continue;
    const tally = rated.get(key) ?? { total: 0, satisfied: 0 };
    tally.total += r.n ?? 1;
    if (r.level >= 3) tally.satisfied += r.n ?? 1;
    rated.set(key, tally);
  }
  for (const c of facts.cases) {
    if (!inPeriod(c.openedAt, period)) continue;
    for (const d of caseDeductions(c, scheme, now)) add(subjectOf(c, by), d);
  }
  const labels = new Map(subjects.map((s) => [s.key, s.label]));
  const extra = [...found.keys()].filter((k) => !labels.has(k)).sort();
  return [...subjects.map((s) => s.key), ...extra].map((key) => {
    const deductions = found.get(key)!;
    const tally = rated.get(key);
    if (
      scheme.bonusPoints > 0 &&
      tally &&
      tally.total >= Math.max(1, scheme.bonusMinRatings) &&
      tally.satisfied / tally.total >= scheme.bonusSatisfactionRate
    )
      deductions.push({
        rule: 'satisfaction-bonus',
        points: scheme.bonusPoints,
        at: period.to - 1,
      });
    deductions.sort((x, y) => x.at - y.at);
    const total = deductions.reduce((sum, d) => sum + d.points, scheme.baseScore);
    const score = round2(Math.max(0, total));
    return { key, label: labels.get(key) ?? key, score, grade: gradeOf(score, scheme), deductions };
  });
}
