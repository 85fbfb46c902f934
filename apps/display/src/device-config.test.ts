import { describe, expect, it, vi } from 'vitest';
import { TOKEN_KEY, resolveDeviceConfig, type ConfigEnv } from './device-config';

function env(href: string, stored?: string): ConfigEnv & { store: Map<string, string> } {
  const store = new Map<string, string>(stored ? [[TOKEN_KEY, stored]] : []);
  return {
    store,
    location: { href },
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    replaceUrl: vi.fn(),
  };
}

describe('resolveDeviceConfig', () => {
  it('keeps a ?device= token and strips it from the address, keeping the other params', async () => {
    const e = env('http://hall:8080/display/?zone=A%E5%8C%BA&device=tok123');
    const c = await resolveDeviceConfig(e);
    expect(c).toEqual({ serverUrl: '', deviceToken: 'tok123' });
    expect(e.store.get(TOKEN_KEY)).toBe('tok123');
    expect(e.replaceUrl).toHaveBeenCalledWith('/display/?zone=A%E5%8C%BA');
  });
  it('uses the stored token on later visits', async () => {
    const e = env('http://hall:8080/display/?window=5', 'saved');
    expect((await resolveDeviceConfig(e)).deviceToken).toBe('saved');
    expect(e.replaceUrl).not.toHaveBeenCalled();
  });
  it('has no token on an unconfigured browser', async () => {
    expect((await resolveDeviceConfig(env('http://hall/display/'))).deviceToken).toBeUndefined();
  });
  it('prefers the Electron bridge', async () => {
    const e = env('file:///app/index.html?device=ignored');
    e.bridge = {
      getConfig: async () => ({ serverUrl: 'http://10.0.0.5:8080/', deviceToken: 'from-config' }),
    };
    expect(await resolveDeviceConfig(e)).toEqual({
      serverUrl: 'http://10.0.0.5:8080',
      deviceToken: 'from-config',
    });
  });
});
