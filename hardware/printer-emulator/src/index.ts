/**
 * @hallq/printer-emulator: a virtual ESC/POS network printer for development,
 * demos and tests. Takes jobs over raw TCP, answers DLE EOT, keeps each job
 * as a structured receipt and shows it on a web page. Imports nothing of the
 * project (only its tests use the driver).
 */
export type { Align, DecodedReceipt, Receipt, ReceiptElement, ReceiptLine } from './receipt';
export type { EmulatorMode } from './emulator-mode';
export { parseMode } from './emulator-mode';
export type { DecoderOptions } from './escpos-decoder';
export { decodeEscPos, EscPosDecoder } from './escpos-decoder';
export { statusByte } from './status-bytes';
export { receiptToText } from './receipt-text';
export { receiptHtml } from './html-preview';
export type { EmulatorOptions, PrinterEmulator } from './start-emulator';
export { startEmulator } from './start-emulator';
