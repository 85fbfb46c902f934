/**
 * ESC/POS commands as raw bytes from the Epson ESC/POS reference, beside the
 * line-level ones of escpos-encoder.ts (written here when the driver still
 * used @node-escpos/core, whose versions of these were wrong or missing):
 * - FS & (Chinese character mode): without it GB18030 bytes print as
 *   code-page symbols.
 * - GS ( k (QR code): the Epson standard that the TM series, Xprinter and
 *   Gprinter share (not ESC Z, a vendor command).
 * - DLE EOT n (real-time status), sent by the ports with their own timeout,
 *   so a printer that does not answer cannot hang the caller.
 * - ESC E n (bold) alone: no ESC 4 (italic), a Star command that
 *   Epson-compatible printers do not define.
 */

const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const EOT = 0x04;
const ESC = 0x1b;

export const CHINESE_MODE_ON = Uint8Array.of(FS, 0x26);

export function bold(on: boolean): Uint8Array {
  return Uint8Array.of(ESC, 0x45, on ? 1 : 0);
}

export type StatusQuery = 1 | 2 | 3 | 4;

export function statusQuery(n: StatusQuery): Uint8Array {
  return Uint8Array.of(DLE, EOT, n);
}

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';
const QR_LEVEL: Record<QrErrorLevel, number> = { L: 48, M: 49, Q: 50, H: 51 };
/** Byte capacity of a version-40 QR code at level L; more cannot be stored. */
const QR_MAX_BYTES = 2953;

/** GS ( k pL pH cn=49 (QR) fn params: pL pH counts the bytes after themselves. */
function qrFunction(fn: number, params: Uint8Array): Uint8Array {
  const length = params.length + 2;
  const out = new Uint8Array(5 + length);
  out.set([GS, 0x28, 0x6b, length & 0xff, length >> 8, 49, fn]);
  out.set(params, 7);
  return out;
}

/** Select model 2, set module size and error level, store the data, print it. */
export function qrCode(
  data: string,
  options: { moduleSize: number; errorLevel: QrErrorLevel },
): Uint8Array {
  const payload = new TextEncoder().encode(data);
  if (payload.length === 0 || payload.length > QR_MAX_BYTES) {
    throw new RangeError(`QR payload must be 1..${QR_MAX_BYTES} bytes, got ${payload.length}`);
  }
  if (!Number.isInteger(options.moduleSize) || options.moduleSize < 1 || options.moduleSize > 16) {
    throw new RangeError(`QR module size must be 1..16 dots, got ${options.moduleSize}`);
  }
  const parts = [
    qrFunction(65, Uint8Array.of(50, 0)),
    qrFunction(67, Uint8Array.of(options.moduleSize)),
    qrFunction(69, Uint8Array.of(QR_LEVEL[options.errorLevel])),
    qrFunction(80, Uint8Array.of(48, ...payload)),
    qrFunction(81, Uint8Array.of(48)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
