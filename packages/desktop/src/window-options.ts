/**
 * The one place the shell's BrowserWindow options are decided. The page comes
 * from the network, so the renderer gets no Node, an isolated and sandboxed
 * preload, and no <webview>.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_PAGE_ARGUMENT } from './app-page';

/**
 * `kiosk`: locked full screen the visitor cannot leave (lobby kiosk).
 * `fullscreen`: full screen on a staffed or wall-mounted machine (caller, hall screen).
 */
export type WindowMode = 'kiosk' | 'fullscreen';

export interface WindowPage {
  /** The bundled preload; omitted for the config error window, which gets no bridge. */
  preloadPath?: string;
  /** The app page; passed to the preload, which exposes the bridge only there (app-page.ts). */
  appUrl?: string;
  /** DevTools allowed: only with HALLQ_DESKTOP_DEV=1 (devtools.ts). */
  devTools?: boolean;
}

export function windowOptions(
  mode: WindowMode,
  { preloadPath, appUrl, devTools = false }: WindowPage = {},
): BrowserWindowConstructorOptions {
  return {
    kiosk: mode === 'kiosk',
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      sandbox: true,
      webviewTag: false,
      spellcheck: false,
      // The hall screen speaks and chimes each call with nobody touching it;
      // Chromium would otherwise hold audio until a user gesture.
      autoplayPolicy: 'no-user-gesture-required',
      devTools,
      ...(preloadPath ? { preload: preloadPath } : {}),
      ...(appUrl ? { additionalArguments: [`${APP_PAGE_ARGUMENT}${appUrl}`] } : {}),
    },
  };
}
