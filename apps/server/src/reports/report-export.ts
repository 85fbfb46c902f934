/**
 * A report as a file (GET /reports?format=csv|xlsx): the JSON rows, then the
 * totals, under Chinese headers; times in minutes and 好差评 shares in
 * percent, one decimal (`-` for a share of nothing). Written
 * by the exports' own helpers (CSV with a byte-order mark, XLSX by exceljs,
 * loaded on the first export).
 */
import type { ReportBy, ReportRow } from '@hallq/protocol';
import { toCsv, toXlsx } from '../rating/rating-export';

const GROUP: Record<ReportBy, string> = {
  day: '日期',
  hour: '时段',
  weekdayHour: '星期时段',
  unit: '部门',
  window: '窗口',
  clerk: '工作人员',
  item: '事项',
  site: '服务中心',
};

/** The columns after the group's key and name, with how each row's value is written. */
export const REPORT_COLUMNS: readonly [string, (r: ReportRow) => number | string][] = [
  ['取号数', (r) => r.issued],
  ['办结数', (r) => r.served],
  ['过号数', (r) => r.noShow],
  ['转出数', (r) => r.transferredOut],
  ['取消数', (r) => r.cancelled],
  ['平均等候(分钟)', (r) => minutes(r.avgWaitMs)],
  ['等候P90(分钟)', (r) => minutes(r.p90WaitMs)],
  ['最长等候(分钟)', (r) => minutes(r.maxWaitMs)],
  ['平均办理(分钟)', (r) => minutes(r.avgServiceMs)],
  ['办理P90(分钟)', (r) => minutes(r.p90ServiceMs)],
  ['选号呼叫', (r) => r.outOfOrderCalls],
  ['黄色预警', (r) => r.alertsYellow],
  ['红色预警', (r) => r.alertsRed],
  ['参评数', (r) => r.rated],
  ['参评率(%)', (r) => percent(r.ratedShare)],
  ['满意率(%)', (r) => percent(r.satisfiedShare)],
  ['差评数', (r) => r.badCount],
  ['差评率(%)', (r) => percent(r.badShare)],
  ['差评件数', (r) => r.casesOpened],
  ['按期整改数', (r) => r.casesClosedOnTime],
  ['差评整改率(%)', (r) => percent(r.rectifiedOnTimeShare)],
];

export const minutes = (ms: number): number => Math.round(ms / 6_000) / 10;

/** A share as a percentage, one decimal; `-` when there was nothing to divide by. */
export const percent = (share: number | null): number | string =>
  share === null ? '-' : Math.round(share * 1_000) / 10;

export function reportHeaders(by: ReportBy): string[] {
  return ['编号', GROUP[by], ...REPORT_COLUMNS.map(([name]) => name)];
}

export function reportTable(
  by: ReportBy,
  rows: readonly ReportRow[],
  totals: ReportRow,
): (string | number)[][] {
  const line = (r: ReportRow) => [r.key, r.label, ...REPORT_COLUMNS.map(([, value]) => value(r))];
  return [reportHeaders(by), ...rows.map(line), line(totals)];
}

export const REPORT_SHEET = '统计报表';

export async function reportFile(
  format: 'csv' | 'xlsx',
  table: (string | number)[][],
): Promise<string | Buffer> {
  return format === 'csv' ? toCsv(table) : toXlsx(table, REPORT_SHEET);
}
