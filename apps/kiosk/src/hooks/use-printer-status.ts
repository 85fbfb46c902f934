/**
 * The printer's state before a visitor takes a number, so the home screen
 * can warn when it is out of paper. Under Electron the main process asks the
 * local printer and the kiosk passes changes on to the server (the admin
 * screen shows them); in a browser the server asks the network printer.
 */
import { useRef, useState } from 'react';
import { ApiError, type HallqApi } from '@hallq/client';
import type { BridgePrinterStatus, DesktopBridge } from '@hallq/protocol';
import { usePoll } from './use-poll';

export type PrinterStatus = BridgePrinterStatus | 'none';

export function usePrinterStatus(
  api: Pick<HallqApi, 'kioskPrinter' | 'reportDeviceStatus'> | undefined,
  bridge: Pick<DesktopBridge, 'printerStatus'> | undefined,
  everyMs: number,
  onUnauthorized: () => void,
): { status: PrinterStatus | undefined; refresh: () => void } {
  const [status, setStatus] = useState<PrinterStatus>();
  const reported = useRef<PrinterStatus>(undefined);
  const refresh = usePoll(
    async () => {
      if (!api) return;
      if (bridge) {
        const s = await bridge.printerStatus().catch(() => 'offline' as const);
        setStatus(s);
        if (reported.current !== s) {
          await api.reportDeviceStatus({ printerStatus: s });
          reported.current = s;
        }
        return;
      }
      try {
        setStatus((await api.kioskPrinter()).status);
      } catch (err) {
        if (err instanceof ApiError && (err.status === 401 || err.status === 403)) onUnauthorized();
        // Otherwise keep the last known state; the outage screen covers an unreachable server.
      }
    },
    everyMs,
    api !== undefined,
  );
  return { status, refresh };
}

/** The home-screen warning, if any: the visitor should know before taking a number. */
export function printerWarning(
  status: PrinterStatus | undefined,
): 'printer.paperOut' | 'printer.unavailable' | undefined {
  if (status === 'paperOut') return 'printer.paperOut';
  if (status === 'offline' || status === 'coverOpen' || status === 'none') {
    return 'printer.unavailable';
  }
  return undefined;
}
