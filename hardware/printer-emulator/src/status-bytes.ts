/**
 * Replies to DLE EOT n as an Epson TM printer gives them. Every reply has
 * bits 1 and 4 set and bits 0 and 7 clear (0x12), then:
 * - n=1 printer status: bit 3 offline (paper end and open cover take it offline);
 * - n=2 offline cause: bit 2 cover open, bit 5 paper-end stop;
 * - n=3 error cause: no errors emulated;
 * - n=4 roll paper sensor: bits 2-3 near end, bits 5-6 paper end.
 */
import type { EmulatorMode } from './emulator-mode';

const FIXED = 0x12;

export function statusByte(n: number, mode: EmulatorMode): number | null {
  const paperOut = mode.paperOut === true;
  const coverOpen = mode.coverOpen === true;
  switch (n) {
    case 1:
      return FIXED | (paperOut || coverOpen ? 0x08 : 0);
    case 2:
      return FIXED | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
    case 3:
      return FIXED;
    case 4:
      return FIXED | (paperOut || mode.paperNearEnd ? 0x0c : 0) | (paperOut ? 0x60 : 0);
    default:
      return null;
  }
}
