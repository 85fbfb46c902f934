/**
 * Where the kiosk's server and device token come from: the Electron bridge
 * when present, else `?device=<token>` on the first visit (kept in
 * localStorage and removed from the address bar so it is not left on screen
 * or in history), else what localStorage already holds.
 */
import type { DesktopBridge } from '@hallq/protocol';

export const TOKEN_STORAGE_KEY = 'hallq.deviceToken';

export interface DeviceConfig {
  /** '' = the page's own origin. */
  serverUrl: string;
  deviceToken: string | undefined;
  /** The Electron shell prints; a plain browser asks the server to print. */
  bridge: DesktopBridge | undefined;
}

interface PageEnv {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  hallq?: DesktopBridge | undefined;
}

export async function resolveDeviceConfig(env: PageEnv = window): Promise<DeviceConfig> {
  const bridge = env.hallq;
  if (bridge) {
    const config = await bridge.getConfig();
    return {
      serverUrl: config.serverUrl.replace(/\/$/, ''),
      deviceToken: config.deviceToken || undefined,
      bridge,
    };
  }
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('device')?.trim();
  if (fromUrl) {
    try {
      env.localStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works for this page's life.
    }
    url.searchParams.delete('device');
    env.history.replaceState(env.history.state, '', url.pathname + url.search + url.hash);
    return { serverUrl: '', deviceToken: fromUrl, bridge: undefined };
  }
  let stored: string | null = null;
  try {
    stored = env.localStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    stored = null;
  }
  return { serverUrl: '', deviceToken: stored || undefined, bridge: undefined };
}
