/**
 * A streaming ESC/POS decoder: bytes in (in any chunking), a structured
 * receipt out, DLE EOT status queries reported as they arrive so the
 * emulator can answer in real time as a printer does.
 *
 * Hand-written: no maintained npm package parses ESC/POS (the libraries
 * encode only). It understands what receipts use (init, alignment, bold,
 * character size, Chinese mode, GB18030 text, GS ( k QR, feeds and cuts) and
 * skips the other common commands by their length, listing them in
 * `unknownCommands` when it does not know them.
 */
import type { Align, DecodedReceipt, ReceiptElement, ReceiptLine } from './receipt';

const LF = 0x0a;
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

const gb18030 = new TextDecoder('gb18030');
/**
 * Outside Chinese mode a printer reads bytes ≥ 0x80 from its code page
 * (PC437 by default). TextDecoder has no PC437; windows-1252 gives the same
 * kind of visible mojibake, which is the point: a driver that forgot FS & shows.
 */
const codePage = new TextDecoder('windows-1252');
const utf8 = new TextDecoder('utf-8');

const hex = (b: number): string => `0x${b.toString(16).padStart(2, '0')}`;
/** GS V m values that select a partial cut (the others cut fully). */
const PARTIAL_CUTS = new Set([1, 49, 66, 98, 104]);
const ALIGNS: Record<number, Align> = {
  0: 'left',
  1: 'center',
  2: 'right',
  48: 'left',
  49: 'center',
  50: 'right',
};

export interface DecoderOptions {
  /** Called for each DLE EOT n as soon as it is parsed. */
  onStatusQuery?: (n: number) => void;
}

interface Style {
  align: Align;
  bold: boolean;
  width: number;
  height: number;
}

export class EscPosDecoder {
  /** Bytes that are not real-time queries: a connection with none printed nothing. */
  contentBytes = 0;
  private pending = new Uint8Array(0);
  private style: Style = { align: 'left', bold: false, width: 1, height: 1 };
  private chinese = false;
  private qr = { moduleSize: 3, data: '' };
  private lineStyle: Style | null = null;
  private lineText = '';
  private textBytes: number[] = [];
  private readonly elements: ReceiptElement[] = [];
  private readonly unknown: string[] = [];
  /** The command just parsed was a real-time query, not part of the job. */
  private realtime = false;

  constructor(private readonly options: DecoderOptions = {}) {}

  push(chunk: Uint8Array): void {
    const buf = new Uint8Array(this.pending.length + chunk.length);
    buf.set(this.pending);
    buf.set(chunk, this.pending.length);
    let i = 0;
    while (i < buf.length) {
      this.realtime = false;
      const used = this.step(buf, i);
      if (used === 0) break;
      if (!this.realtime) this.contentBytes += used;
      i += used;
    }
    this.pending = buf.slice(i);
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

  private flushText(): void {
    if (this.textBytes.length === 0) return;
    const bytes = Uint8Array.from(this.textBytes);
    this.lineText += (this.chinese ? gb18030 : codePage).decode(bytes);
    this.textBytes = [];
  }

  private endLine(): void {
    this.flushText();
    const style = this.lineStyle ?? this.style;
    this.elements.push({ type: 'line', line: { text: this.lineText, ...style } });
    this.lineText = '';
    this.lineStyle = null;
  }

  /** Commands that act at the start of a line print what is pending first. */
  private startOfLine(): void {
    if (this.lineStyle !== null || this.textBytes.length > 0) this.endLine();
  }

  private skip(name: string, length: number): number {
    this.unknown.push(name);
    return length;
  }

  /** Bytes consumed at `i`, or 0 when the command is not complete yet. */
  private step(buf: Uint8Array, i: number): number {
    const b = buf[i] ?? 0;
    const at = (k: number): number => buf[i + k] ?? 0;
    const has = (n: number): boolean => i + n <= buf.length;

    if (b === DLE) {
      if (!has(2)) return 0;
      const fn = at(1);
      if (fn === 0x04 || fn === 0x05) {
        if (!has(3)) return 0;
        this.realtime = true;
        if (fn === 0x04) this.options.onStatusQuery?.(at(2));
        return 3;
      }
      if (fn === 0x14) {
        if (!has(5)) return 0;
        this.realtime = true;
        return 5;
      }
      return this.skip(`DLE ${hex(fn)}`, 2);
    }

    if (b === LF) {
      this.endLine();
      return 1;
    }
    if (b === ESC) return this.esc(at, has);
    if (b === GS) return this.gs(buf, i, at, has);
    if (b === FS) return this.fs(at, has);
    if (b < 0x20 || b === 0x7f) return 1; // CR, HT and other controls: no visible effect here

    this.lineStyle ??= { ...this.style };
    this.textBytes.push(b);
    return 1;
  }

  private esc(at: (k: number) => number, has: (n: number) => boolean): number {
    if (!has(2)) return 0;
    const cmd = at(1);
    const name = `ESC ${String.fromCharCode(cmd)}`;
    switch (cmd) {
      case 0x40: // ESC @ init
        this.startOfLine();
        this.style = { align: 'left', bold: false, width: 1, height: 1 };
        this.chinese = false;
        return 2;
      case 0x61: // ESC a n alignment
        if (!has(3)) return 0;
        this.style.align = ALIGNS[at(2)] ?? this.style.align;
        return 3;
      case 0x45: // ESC E n emphasis
        if (!has(3)) return 0;
        this.style.bold = (at(2) & 1) === 1;
        return 3;
      case 0x21: {
        // ESC ! n print mode: bit 3 emphasis, bit 4 double height, bit 5 double width
        if (!has(3)) return 0;
        const n = at(2);
        this.style = {
          ...this.style,
          bold: (n & 0x08) !== 0,
          height: n & 0x10 ? 2 : 1,
          width: n & 0x20 ? 2 : 1,
        };
        return 3;
      }
      case 0x64: {
        // ESC d n print and feed n lines
        if (!has(3)) return 0;
        let n = at(2);
        if (this.lineStyle !== null || this.textBytes.length > 0) {
          this.endLine();
          n -= 1;
        }
        for (let k = 0; k < n; k += 1) this.endLine();
        return 3;
      }
      case 0x69: // ESC i / ESC m: partial cut (old form)
      case 0x6d:
        this.startOfLine();
        this.elements.push({ type: 'cut', partial: true });
        return 2;
      case 0x32: // ESC 2 default line spacing
      case 0x3c: // ESC < return home
        return 2;
      case 0x20: // ESC SP, ESC -, ESC 3, ESC J, ESC M, ESC R, ESC t, ESC V, ESC {, ESC G, ESC U, ESC =, ESC r, ESC 4: one parameter
      case 0x2d:
      case 0x33:
      case 0x4a:
      case 0x4d:
      case 0x52:
      case 0x74:
      case 0x56:
      case 0x7b:
      case 0x47:
      case 0x55:
      case 0x3d:
      case 0x72:
      case 0x34:
        return has(3) ? 3 : 0;
      case 0x42: // ESC B n t (buzzer on Chinese printers), ESC $ / ESC \ positions
      case 0x24:
      case 0x5c:
        return has(4) ? 4 : 0;
      case 0x70: // ESC p m t1 t2 drawer kick
        return has(5) ? 5 : 0;
      case 0x63: // ESC c 3/4/5 n
        return has(4) ? 4 : 0;
      case 0x2a: {
        // ESC * m nL nH d…: bit image
        if (!has(5)) return 0;
        const columns = at(3) + at(4) * 256;
        const length = 5 + columns * (at(2) >= 32 ? 3 : 1);
        if (!has(length)) return 0;
        this.unknown.push('ESC * (bit image)');
        return length;
      }
      default:
        return this.skip(name, 2);
    }
  }

  private gs(
    buf: Uint8Array,
    i: number,
    at: (k: number) => number,
    has: (n: number) => boolean,
  ): number {
    if (!has(2)) return 0;
    const cmd = at(1);
    switch (cmd) {
      case 0x21: {
        // GS ! n: width multiplier in the high nibble, height in the low
        if (!has(3)) return 0;
        const n = at(2);
        this.style = { ...this.style, width: (n >> 4) + 1, height: (n & 0x0f) + 1 };
        return 3;
      }
      case 0x56: {
        // GS V m [n]: cut
        if (!has(3)) return 0;
        const m = at(2);
        const withFeed = m === 65 || m === 66 || m >= 97;
        if (withFeed && !has(4)) return 0;
        this.startOfLine();
        this.elements.push({ type: 'cut', partial: PARTIAL_CUTS.has(m) });
        return withFeed ? 4 : 3;
      }
      case 0x28: {
        // GS ( x pL pH …: a function with a length prefix
        if (!has(5)) return 0;
        const length = at(3) + at(4) * 256;
        if (!has(5 + length)) return 0;
        if (at(2) === 0x6b && at(5) === 49)
          this.qrFunction(at(6), buf.subarray(i + 7, i + 5 + length));
        else if (at(2) !== 0x6b) this.unknown.push(`GS ( ${String.fromCharCode(at(2))}`);
        return 5 + length;
      }
      case 0x6b: {
        // GS k m …: barcode, NUL-terminated (m ≤ 6) or length-prefixed
        if (!has(3)) return 0;
        if (at(2) <= 6) {
          const end = buf.indexOf(0, i + 3);
          if (end < 0) return 0;
          this.unknown.push('GS k (barcode)');
          return end - i + 1;
        }
        if (!has(4) || !has(4 + at(3))) return 0;
        this.unknown.push('GS k (barcode)');
        return 4 + at(3);
      }
      case 0x76: {
        // GS v 0 m xL xH yL yH d…: raster image
        if (!has(8)) return 0;
        const length = 8 + (at(4) + at(5) * 256) * (at(6) + at(7) * 256);
        if (!has(length)) return 0;
        this.unknown.push('GS v 0 (raster image)');
        return length;
      }
      case 0x42: // GS B, GS H, GS h, GS w, GS f, GS a, GS r, GS I, GS b: one parameter
      case 0x48:
      case 0x68:
      case 0x77:
      case 0x66:
      case 0x61:
      case 0x72:
      case 0x49:
      case 0x62:
        return has(3) ? 3 : 0;
      case 0x4c: // GS L, GS W, GS P: two parameters
      case 0x57:
      case 0x50:
        return has(4) ? 4 : 0;
      default:
        return this.skip(`GS ${String.fromCharCode(cmd)}`, 2);
    }
  }

  private fs(at: (k: number) => number, has: (n: number) => boolean): number {
    if (!has(2)) return 0;
    const cmd = at(1);
    switch (cmd) {
      case 0x26: // FS & Chinese mode on
        this.flushText();
        this.chinese = true;
        return 2;
      case 0x2e: // FS . Chinese mode off
        this.flushText();
        this.chinese = false;
        return 2;
      case 0x21: // FS ! n, FS -, FS W, FS C: one parameter
      case 0x2d:
      case 0x57:
      case 0x43:
        return has(3) ? 3 : 0;
      case 0x53: // FS S n1 n2
        return has(4) ? 4 : 0;
      default:
        return this.skip(`FS ${String.fromCharCode(cmd)}`, 2);
    }
  }

  /** GS ( k with cn = 49: QR code. fn 67 module size, 80 store, 81 print. */
  private qrFunction(fn: number, params: Uint8Array): void {
    if (fn === 67) this.qr.moduleSize = params[0] ?? this.qr.moduleSize;
    else if (fn === 80) this.qr.data = utf8.decode(params.subarray(1));
    else if (fn === 81) {
      this.startOfLine();
      this.elements.push({
        type: 'qr',
        data: this.qr.data,
        align: this.style.align,
        moduleSize: this.qr.moduleSize,
      });
    }
  }
}

/** Decode a whole job at once (tests, saved captures). */
export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const decoder = new EscPosDecoder();
  decoder.push(bytes);
  return decoder.finish();
}
