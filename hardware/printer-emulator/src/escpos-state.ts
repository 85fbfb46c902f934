/**
 * The virtual printer's state while it decodes a job: the style in force, the
 * Chinese mode, the line being printed, the QR code stored, and the paper so
 * far (lines, QR codes and cuts in order), plus the commands it skipped.
 * The command parsers (escpos-esc.ts, escpos-gs.ts, escpos-fs.ts) change it;
 * the decoder (escpos-decoder.ts) feeds it text and reads the receipt back.
 */
import { decodePrintedText } from './escpos-text';
import type { Align, DecodedReceipt, ReceiptElement, ReceiptLine } from './receipt';

export interface Style {
  align: Align;
  bold: boolean;
  width: number;
  height: number;
}

export class PrinterState {
  style: Style = { align: 'left', bold: false, width: 1, height: 1 };
  chinese = false;
  qr = { moduleSize: 3, data: '' };
  lineStyle: Style | null = null;
  lineText = '';
  textBytes: number[] = [];
  readonly elements: ReceiptElement[] = [];
  readonly unknown: string[] = [];

  /** A printable byte: the line takes the style in force at its first character. */
  text(b: number): void {
    this.lineStyle ??= { ...this.style };
    this.textBytes.push(b);
  }

  flushText(): void {
    if (this.textBytes.length === 0) return;
    const bytes = Uint8Array.from(this.textBytes);
    this.lineText += decodePrintedText(bytes, this.chinese);
    this.textBytes = [];
  }

  endLine(): void {
    this.flushText();
    const style = this.lineStyle ?? this.style;
    this.elements.push({ type: 'line', line: { text: this.lineText, ...style } });
    this.lineText = '';
    this.lineStyle = null;
  }

  /** Commands that act at the start of a line print what is pending first. */
  startOfLine(): void {
    if (this.lineStyle !== null || this.textBytes.length > 0) this.endLine();
  }

  skip(name: string, length: number): number {
    this.unknown.push(name);
    return length;
  }

  /** The receipt so far; text still waiting for a line feed counts as a line. */
  finish(): DecodedReceipt {
    if (this.lineStyle !== null || this.textBytes.length > 0) this.endLine();
    const elements = [...this.elements];
    const lines: ReceiptLine[] = [];
    const qrCodes: string[] = [];
    let cuts = 0;
    for (const element of elements) {
      if (element.type === 'line') lines.push(element.line);
      else if (element.type === 'qr') qrCodes.push(element.data);
      else cuts += 1;
    }
    return {
      lines,
      qrCodes,
      cuts,
      text: lines.map((l) => l.text).join('\n'),
      elements,
      unknownCommands: [...this.unknown],
    };
  }
}
