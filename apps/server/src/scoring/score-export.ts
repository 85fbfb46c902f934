/**
 * 绩效考评 exports (GET /scores?format=csv|xlsx): one row per clerk or
 * unit, the same rows as the JSON, with Chinese headers; the deductions are
 * spelled out in one cell, by rule and level (`scoreDetail`), so the file
 * explains each score.
 * Written by the ratings export's CSV and exceljs helpers.
 */
import { GRADE_NAMES, LEVEL_NAMES, isRatingLevel, type ScoreRow } from '@hallq/core';

const RULE_NAMES: Record<string, string> = {
  'long-wait': '等候超时',
  'service-overrun': '办理超时',
  'window-idle': '窗口闲置',
  'window-absent': '窗口离岗',
  'hall-backup': '排队积压',
  'device-fault': '设备故障',
  fairness: '叫号异常',
  'proxy-overdue': '代办超期',
  rating: '评价预警',
  'rectification-overdue': '整改超期',
  'bad-rating': '差评',
  'late-follow-up': '回访超期',
  'late-rectify': '整改超期',
  'satisfaction-bonus': '满意率加分',
};
const ALERT_LEVELS: Record<string, string> = { yellow: '黄色', red: '红色' };

export const SCORE_COLUMNS = {
  clerk: ['工作人员编号', '工作人员', '得分', '等级', '扣分项', '扣分合计', '加分合计', '明细'],
  unit: ['部门编号', '部门', '得分', '等级', '扣分项', '扣分合计', '加分合计', '明细'],
} as const;

const points = (n: number) => Math.round(n * 100) / 100;

type Deduction = ScoreRow['deductions'][number];

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}`;

function nameOf(d: Deduction): string {
  const level =
    typeof d.level === 'string'
      ? ALERT_LEVELS[d.level]
      : isRatingLevel(d.level)
        ? LEVEL_NAMES[d.level].zh
        : undefined;
  return `${RULE_NAMES[d.rule] ?? d.rule}${level ? `（${level}）` : ''}`;
}

function scoreLine(d: Deduction): string {
  const ref = d.alertId ?? d.caseId ?? d.ratingId;
  return `${nameOf(d)} ${signed(d.points)}${ref ? ` [${ref}]` : ''}`;
}

/**
 * The 明细 cell: the deductions by rule and level in the order they first
 * came, a group of one with the alert, case or rating behind it, a larger
 * one with its count and points (等候超时（黄色）×812 -406). Core groups
 * alike alerts already (P3); the 差评 and late case steps are grouped here,
 * so that a cell stays inside the 32,767 characters a spreadsheet cell holds.
 */
export function scoreDetail(deductions: readonly Deduction[]): string {
  const groups = new Map<string, { first: Deduction; n: number; points: number }>();
  for (const d of deductions) {
    const key = `${d.rule}|${d.level ?? ''}|${Math.sign(d.points)}`;
    const g = groups.get(key);
    if (g) {
      g.n += d.n ?? 1;
      g.points += d.points;
    } else groups.set(key, { first: d, n: d.n ?? 1, points: d.points });
  }
  return [...groups.values()]
    .map((g) =>
      g.n === 1 ? scoreLine(g.first) : `${nameOf(g.first)}×${g.n} ${signed(points(g.points))}`,
    )
    .join('；');
}

export function scoreExportRows(
  rows: readonly ScoreRow[],
  by: 'clerk' | 'unit',
): (string | number)[][] {
  return [
    [...SCORE_COLUMNS[by]],
    ...rows.map((r) => {
      const off = r.deductions.filter((d) => d.points < 0);
      const on = r.deductions.filter((d) => d.points > 0);
      return [
        r.key,
        r.label,
        r.score,
        GRADE_NAMES[r.grade].zh,
        off.reduce((n, d) => n + (d.n ?? 1), 0),
        points(off.reduce((s, d) => s + d.points, 0)),
        points(on.reduce((s, d) => s + d.points, 0)),
        scoreDetail(r.deductions),
      ];
    }),
  ];
}
