/**
 * The ESC/POS byte stream of one ticket, built command by command: initialise,
 * align, character size, text lines in GB18030, rules, feeds and the cut
 * (Epson ESC/POS reference: ESC @, ESC a n, GS ! n, LF, GS V 0).
 *
 * Written here rather than taken from @node-escpos/core, which the driver
 * used before: a ticket needs these six commands, and that library loads an
 * image stack and the deprecated `request` HTTP client (sshpk, tough-cookie,
 * …) when imported — about 5 MB of the always-on server's heap for nothing
 * it printed. The text encoding is still a library's (iconv-lite).
 */
import iconv from 'iconv-lite';

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

const ALIGN = { left: 0, centre: 1, right: 2 } as const;
export type Alignment = keyof typeof ALIGN;

/** Character width and height multipliers, 1–8 each (GS ! n). */
export type Scale = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export class EscPosEncoder {
  private readonly parts: Uint8Array[] = [];

  /** ESC @: clears the printer's modes left by the previous job. */
  init(): this {
    return this.raw(Uint8Array.of(ESC, 0x40));
  }

  raw(bytes: Uint8Array): this {
    this.parts.push(bytes);
    return this;
  }

  /** ESC a n */
  align(to: Alignment): this {
    return this.raw(Uint8Array.of(ESC, 0x61, ALIGN[to]));
  }

  /** GS ! n: width multiplier in the high nibble, height in the low, each less one. */
  size(width: Scale, height: Scale = width): this {
    return this.raw(Uint8Array.of(GS, 0x21, ((width - 1) << 4) | (height - 1)));
  }

  /** One line of text in GB18030, ended by LF. */
  line(text: string): this {
    return this.raw(iconv.encode(`${text}\n`, 'GB18030'));
  }

  /** A rule of `columns` copies of an ASCII character. */
  rule(columns: number, character = '-'): this {
    return this.line(character.repeat(columns));
  }

  /** n empty lines (LF). */
  feed(lines = 1): this {
    return this.raw(new Uint8Array(lines).fill(LF));
  }

  /** Feeds `lines` so the last line clears the cutter, then a full cut (GS V 0). */
  cut(lines: number): this {
    return this.feed(lines).raw(Uint8Array.of(GS, 0x56, 0));
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/**
 * Builds iconv-lite's GB18030 table now (it is built on first use), so the
 * first ticket of the day does not pay for it.
 */
export function preloadEncoding(): void {
  iconv.encode('取号', 'GB18030');
}
