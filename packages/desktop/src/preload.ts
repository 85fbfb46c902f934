/**
 * The preload side of the bridge (import path `@hallq/desktop/preload`). It
 * runs sandboxed and isolated, and hands the page one small object whose
 * every method invokes one registered channel; `ipcRenderer` itself never
 * reaches the page.
 */
import {
  BRIDGE_CHANNELS,
  BRIDGE_GLOBAL,
  type AppKind,
  type BridgeConfig,
  type BridgePrinterStatus,
  type BridgePrintResult,
  type DesktopBridge,
  type TicketPrintData,
} from '@hallq/protocol';
import { contextBridge, ipcRenderer } from 'electron';

export function createBridge(app: AppKind): DesktopBridge {
  return {
    app,
    getConfig: (): Promise<BridgeConfig> => ipcRenderer.invoke(BRIDGE_CHANNELS.getConfig),
    printTicket: (data: TicketPrintData): Promise<BridgePrintResult> =>
      ipcRenderer.invoke(BRIDGE_CHANNELS.printTicket, data),
    printerStatus: (): Promise<BridgePrinterStatus> =>
      ipcRenderer.invoke(BRIDGE_CHANNELS.printerStatus),
  } satisfies DesktopBridge;
}

/** Put the bridge on `window.hallq` for the page. */
export function exposeBridge(app: AppKind): void {
  contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(app));
}
