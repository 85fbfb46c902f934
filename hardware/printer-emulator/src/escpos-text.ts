/**
 * How the emulator turns a job's text bytes into characters: GB18030 in
 * Chinese mode, the code page outside it, UTF-8 for QR data.
 */

const gb18030 = new TextDecoder('gb18030');
/**
 * Outside Chinese mode a printer reads bytes ≥ 0x80 from its code page
 * (PC437 by default). TextDecoder has no PC437; windows-1252 gives the same
 * kind of visible mojibake, which is the point: a driver that forgot FS & shows.
 */
const codePage = new TextDecoder('windows-1252');
const utf8 = new TextDecoder('utf-8');

/** Printed text, as the printer reads it in Chinese mode (`FS &`) or out of it. */
export function decodePrintedText(bytes: Uint8Array, chinese: boolean): string {
  return (chinese ? gb18030 : codePage).decode(bytes);
}

/** The data of a QR code (GS ( k store), which printers take as UTF-8. */
export function decodeQrData(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
