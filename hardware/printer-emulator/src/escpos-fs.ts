/**
 * The FS commands of the ESC/POS decoder: Chinese mode on and off (which
 * decides how text bytes are read, see escpos-text.ts), the others skipped by
 * their length.
 */
import type { PrinterState } from './escpos-state';

/** FS … at the cursor: bytes consumed, or 0 when the command is not complete yet. */
export function fsCommand(
  state: PrinterState,
  at: (k: number) => number,
  has: (n: number) => boolean,
): number {
  if (!has(2)) return 0;
  const cmd = at(1);
  switch (cmd) {
    case 0x26: // FS & Chinese mode on
      state.flushText();
      state.chinese = true;
      return 2;
    case 0x2e: // FS . Chinese mode off
      state.flushText();
      state.chinese = false;
      return 2;
    case 0x21: // FS ! n, FS -, FS W, FS C: one parameter
    case 0x2d:
    case 0x57:
    case 0x43:
      return has(3) ? 3 : 0;
    case 0x53: // FS S n1 n2
      return has(4) ? 4 : 0;
    default:
      return state.skip(`FS ${String.fromCharCode(cmd)}`, 2);
  }
}
