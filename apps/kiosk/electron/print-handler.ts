/**
 * The kiosk's printing, behind the bridge: render the ticket, send it to the
 * thermal printer through the driver, and hand the page a BridgePrintResult.
 * Nothing here throws across IPC: any failure becomes a result the page can
 * show, so a visitor is never left with a spinner and no ticket.
 */
import type { DesktopConfig, DeviceHandlers } from '@hallq/desktop';
import {
  createPrinter,
  DEFAULT_LAYOUT,
  parsePrinterUrl,
  renderTicket,
  type Printer,
  type TicketLayout,
} from '@hallq/printer';
import type { BridgePrinterStatus, BridgePrintResult, TicketPrintData } from '@hallq/protocol';

const UNEXPECTED: BridgePrintResult = {
  ok: false,
  code: 'PRINTER_OFFLINE',
  message: '打印机出错，请联系工作人员',
};

export function createPrintHandlers(
  printer: Printer,
  layout: TicketLayout = DEFAULT_LAYOUT,
  log: (message: string) => void = console.warn,
): Required<DeviceHandlers> {
  return {
    async printTicket(data: TicketPrintData): Promise<BridgePrintResult> {
      try {
        const result = await printer.print(renderTicket(data, layout));
        if (result.ok) {
          // The bridge result has no warning field; staff see it through printerStatus().
          if (result.warning) log(`hallq kiosk: printed ${data.number}, ${result.warning}`);
          return { ok: true };
        }
        log(
          `hallq kiosk: ticket ${data.number} not printed: ${result.code} ${result.detail ?? ''}`,
        );
        return { ok: false, code: result.code, message: result.message };
      } catch (error) {
        // The driver promises not to reject; rendering bad data could still throw.
        log(`hallq kiosk: printing ${data.number} failed: ${String(error)}`);
        return UNEXPECTED;
      }
    },

    async printerStatus(): Promise<BridgePrinterStatus> {
      try {
        return await printer.status();
      } catch (error) {
        log(`hallq kiosk: printer status failed: ${String(error)}`);
        return 'offline';
      }
    },

    close: () => printer.close(),
  };
}

/**
 * The kiosk's devices from its config. Without a printer the bridge answers
 * NOT_SUPPORTED and the page asks the server to print, as in a plain browser.
 * A printer URL the driver cannot parse throws, and the shell shows it as a
 * config error.
 */
export function kioskDevices(config: DesktopConfig): DeviceHandlers {
  if (!config.printer) return {};
  const printer = createPrinter(parsePrinterUrl(config.printer.url));
  return createPrintHandlers(printer, {
    ...DEFAULT_LAYOUT,
    paperWidth: config.printer.paperWidth ?? DEFAULT_LAYOUT.paperWidth,
  });
}
