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
 *
 * This file owns the byte stream: chunking, the real-time DLE commands, line
 * feeds and text. The ESC, GS and FS commands are parsed in escpos-esc.ts,
 * escpos-gs.ts and escpos-fs.ts, against the printer's state (escpos-state.ts);
 * text bytes become characters in escpos-text.ts.
 */
import { escCommand } from './escpos-esc';
import { fsCommand } from './escpos-fs';
import { gsCommand } from './escpos-gs';
import { PrinterState } from './escpos-state';
import type { DecodedReceipt } from './receipt';

const LF = 0x0a;
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

const hex = (b: number): string => `0x${b.toString(16).padStart(2, '0')}`;

export interface DecoderOptions {
  /** Called for each DLE EOT n as soon as it is parsed. */
  onStatusQuery?: (n: number) => void;
}

export class EscPosDecoder {
  /** Bytes that are not real-time queries: a connection with none printed nothing. */
  contentBytes = 0;
  private pending = new Uint8Array(0);
  private readonly state = new PrinterState();
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
    return this.state.finish();
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
      return this.state.skip(`DLE ${hex(fn)}`, 2);
    }

    if (b === LF) {
      this.state.endLine();
      return 1;
    }
    if (b === ESC) return escCommand(this.state, at, has);
    if (b === GS) return gsCommand(this.state, buf, i, at, has);
    if (b === FS) return fsCommand(this.state, at, has);
    if (b < 0x20 || b === 0x7f) return 1; // CR, HT and other controls: no visible effect here

    this.state.text(b);
    return 1;
  }
}

/** Decode a whole job at once (tests, saved captures). */
export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const decoder = new EscPosDecoder();
  decoder.push(bytes);
  return decoder.finish();
}
