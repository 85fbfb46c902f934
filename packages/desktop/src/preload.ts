/**
 * The preload side of the bridge (import path `@hallq/desktop/preload`). It
 * runs sandboxed and isolated, and hands the page one small object whose
 * every method invokes one registered channel; `ipcRenderer` itself never
 * reaches the page.
 *
 * The preload runs for every page the window loads, so it first checks that
 * the page is the app's own (the URL the main process passed in `argv`, see
 * app-page.ts): `/docs`, a `/t/<ticket>` status page, the waiting page or
 * another origin get no `window.hallq` at all. The main process refuses their
 * IPC as well (ipc-registry.ts).
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
import { appPageFromArgv, isAppPage } from './app-page';

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

export interface PreloadContext {
  /** The page being loaded; defaults to `location.href`. */
  pageUrl: string;
  /** The renderer's arguments, carrying the app page; defaults to `process.argv`. */
  argv: readonly string[];
}

/**
 * Put the bridge on `window.hallq`, if the page is the app's own page.
 * Returns whether it did.
 */
export function exposeBridge(app: AppKind, context?: Partial<PreloadContext>): boolean {
  const pageUrl = context?.pageUrl ?? globalThis.location?.href ?? '';
  const argv = context?.argv ?? process.argv;
  if (!isAppPage(pageUrl, appPageFromArgv(argv))) return false;
  contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(app));
  return true;
}
