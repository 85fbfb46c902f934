/**
 * @hallq/printer: the thermal ticket printer driver. Renders a ticket as
 * ESC/POS bytes (GB18030, Chinese mode, GS ( k QR) and sends it over the
 * network, USB or serial with status checks, timeouts and one retry.
 * Imports nothing of the project.
 */
export type { TicketLayout, TicketMaterial, TicketPrintData } from './ticket';
export { MATERIALS_HEADING, materialLines, materialText } from './material-lines';
export { DEFAULT_LAYOUT, paperColumns } from './ticket';
export { preloadTicketRenderer, renderTicket } from './render-ticket';
export { charWidth, displayWidth, wrapText } from './display-width';
export { formatIssueTime } from './format-issue-time';
export type { PrinterStatus } from './printer-status';
export { STATUS_TEXT, statusFromReplies } from './printer-status';
export type { PrintErrorCode, PrintResult } from './print-result';
export type { PrinterConfig } from './printer-config';
export { parsePrinterUrl } from './printer-config';
export type { PortErrorKind, PrinterPort } from './printer-port';
export { PortError } from './printer-port';
export type { StatusQuery } from './escpos-raw';
export type { Printer, PortPrinterOptions, PrinterTimeouts } from './create-printer';
export { createPortPrinter, createPrinter, DEFAULT_TIMEOUTS } from './create-printer';
