/**
 * The GS commands of the ESC/POS decoder: character size, cuts, the QR code
 * of GS ( k, and the ones that are skipped but listed (barcodes, raster
 * images, other GS ( functions) or skipped by their length.
 */
import type { PrinterState } from './escpos-state';
import { decodeQrData } from './escpos-text';

/** GS V m values that select a partial cut (the others cut fully). */
const PARTIAL_CUTS = new Set([1, 49, 66, 98, 104]);

/** GS … at `buf[i]`: bytes consumed, or 0 when the command is not complete yet. */
export function gsCommand(
  state: PrinterState,
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
      state.style = { ...state.style, width: (n >> 4) + 1, height: (n & 0x0f) + 1 };
      return 3;
    }
    case 0x56: {
      // GS V m [n]: cut
      if (!has(3)) return 0;
      const m = at(2);
      const withFeed = m === 65 || m === 66 || m >= 97;
      if (withFeed && !has(4)) return 0;
      state.startOfLine();
      state.elements.push({ type: 'cut', partial: PARTIAL_CUTS.has(m) });
      return withFeed ? 4 : 3;
    }
    case 0x28: {
      // GS ( x pL pH …: a function with a length prefix
      if (!has(5)) return 0;
      const length = at(3) + at(4) * 256;
      if (!has(5 + length)) return 0;
      if (at(2) === 0x6b && at(5) === 49)
        qrFunction(state, at(6), buf.subarray(i + 7, i + 5 + length));
      else if (at(2) !== 0x6b) state.unknown.push(`GS ( ${String.fromCharCode(at(2))}`);
      return 5 + length;
    }
    case 0x6b: {
      // GS k m …: barcode, NUL-terminated (m ≤ 6) or length-prefixed
      if (!has(3)) return 0;
      if (at(2) <= 6) {
        const end = buf.indexOf(0, i + 3);
        if (end < 0) return 0;
        state.unknown.push('GS k (barcode)');
        return end - i + 1;
      }
      if (!has(4) || !has(4 + at(3))) return 0;
      state.unknown.push('GS k (barcode)');
      return 4 + at(3);
    }
    case 0x76: {
      // GS v 0 m xL xH yL yH d…: raster image
      if (!has(8)) return 0;
      const length = 8 + (at(4) + at(5) * 256) * (at(6) + at(7) * 256);
      if (!has(length)) return 0;
      state.unknown.push('GS v 0 (raster image)');
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
      return state.skip(`GS ${String.fromCharCode(cmd)}`, 2);
  }
}

/** GS ( k with cn = 49: QR code. fn 67 module size, 80 store, 81 print. */
function qrFunction(state: PrinterState, fn: number, params: Uint8Array): void {
  if (fn === 67) state.qr.moduleSize = params[0] ?? state.qr.moduleSize;
  else if (fn === 80) state.qr.data = decodeQrData(params.subarray(1));
  else if (fn === 81) {
    state.startOfLine();
    state.elements.push({
      type: 'qr',
      data: state.qr.data,
      align: state.style.align,
      moduleSize: state.qr.moduleSize,
    });
  }
}
