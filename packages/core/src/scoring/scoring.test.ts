import { describe, expect, it } from 'vitest';
import { caseDeductions, ratingDeduction, alertDeduction } from './deductions';
import type { ScoreAlert, ScoreCase, ScoreRating } from './facts';
import { scoringPeriod } from './period';
import { mergeScoring, SCORING_DEFAULTS, schemeProblem, scoringScheme } from './scheme';
import { gradeOf, scoreRows } from './score';

const TZ = 'Asia/Shanghai';
const NOV = scoringPeriod('2026-11', TZ)!;
const DAY = 86_400_000;
const at = (d: number, h = 10) => NOV.from + (d - 1) * DAY + h * 3_600_000;
const scheme = scoringScheme();

const alert = (id: string, more: Partial<ScoreAlert> = {}): ScoreAlert => ({
  id,
  rule: 'window-idle',
  level: 'yellow',
  openedAt: at(3),
  staffId: 's1',
  unitId: 'u1',
  ...more,
});
const rating = (id: string, level: ScoreRating['level'], more: Partial<ScoreRating> = {}) => ({
  id,
  level,
  void: false,
  at: at(5),
  staffId: 's1',
  unitId: 'u1',
  ...more,
});
const kase = (id: string, more: Partial<ScoreCase> = {}): ScoreCase => ({
  id,
  ratingId: `r-${id}`,
  status: 'open',
  openedAt: at(5),
  followUpDueAt: at(6, 16),
  rectifyDueAt: at(12, 16),
  followUpLate: false,
  rectifyLate: false,
  staffId: 's1',
  unitId: 'u1',
  ...more,
});

describe('P1 scheme', () => {
  it('P1 a site’s settings over the defaults, alert points rule by rule', () => {
    const s = scoringScheme({
      baseScore: 120,
      alertPoints: { 'long-wait': { yellow: 2, red: 4 } },
      grades: { pass: 60 },
    });
    expect(s.baseScore).toBe(120);
    expect(s.alertPoints['long-wait']).toEqual({ yellow: 2, red: 4 });
    expect(s.alertPoints['window-idle']).toEqual(SCORING_DEFAULTS.alertPoints['window-idle']);
    expect(s.grades).toEqual({ excellent: 95, good: 85, pass: 60 });
  });

  it('P1 a change merges over the stored settings', () => {
    const before = { baseScore: 90, alertPoints: { fairness: { yellow: 3, red: 5 } } };
    expect(
      mergeScoring(before, {
        alertPoints: { 'long-wait': { yellow: 1, red: 1 } },
        grades: { good: 80 },
      }),
    ).toEqual({
      baseScore: 90,
      alertPoints: { fairness: { yellow: 3, red: 5 }, 'long-wait': { yellow: 1, red: 1 } },
      grades: { good: 80 },
    });
  });

  it('P1 cut-offs must descend and 优秀 be reachable', () => {
    expect(schemeProblem(scheme)).toBeUndefined();
    expect(schemeProblem(scoringScheme({ grades: { good: 95 } }))).toBe('gradesOutOfOrder');
    expect(schemeProblem(scoringScheme({ grades: { pass: 90 } }))).toBe('gradesOutOfOrder');
    expect(schemeProblem(scoringScheme({ baseScore: 90, bonusPoints: 0 }))).toBe(
      'excellentUnreachable',
    );
  });
});

describe('P2 periods', () => {
  it('P2 a month runs from its first local midnight to the next month’s', () => {
    expect(NOV).toMatchObject({ kind: 'month', firstDay: '2026-11-01', lastDay: '2026-11-30' });
    expect(NOV.from).toBe(Date.parse('2026-10-31T16:00:00Z'));
    expect(NOV.to).toBe(Date.parse('2026-11-30T16:00:00Z'));
  });

  it('P2 a quarter is three months; Q4 ends at the new year', () => {
    const q = scoringPeriod('2026-Q4', TZ)!;
    expect(q).toMatchObject({ kind: 'quarter', firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(q.to).toBe(Date.parse('2026-12-31T16:00:00Z'));
    expect(scoringPeriod('2026-Q1', 'UTC')!.lastDay).toBe('2026-03-31');
  });

  it('P2 anything else names no period', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '26-11', '2026-11-01', 'Q4', ''])
      expect(scoringPeriod(bad, TZ), bad).toBeUndefined();
  });
});

describe('P3–P5 deductions', () => {
  it('P3 an alert takes off its rule’s points at the level it reached', () => {
    expect(alertDeduction(alert('a1'), scheme)).toEqual({
      rule: 'window-idle',
      level: 'yellow',
      points: -1,
      at: at(3),
      alertId: 'a1',
    });
    expect(alertDeduction(alert('a2', { level: 'red' }), scheme)?.points).toBe(-2);
    // A rule worth nothing (device faults by default) takes nothing off.
    expect(alertDeduction(alert('a3', { rule: 'device-fault' }), scheme)).toBeUndefined();
  });

  it('P4 a 差评 not voided takes off its level’s points; others nothing', () => {
    expect(ratingDeduction(rating('r1', 2), scheme)).toEqual({
      rule: 'bad-rating',
      level: 2,
      points: -2,
      at: at(5),
      ratingId: 'r1',
    });
    expect(ratingDeduction(rating('r2', 1), scheme)?.points).toBe(-3);
    expect(ratingDeduction(rating('r3', 3), scheme)).toBeUndefined();
    expect(ratingDeduction(rating('r4', null), scheme)).toBeUndefined();
    expect(ratingDeduction(rating('r5', 1, { void: true }), scheme)).toBeUndefined();
  });

  it('P5 a case late on 回访 or 整改, recorded late or still overdue', () => {
    const before = at(6, 12);
    expect(caseDeductions(kase('c1'), scheme, before)).toEqual([]);
    expect(caseDeductions(kase('c1'), scheme, at(7))).toEqual([
      { rule: 'late-follow-up', points: -1, at: at(6, 16), caseId: 'c1', ratingId: 'r-c1' },
    ]);
    expect(caseDeductions(kase('c1'), scheme, at(13)).map((d) => d.rule)).toEqual([
      'late-follow-up',
      'late-rectify',
    ]);
    // Rectified late, closed since: both steps stay late.
    const closed = kase('c2', { status: 'closed', followUpLate: true, rectifyLate: true });
    expect(caseDeductions(closed, scheme, at(20)).map((d) => d.points)).toEqual([-1, -2]);
    // Done on time: nothing, however late it is now.
    expect(caseDeductions(kase('c3', { status: 'closed' }), scheme, at(30))).toEqual([]);
    // Voided or under appeal: nothing.
    expect(
      caseDeductions(kase('c4', { status: 'voided', rectifyLate: true }), scheme, at(30)),
    ).toEqual([]);
    expect(caseDeductions(kase('c5', { status: 'appealed' }), scheme, at(30))).toEqual([]);
  });
});

describe('P6, P7 scores and grades', () => {
  const subjects = [
    { key: 's1', label: '张三' },
    { key: 's2', label: '李四' },
  ];

  it('P6 the base less each deduction of the period, per clerk, each explained', () => {
    const facts = {
      alerts: [
        alert('a1'),
        alert('a2', { level: 'red', rule: 'service-overrun', openedAt: at(4) }),
        alert('a3', { staffId: 's2' }),
        alert('a4', { openedAt: NOV.from - 1 }), // October: not this period
        alert('a5', { rule: 'long-wait', staffId: undefined }), // no clerk: units only
      ],
      ratings: [rating('r1', 1), rating('r2', 5, { staffId: 's2' })],
      cases: [kase('c1', { ratingId: 'r1' })],
    };
    const rows = scoreRows(scheme, subjects, facts, 'clerk', NOV, at(7));
    expect(rows.map((r) => [r.key, r.label, r.score, r.grade])).toEqual([
      ['s1', '张三', 100 - 1 - 1 - 3 - 1, 'good'],
      ['s2', '李四', 99, 'excellent'],
    ]);
    expect(rows[0]!.deductions).toEqual([
      expect.objectContaining({ alertId: 'a1', points: -1 }),
      expect.objectContaining({ alertId: 'a2', points: -1, level: 'red' }),
      expect.objectContaining({ ratingId: 'r1', points: -3, level: 1 }),
      expect.objectContaining({ caseId: 'c1', rule: 'late-follow-up', points: -1 }),
    ]);
  });

  it('P6 per unit, a subject not listed gets a row, and a score stops at 0', () => {
    const facts = {
      alerts: [
        alert('a1', { rule: 'long-wait', staffId: undefined }),
        ...Array.from({ length: 60 }, (_, i) => alert(`b${i}`, { unitId: 'u2', level: 'red' })),
      ],
      ratings: [],
      cases: [],
    };
    const rows = scoreRows(scheme, [{ key: 'u1', label: '医保' }], facts, 'unit', NOV, at(7));
    expect(rows.map((r) => [r.key, r.label, r.score, r.grade])).toEqual([
      ['u1', '医保', 99.5, 'excellent'],
      ['u2', 'u2', 0, 'fail'],
    ]);
  });

  it('P3 a subject’s alerts of one rule and level are one deduction with their count', () => {
    const facts = {
      alerts: [
        alert('a1', { openedAt: at(3, 9) }),
        alert('a2', { openedAt: at(12, 15) }),
        alert('a3', { openedAt: at(7, 10) }),
        alert('a4', { level: 'red', openedAt: at(5) }), // another level: its own line
        alert('a5', { staffId: 's2' }), // another clerk
        alert('a6', { rule: 'long-wait', openedAt: at(4) }),
      ],
      ratings: [],
      cases: [],
    };
    const [s1, s2] = scoreRows(scheme, subjects, facts, 'clerk', NOV, at(20));
    expect(s1!.deductions).toEqual([
      { rule: 'window-idle', level: 'yellow', points: -3, at: at(3, 9), n: 3, lastAt: at(12, 15) },
      { rule: 'long-wait', level: 'yellow', points: -0.5, at: at(4), alertId: 'a6' },
      { rule: 'window-idle', level: 'red', points: -2, at: at(5), alertId: 'a4' },
    ]);
    expect(s1!.score).toBe(100 - 3 - 0.5 - 2);
    expect(s2!.deductions).toEqual([expect.objectContaining({ alertId: 'a5', points: -1 })]);
  });

  it('P3 a fact standing for n alike alerts scores as n single ones', () => {
    const single = Array.from({ length: 7 }, (_, i) =>
      alert(`w${i}`, { rule: 'long-wait', openedAt: at(3 + i) }),
    );
    const grouped = [
      alert('g1', { rule: 'long-wait', openedAt: at(3), n: 4, lastAt: at(6) }),
      alert('g2', { rule: 'long-wait', openedAt: at(7), n: 3, lastAt: at(9) }),
    ];
    const score = (alerts: ScoreAlert[]) =>
      scoreRows(
        scheme,
        subjects.slice(0, 1),
        { alerts, ratings: [], cases: [] },
        'clerk',
        NOV,
        at(20),
      );
    expect(score(grouped)).toEqual(score(single));
    expect(score(grouped)[0]!.deductions).toEqual([
      { rule: 'long-wait', level: 'yellow', points: -3.5, at: at(3), n: 7, lastAt: at(9) },
    ]);
  });

  it('P6 a high 满意率 over enough ratings adds the bonus', () => {
    const good = Array.from({ length: 20 }, (_, i) => rating(`r${i}`, 5));
    const facts = { alerts: [alert('a1', { level: 'red' })], ratings: good, cases: [] };
    const [row] = scoreRows(scheme, subjects.slice(0, 1), facts, 'clerk', NOV, at(7));
    expect(row!.score).toBe(100);
    expect(row!.deductions.at(-1)).toEqual({
      rule: 'satisfaction-bonus',
      points: 2,
      at: NOV.to - 1,
    });
    const fewer = { ...facts, ratings: good.slice(1) };
    expect(scoreRows(scheme, subjects.slice(0, 1), fewer, 'clerk', NOV, at(7))[0]!.score).toBe(98);
    const oneBad = { ...facts, ratings: [...good.slice(1), rating('x', 2)] };
    expect(scoreRows(scheme, subjects.slice(0, 1), oneBad, 'clerk', NOV, at(7))[0]!.score).toBe(96);
  });

  it('P6 a row standing for n alike good ratings counts as n toward the bonus', () => {
    const one = { alerts: [], ratings: [rating('g', 5, { n: 20 })], cases: [] };
    const twenty = {
      alerts: [],
      ratings: Array.from({ length: 20 }, (_, i) => rating(`r${i}`, 5)),
      cases: [],
    };
    const score = (f: typeof one) =>
      scoreRows(scheme, subjects.slice(0, 1), f, 'clerk', NOV, at(7));
    expect(score(one)).toEqual(score(twenty));
    expect(score(one)[0]!.deductions.at(-1)?.rule).toBe('satisfaction-bonus');
    // 19 alike are too few for the bonus, as 19 single ratings are.
    expect(score({ ...one, ratings: [rating('g', 5, { n: 19 })] })[0]!.score).toBe(100);
  });

  it('P7 grades at each cut-off, inclusive', () => {
    expect(gradeOf(95, scheme)).toBe('excellent');
    expect(gradeOf(94.99, scheme)).toBe('good');
    expect(gradeOf(85, scheme)).toBe('good');
    expect(gradeOf(84.5, scheme)).toBe('pass');
    expect(gradeOf(70, scheme)).toBe('pass');
    expect(gradeOf(69.5, scheme)).toBe('fail');
    expect(gradeOf(80, scoringScheme({ grades: { good: 80 } }))).toBe('good');
  });
});
