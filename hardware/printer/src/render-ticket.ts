/**
 * One ticket as an ESC/POS byte stream. Layout, top to bottom: hall name
 * (double size), unit and item, where to wait (zone and windows, when
 * known), the number (as large as fits), people ahead, issue time, two
 * notices, the 申请材料 checklist when given (一次性告知), the status QR
 * code, a cut.
 */
import { displayWidth, wrapText } from './display-width';
import { EscPosEncoder, preloadEncoding, type Scale } from './escpos-encoder';
import { bold, CHINESE_MODE_ON, qrCode } from './escpos-raw';
import { formatIssueTime } from './format-issue-time';
import { MATERIALS_HEADING, materialLines } from './material-lines';
import { DEFAULT_LAYOUT, paperColumns } from './ticket';
import type { TicketLayout, TicketPrintData } from './ticket';

/** Prepares the text encoding once the server is up, off the first ticket's path. */
export function preloadTicketRenderer(): void {
  preloadEncoding();
}

interface TextStyle {
  /** Character width and height multiplier (GS !). */
  scale?: Extract<Scale, 1 | 2 | 3 | 4>;
  heightScale?: Extract<Scale, 1 | 2 | 3 | 4>;
  bold?: boolean;
}

/** Print `text` centred, wrapped to the columns left at this character width. */
function centred(
  printer: EscPosEncoder,
  columns: number,
  text: string,
  style: TextStyle = {},
): void {
  const scale = style.scale ?? 1;
  printer.size(scale, style.heightScale ?? scale);
  printer.raw(bold(style.bold ?? false));
  for (const line of wrapText(text, Math.floor(columns / scale))) printer.line(line);
  printer.size(1, 1);
  printer.raw(bold(false));
}

/** The largest character size (up to 4×) at which the number fits on one line. */
function numberScale(number: string, columns: number): 1 | 2 | 3 | 4 {
  const width = Math.max(1, displayWidth(number));
  return Math.max(1, Math.min(4, Math.floor(columns / width))) as 1 | 2 | 3 | 4;
}

export function renderTicket(
  ticket: TicketPrintData,
  layout: TicketLayout = DEFAULT_LAYOUT,
): Buffer {
  if (!Number.isInteger(ticket.ahead) || ticket.ahead < 0) {
    throw new RangeError(`ahead must be a whole number ≥ 0, got ${ticket.ahead}`);
  }
  const columns = paperColumns(layout.paperWidth);
  const issued = formatIssueTime(ticket.issuedAt, ticket.timeZone);
  const printer = new EscPosEncoder();

  printer.init();
  printer.raw(CHINESE_MODE_ON);
  printer.align('centre');

  centred(printer, columns, ticket.hallName, { scale: 2, bold: true });
  printer.rule(columns);
  centred(printer, columns, ticket.unitName, { bold: true });
  centred(printer, columns, ticket.itemName);
  if (ticket.windows) {
    const zone = ticket.zone ? `${ticket.zone} ` : '';
    centred(printer, columns, `请到 ${zone}${ticket.windows} 号窗口等候`, {
      bold: true,
      heightScale: 2,
    });
  }
  printer.feed(1);
  if (ticket.priority) centred(printer, columns, '优先号', { scale: 2, bold: true });
  centred(printer, columns, ticket.number, {
    scale: numberScale(ticket.number, columns),
    bold: true,
  });
  printer.feed(1);
  centred(printer, columns, `您前面还有 ${ticket.ahead} 人等候`, { scale: 1, heightScale: 2 });
  centred(printer, columns, `取号时间：${issued}`);
  printer.rule(columns);
  for (const notice of layout.notices) centred(printer, columns, notice);
  if (ticket.materials?.length) {
    printer.rule(columns);
    centred(printer, columns, MATERIALS_HEADING, { bold: true });
    printer.align('left');
    for (const line of materialLines(ticket.materials, columns)) printer.line(line);
    printer.align('centre');
  }
  printer.feed(1);
  printer.raw(
    qrCode(ticket.statusUrl, { moduleSize: layout.paperWidth === 58 ? 5 : 6, errorLevel: 'M' }),
  );
  printer.feed(1);
  centred(printer, columns, '扫码查看排队进度');
  printer.align('left');
  printer.cut(4);

  return printer.bytes();
}
