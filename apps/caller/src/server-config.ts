/**
 * Where the server is, and which window this terminal is bound to.
 *
 * A clerk's own sign-in authenticates every request the caller makes, so the
 * caller needs no device token (unlike the kiosk and the display). In
 * Electron the bridge names the server; in a plain browser it is the page's
 * own origin. `?window=w5` binds a terminal to one window (kept in
 * localStorage, removed from the address bar); `?window=` clears it.
 */
export interface CallerConfig {
  /** Server origin; '' = the page's own origin. */
  serverUrl: string;
  /** The window this terminal is bound to, if any. */
  boundWindowId: string | undefined;
}

export const BOUND_WINDOW_KEY = 'hallq.caller.window';
export const DEVICE_TOKEN_KEY = 'hallq.deviceToken';

export async function resolveConfig(): Promise<CallerConfig> {
  const url = new URL(window.location.href);
  let changed = false;
  const bind = url.searchParams.get('window');
  if (bind !== null) {
    if (bind) localStorage.setItem(BOUND_WINDOW_KEY, bind);
    else localStorage.removeItem(BOUND_WINDOW_KEY);
    url.searchParams.delete('window');
    changed = true;
  }
  // Kept for parity with the other screens (an admin may hand out one link form).
  const device = url.searchParams.get('device');
  if (device !== null) {
    if (device) localStorage.setItem(DEVICE_TOKEN_KEY, device);
    url.searchParams.delete('device');
    changed = true;
  }
  if (changed) window.history.replaceState(null, '', url.pathname + url.search + url.hash);

  let serverUrl = '';
  if (window.hallq) {
    try {
      const c = await window.hallq.getConfig();
      if (c.serverUrl && new URL(c.serverUrl).origin !== window.location.origin) {
        serverUrl = c.serverUrl;
      }
    } catch {
      // The page was loaded from the server, so its own origin still works.
    }
  }
  return { serverUrl, boundWindowId: localStorage.getItem(BOUND_WINDOW_KEY) || undefined };
}
