/**
 * Printer status from DLE EOT replies, bit meanings per the Epson ESC/POS
 * reference (TM series; Xprinter and Gprinter answer the same way):
 * - n=1 printer status: bit 3 offline;
 * - n=2 offline cause: bit 2 cover open, bit 5 printing stopped by paper end;
 * - n=4 roll paper sensor: bits 2-3 paper near end, bits 5-6 paper end.
 */
import type { StatusQuery } from './escpos-raw';

export type PrinterStatus = 'online' | 'paperNearEnd' | 'paperOut' | 'coverOpen' | 'offline';

/** The queries whose replies `statusFromReplies` reads, in the order to send them. */
export const STATUS_QUERIES = [1, 2, 4] as const satisfies readonly StatusQuery[];

export type StatusReplies = Record<(typeof STATUS_QUERIES)[number], number>;

export function statusFromReplies(replies: StatusReplies): PrinterStatus {
  if (replies[2] & 0x04) return 'coverOpen';
  if (replies[4] & 0x60 || replies[2] & 0x20) return 'paperOut';
  if (replies[1] & 0x08) return 'offline';
  if (replies[4] & 0x0c) return 'paperNearEnd';
  return 'online';
}

/** Plain zh-CN for hall staff, e.g. on the kiosk's maintenance screen. */
export const STATUS_TEXT: Record<PrinterStatus, string> = {
  online: '打印机正常',
  paperNearEnd: '打印纸即将用完，请及时更换纸卷',
  paperOut: '打印机缺纸，请更换纸卷',
  coverOpen: '打印机纸仓盖未关好',
  offline: '打印机未连接或无响应',
};
