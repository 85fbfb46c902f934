/**
 * The ESC commands of the ESC/POS decoder: init, alignment, emphasis, print
 * mode, feeds and the old cut, the others skipped by their length (an ESC *
 * bit image listed in `unknownCommands`).
 */
import type { PrinterState } from './escpos-state';
import type { Align } from './receipt';

const ALIGNS: Record<number, Align> = {
  0: 'left',
  1: 'center',
  2: 'right',
  48: 'left',
  49: 'center',
  50: 'right',
};

/** ESC … at the cursor: bytes consumed, or 0 when the command is not complete yet. */
export function escCommand(
  state: PrinterState,
  at: (k: number) => number,
  has: (n: number) => boolean,
): number {
  if (!has(2)) return 0;
  const cmd = at(1);
  const name = `ESC ${String.fromCharCode(cmd)}`;
  switch (cmd) {
    case 0x40: // ESC @ init
      state.startOfLine();
      state.style = { align: 'left', bold: false, width: 1, height: 1 };
      state.chinese = false;
      return 2;
    case 0x61: // ESC a n alignment
      if (!has(3)) return 0;
      state.style.align = ALIGNS[at(2)] ?? state.style.align;
      return 3;
    case 0x45: // ESC E n emphasis
      if (!has(3)) return 0;
      state.style.bold = (at(2) & 1) === 1;
      return 3;
    case 0x21: {
      // ESC ! n print mode: bit 3 emphasis, bit 4 double height, bit 5 double width
      if (!has(3)) return 0;
      const n = at(2);
      state.style = {
        ...state.style,
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
      if (state.lineStyle !== null || state.textBytes.length > 0) {
        state.endLine();
        n -= 1;
      }
      for (let k = 0; k < n; k += 1) state.endLine();
      return 3;
    }
    case 0x69: // ESC i / ESC m: partial cut (old form)
    case 0x6d:
      state.startOfLine();
      state.elements.push({ type: 'cut', partial: true });
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
      state.unknown.push('ESC * (bit image)');
      return length;
    }
    default:
      return state.skip(name, 2);
  }
}
