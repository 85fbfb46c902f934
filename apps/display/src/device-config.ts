/**
 * Where this screen finds its server and device token. In Electron the
 * preload bridge gives both. In a plain browser the page is served by the
 * server (same origin) and the token arrives once as `?device=<token>`: it is
 * kept in localStorage and removed from the address bar so it is not left on
 * screen or in the history.
 */
import type { BridgeConfig } from '@hallq/protocol';

export const TOKEN_KEY = 'hallq.deviceToken';

export interface DeviceConfig {
  serverUrl: string;
  deviceToken: string | undefined;
}

export interface ConfigEnv {
  bridge?: { getConfig(): Promise<BridgeConfig> } | undefined;
  location: Pick<Location, 'href'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl: (url: string) => void;
}

export async function resolveDeviceConfig(env: ConfigEnv): Promise<DeviceConfig> {
  if (env.bridge) {
    const c = await env.bridge.getConfig();
    return { serverUrl: c.serverUrl.replace(/\/$/, ''), deviceToken: c.deviceToken || undefined };
  }
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('device')?.trim();
  if (fromUrl) {
    try {
      env.storage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage may be disabled (private mode); the token still works for this visit.
    }
    url.searchParams.delete('device');
    env.replaceUrl(url.pathname + url.search + url.hash);
    return { serverUrl: '', deviceToken: fromUrl };
  }
  let stored: string | null = null;
  try {
    stored = env.storage.getItem(TOKEN_KEY);
  } catch {
    stored = null;
  }
  return { serverUrl: '', deviceToken: stored || undefined };
}

export function browserConfigEnv(): ConfigEnv {
  return {
    bridge: window.hallq,
    location: window.location,
    storage: window.localStorage,
    replaceUrl: (u) => window.history.replaceState(window.history.state, '', u),
  };
}
