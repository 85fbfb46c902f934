/**
 * 好差评 exports (GET /ratings?format=csv|xlsx): one row per rating, in the
 * columns the provincial 好差评 platform takes in: 办件编号 (the ticket id),
 * 事项编码, 评价渠道 (现场评价器 or 移动端), 评价等级, 评价标签, 评价时间 (the
 * site's local time), 窗口, 工号 and 部门. A voided rating is not exported.
 * CSV carries a byte-order mark so that spreadsheet programs read it as UTF-8.
 */
import { stringify } from 'csv-stringify/sync';
import { LEVEL_NAMES, isRatingLevel, type Catalog } from '@hallq/core';
import type { RatingView } from '@hallq/protocol';
import type { StaffLookup } from '../domain/views';

export const EXPORT_COLUMNS = [
  '办件编号',
  '事项编码',
  '评价渠道',
  '评价等级',
  '评价标签',
  '评价时间',
  '窗口',
  '工号',
  '部门',
] as const;

const CHANNEL = { pad: '现场评价器', phone: '移动端' } as const;

/** `YYYY-MM-DD HH:mm:ss` in the zone (the sv-SE locale writes dates that way). */
function localTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

export function exportRows(
  ratings: readonly RatingView[],
  catalog: Catalog,
  staff: StaffLookup,
  timeZone: string,
): string[][] {
  const rows = ratings
    .filter((r) => !r.void)
    .map((r) => {
      const window = catalog.windows[r.windowId];
      return [
        r.ticketId,
        catalog.items[r.itemId]?.code ?? r.itemId,
        CHANNEL[r.channel],
        isRatingLevel(r.level) ? LEVEL_NAMES[r.level].zh : String(r.level),
        r.tags.join('；'),
        localTime(r.at, timeZone),
        window ? `${window.number}号窗口` : r.windowId,
        (r.staffId && staff(r.staffId)?.staffNo) ?? '',
        catalog.units[r.unitId]?.name ?? r.unitId,
      ];
    });
  return [[...EXPORT_COLUMNS], ...rows];
}

export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
}

export async function toXlsx(rows: (string | number)[][], sheetName = '好差评'): Promise<Buffer> {
  // Loaded on the first export, not at start: exceljs is a large module and
  // most server starts never write a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await book.xlsx.writeBuffer());
}
