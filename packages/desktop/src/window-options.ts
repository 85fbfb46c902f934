/**
 * The one place the shell's BrowserWindow options are decided. The page comes
 * from the network, so the renderer gets no Node, an isolated and sandboxed
 * preload, and no <webview>.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * `kiosk`: locked full screen the visitor cannot leave (lobby kiosk).
 * `fullscreen`: full screen on a staffed or wall-mounted machine (caller, hall screen).
 */
export type WindowMode = 'kiosk' | 'fullscreen';

export function windowOptions(
  mode: WindowMode,
  preloadPath: string | undefined,
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
      ...(preloadPath ? { preload: preloadPath } : {}),
    },
  };
}
