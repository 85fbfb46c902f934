/**
 * The one channel registry of the main process: it answers exactly the
 * channels in BRIDGE_CHANNELS, and each answer first checks that the caller
 * is the shell's own window, its top frame, showing the app's own page (not
 * `/docs`, a `/t/<ticket>` status page or another origin). Anything else is
 * refused with an error (the renderer's `invoke` rejects).
 */
import { BRIDGE_CHANNELS, type DesktopBridge, type HallqErrorCode } from '@hallq/protocol';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { Value } from 'typebox/value';
import { BRIDGE_ARGUMENTS, type BridgeMethod } from './bridge-arguments';
import { isAppPage, type AppPage } from './app-page';

/** Main-process implementations of the bridge methods (everything but `app`). */
export type BridgeHandlers = { [M in BridgeMethod]: DesktopBridge[M] };

export interface TrustedSender {
  /** The shell's own window's web contents. */
  contents: WebContents;
  /** The app page the frame must be on (origin and path). */
  page: AppPage;
}

/**
 * Only the top frame of our own window, on the app page, may call the bridge.
 * The preload already exposes the bridge only there; this is the check that
 * holds even if a page elsewhere on the server found a way to reach IPC.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, trusted: TrustedSender): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (event.sender !== trusted.contents) return false;
  return isAppPage(frame.url, trusted.page);
}

/** The error a refused call rejects with; Electron passes only its message to the renderer. */
export function bridgeError(code: HallqErrorCode, message: string): Error {
  return new Error(`${code}: ${message}`);
}

/**
 * Register one `ipcMain.handle` per bridge channel. Returns a function that
 * removes them again.
 */
export function registerBridgeHandlers(
  ipcMain: IpcMain,
  handlers: BridgeHandlers,
  trusted: TrustedSender,
  log: (message: string) => void = console.warn,
): () => void {
  const methods = Object.keys(BRIDGE_CHANNELS) as BridgeMethod[];
  for (const method of methods) {
    const channel = BRIDGE_CHANNELS[method];
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, trusted)) {
        log(`hallq: refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        throw bridgeError(
          'HALLQ_E_FORBIDDEN',
          `${channel} is only answered for the app's own page`,
        );
      }
      if (!Value.Check(BRIDGE_ARGUMENTS[method], args)) {
        throw bridgeError('HALLQ_E_VALIDATION', `${channel} got malformed arguments`);
      }
      // The tuple check above is what makes this call's arguments well-typed.
      const handler = handlers[method] as (...validArgs: unknown[]) => Promise<unknown>;
      return handler(...args);
    });
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(BRIDGE_CHANNELS[method]);
  };
}
