import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '@hallq/protocol';
import { TOKEN_STORAGE_KEY, resolveDeviceConfig } from './device-config';

function page(href: string, stored?: string) {
  const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
  const replaceState = vi.fn();
  return {
    env: {
      location: { href },
      history: { state: null, replaceState },
      localStorage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, v),
      },
    },
    storage,
    replaceState,
  };
}

describe('resolveDeviceConfig', () => {
  it('keeps ?device= in localStorage and removes it from the address bar', async () => {
    const p = page('http://hall:8080/kiosk/?device=tok123&idle=5');
    const config = await resolveDeviceConfig(p.env);
    expect(config.deviceToken).toBe('tok123');
    expect(config.bridge).toBeUndefined();
    expect(p.storage.get(TOKEN_STORAGE_KEY)).toBe('tok123');
    expect(p.replaceState).toHaveBeenCalledWith(null, '', '/kiosk/?idle=5');
  });

  it('uses the stored token on later visits', async () => {
    const p = page('http://hall:8080/kiosk/', 'saved');
    expect((await resolveDeviceConfig(p.env)).deviceToken).toBe('saved');
    expect(p.replaceState).not.toHaveBeenCalled();
  });

  it('has no token on a kiosk nobody configured', async () => {
    const p = page('http://hall:8080/kiosk/');
    expect((await resolveDeviceConfig(p.env)).deviceToken).toBeUndefined();
  });

  it('asks the Electron bridge first', async () => {
    const bridge = {
      app: 'kiosk',
      getConfig: async () => ({ serverUrl: 'http://10.0.0.5:8080/', deviceToken: 'electron-tok' }),
    } as unknown as DesktopBridge;
    const p = page('http://10.0.0.5:8080/kiosk/?device=ignored', 'stored');
    const config = await resolveDeviceConfig({ ...p.env, hallq: bridge });
    expect(config).toMatchObject({
      serverUrl: 'http://10.0.0.5:8080',
      deviceToken: 'electron-tok',
    });
    expect(config.bridge).toBe(bridge);
  });
});
