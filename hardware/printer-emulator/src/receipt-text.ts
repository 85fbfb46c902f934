/** A receipt as monospaced plain text, laid out as on the paper (GET /jobs/:id.txt). */
import type { Align, Receipt } from './receipt';

/**
 * Same rule as the driver's displayWidth (the emulator imports nothing of the
 * project): in Chinese mode every non-ASCII character is a two-column glyph.
 */
export function columnsOf(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
  return width;
}

function place(text: string, used: number, align: Align, columns: number): string {
  const room = Math.max(0, columns - used);
  const left = align === 'center' ? Math.floor(room / 2) : align === 'right' ? room : 0;
  return `${' '.repeat(left)}${text}`.trimEnd();
}

export function receiptToText(receipt: Receipt, columns = 48): string {
  const out: string[] = [];
  for (const element of receipt.elements) {
    if (element.type === 'line') {
      const { line } = element;
      out.push(place(line.text, columnsOf(line.text) * line.width, line.align, columns));
    } else if (element.type === 'qr') {
      const label = `[QR ${element.data}]`;
      out.push(place(label, columnsOf(label), element.align, columns));
    } else {
      out.push(`${element.partial ? '- - ' : '----'} ✂ ${'-'.repeat(columns - 7)}`);
    }
  }
  if (receipt.interrupted) out.push('（连接中断，小票不完整 connection dropped mid-job）');
  return `${out.join('\n')}\n`;
}
