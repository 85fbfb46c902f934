/**
 * The printer's state before a visitor takes a number, so the home screen
 * can warn when it is out of paper. Under Electron the main process asks the
 * local printer and the kiosk passes changes on to the server (the admin
 * screen shows them); in a browser the server asks the network printer.
 *
 * A genuine poll (TanStack Query's refetchInterval): paper runs out, a cover
 * opens, a printer is unplugged without anyone telling the server, so no
 * hall event exists for it. A failed check keeps the last known state; the
 * next poll is the retry.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ApiError, type HallqApi } from '@hallq/client';
import type { BridgePrinterStatus, DesktopBridge } from '@hallq/protocol';

export type PrinterStatus = BridgePrinterStatus | 'none';

export const PRINTER_KEY = ['kiosk', 'printer'] as const;

type PrinterApi = Pick<HallqApi, 'kioskPrinter' | 'reportDeviceStatus'>;

export function usePrinterStatus(
  api: PrinterApi | undefined,
  bridge: Pick<DesktopBridge, 'printerStatus'> | undefined,
  everyMs: number,
  onUnauthorized: () => void,
): { status: PrinterStatus | undefined; refresh: () => void } {
  const reported = useRef<PrinterStatus>(undefined);
  const query = useQuery({
    queryKey: PRINTER_KEY,
    queryFn: async (): Promise<PrinterStatus> => {
      const server = api as PrinterApi;
      if (!bridge) return (await server.kioskPrinter()).status;
      const s = await bridge.printerStatus().catch(() => 'offline' as const);
      if (reported.current !== s) {
        try {
          await server.reportDeviceStatus({ printerStatus: s });
          reported.current = s;
        } catch {
          // Not reported: the next check tries again. The screen shows the local state anyway.
        }
      }
      return s;
    },
    enabled: api !== undefined,
    retry: false,
    refetchInterval: everyMs,
    refetchIntervalInBackground: true,
  });

  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;
  const err = query.error;
  useEffect(() => {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      unauthorized.current();
    }
  }, [err]);

  const { refetch } = query;
  const refresh = useCallback(() => void refetch(), [refetch]);
  return { status: query.data, refresh };
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
