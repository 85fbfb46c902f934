import { BRIDGE_CHANNELS, type TicketPrintData } from '@hallq/protocol';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, type BootstrapOptions } from './bootstrap';
import {
  fakeEvent,
  fakeInvokeEvent,
  resetFakeElectron,
  type FakeBrowserWindow,
  type FakeElectron,
} from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const SERVER = 'http://10.0.0.2:8080';
const dir = mkdtempSync(join(tmpdir(), 'hallq-desktop-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let electron: FakeElectron;
beforeEach(() => {
  electron = resetFakeElectron();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

let configCount = 0;
/** Boot with a config file holding `config` (or no file when undefined). */
const boot = (config: unknown, options: Partial<BootstrapOptions> = {}) => {
  const path = join(dir, `config-${++configCount}.json`);
  if (config !== undefined) writeFileSync(path, JSON.stringify(config));
  return bootstrap({
    app: 'display',
    route: '/display',
    mode: 'fullscreen',
    preloadPath: '/opt/hallq/preload.cjs',
    env: { HALLQ_DESKTOP_CONFIG: path },
    ...options,
  });
};

const onlyWindow = (): FakeBrowserWindow => {
  expect(electron.windows).toHaveLength(1);
  return electron.windows[0]!;
};

const ticket: TicketPrintData = {
  hallName: '大严区政务服务中心',
  unitName: '公安分局',
  itemName: '户籍证明',
  number: 'C007',
  ahead: 2,
  issuedAt: 1_767_000_000_000,
  timeZone: 'Asia/Shanghai',
  statusUrl: `${SERVER}/t/7`,
};

describe('bootstrap', () => {
  it('quits at once when another instance already runs', async () => {
    electron.state.primary = false;
    await expect(boot({ serverUrl: SERVER, deviceToken: 't' })).resolves.toEqual({
      status: 'secondary',
    });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('brings the running window to the front when started a second time', async () => {
    await boot({ serverUrl: SERVER, deviceToken: 't' });
    const window = onlyWindow();
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens a hardened full-screen window on the app page of the server', async () => {
    const result = await boot({ serverUrl: `${SERVER}/`, deviceToken: 't' });
    expect(result.status).toBe('running');
    const window = onlyWindow();
    expect(window.options).toMatchObject({
      fullscreen: true,
      kiosk: false,
      webPreferences: {
        contextIsolation: true,
        nodeIntegration: false,
        sandbox: true,
        webviewTag: false,
        devTools: false,
        preload: '/opt/hallq/preload.cjs',
        additionalArguments: [`--hallq-app-page=${SERVER}/display`],
      },
    });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(window.webContents.loadURL).toHaveBeenCalledWith(`${SERVER}/display`);
  });

  it('locks the kiosk in kiosk mode', async () => {
    await boot(
      { serverUrl: SERVER, deviceToken: 't' },
      { app: 'kiosk', route: '/kiosk', mode: 'kiosk' },
    );
    const window = onlyWindow();
    expect(window.options).toMatchObject({ kiosk: true });
    expect(window.webContents.loadURL).toHaveBeenCalledWith(`${SERVER}/kiosk`);
  });

  it('keeps the window on the server origin', async () => {
    await boot({ serverUrl: SERVER, deviceToken: 't' });
    const { webContents } = onlyWindow();
    const away = fakeEvent({ url: 'https://www.baidu.com/' });
    webContents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const home = fakeEvent({ url: `${SERVER}/display?screen=2` });
    webContents.emit('will-navigate', home);
    expect(home.defaultPrevented).toBe(false);
    expect(webContents.windowOpenHandler?.({ url: `${SERVER}/x` })).toEqual({ action: 'deny' });
  });

  it('answers the bridge for its own page only; a display prints nothing', async () => {
    await boot({ serverUrl: SERVER, deviceToken: 'display-token' });
    const { webContents } = onlyWindow();
    const { ipcMain } = electron;
    const fromPage = fakeInvokeEvent(webContents, `${SERVER}/display`);
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.getConfig, fromPage)).resolves.toEqual({
      serverUrl: SERVER,
      deviceToken: 'display-token',
    });
    await expect(
      ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromPage, ticket),
    ).resolves.toMatchObject({
      ok: false,
      code: 'NOT_SUPPORTED',
    });
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.printerStatus, fromPage)).resolves.toBe('offline');
    const foreign = fakeInvokeEvent(webContents, 'https://evil.example/');
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.getConfig, foreign)).rejects.toThrow(
      /HALLQ_E_FORBIDDEN/,
    );
  });

  it('hands the bridge to no other page of the server, even in its own window', async () => {
    await boot({ serverUrl: SERVER, deviceToken: 'display-token' });
    const { webContents } = onlyWindow();
    // Same origin: navigation is allowed, the bridge is not.
    for (const url of [`${SERVER}/docs`, `${SERVER}/t/abc123`, `${SERVER}/kiosk/`]) {
      const away = fakeEvent({ url });
      webContents.emit('will-navigate', away);
      expect(away.defaultPrevented).toBe(false);
      const fromThere = fakeInvokeEvent(webContents, url);
      await expect(electron.ipcMain.invoke(BRIDGE_CHANNELS.getConfig, fromThere)).rejects.toThrow(
        /HALLQ_E_FORBIDDEN/,
      );
    }
    const fromPage = fakeInvokeEvent(webContents, `${SERVER}/display/?screen=2`);
    await expect(electron.ipcMain.invoke(BRIDGE_CHANNELS.getConfig, fromPage)).resolves.toEqual({
      serverUrl: SERVER,
      deviceToken: 'display-token',
    });
  });

  it('keeps DevTools off and closes any that open, without HALLQ_DESKTOP_DEV', async () => {
    await boot({ serverUrl: SERVER, deviceToken: 't' });
    const { webContents } = onlyWindow();
    webContents.emit('devtools-opened');
    expect(webContents.closeDevTools).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);

    electron = resetFakeElectron();
    await boot(undefined);
    expect(onlyWindow().options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('allows DevTools (F12) with HALLQ_DESKTOP_DEV=1, and says so', async () => {
    const path = join(dir, 'dev.json');
    writeFileSync(path, JSON.stringify({ serverUrl: SERVER, deviceToken: 't' }));
    await boot(undefined, { env: { HALLQ_DESKTOP_CONFIG: path, HALLQ_DESKTOP_DEV: '1' } });
    const { webContents, options } = onlyWindow();
    expect(options).toMatchObject({ webPreferences: { devTools: true } });
    webContents.emit('before-input-event', fakeEvent(), { type: 'keyDown', key: 'F12' });
    expect(webContents.toggleDevTools).toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('HALLQ_DESKTOP_DEV=1'));
  });

  it('refuses a public server over plain http:// with the error page', async () => {
    const result = await boot({ serverUrl: 'http://203.0.113.9:8080', deviceToken: 't' });
    expect(result.status).toBe('config-error');
    const window = onlyWindow();
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    const [url] = window.webContents.loadURL.mock.calls[0]!;
    const html = decodeURIComponent(url);
    expect(html).toContain('203.0.113.9');
    expect(html).toContain('https://');
    expect(electron.ipcHandlers.size).toBe(0);
  });

  it('starts on a LAN host name over plain http://, warning loudly', async () => {
    const result = await boot({ serverUrl: 'http://hallq.local:8080', deviceToken: 't' });
    expect(result.status).toBe('running');
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/WARNING \/serverUrl.*http:\/\//),
    );
  });

  it("routes printing to the app's devices, built from the config", async () => {
    const printTicket = vi.fn(async () => ({ ok: true as const }));
    const devices = vi.fn(() => ({ printTicket }));
    const config = {
      serverUrl: SERVER,
      deviceToken: 't',
      printer: { url: 'tcp://10.0.0.31:9100', paperWidth: 58 },
    };
    await boot(config, { app: 'kiosk', route: '/kiosk', mode: 'kiosk', devices });
    expect(devices).toHaveBeenCalledWith(config);
    const fromPage = fakeInvokeEvent(onlyWindow().webContents, `${SERVER}/kiosk`);
    await expect(
      electron.ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromPage, ticket),
    ).resolves.toEqual({
      ok: true,
    });
    expect(printTicket).toHaveBeenCalledWith(ticket);
  });

  it('closes the devices when the app quits', async () => {
    const close = vi.fn();
    await boot({ serverUrl: SERVER, deviceToken: 't' }, { devices: () => ({ close }) });
    electron.app.emit('will-quit');
    expect(close).toHaveBeenCalled();
  });

  it('reloads the page after a renderer crash', async () => {
    vi.useFakeTimers();
    await boot({ serverUrl: SERVER, deviceToken: 't' });
    const { webContents } = onlyWindow();
    webContents.loadURL.mockClear();
    webContents.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: 1 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(webContents.loadURL).toHaveBeenCalledWith(`${SERVER}/display`);
  });

  it('sets auto-start as configured, and leaves it alone when not configured', async () => {
    await boot({ serverUrl: SERVER, deviceToken: 't', autoStart: true });
    expect(electron.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });

    electron = resetFakeElectron();
    await boot({ serverUrl: SERVER, deviceToken: 't' });
    expect(electron.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('shows a clear error page, not a crash, when the config file is missing', async () => {
    const result = await boot(undefined);
    expect(result.status).toBe('config-error');
    const window = onlyWindow();
    // Not locked: whoever fixes the file must be able to close the window.
    expect(window.options).toMatchObject({ kiosk: false, fullscreen: false });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    const [url] = window.webContents.loadURL.mock.calls[0]!;
    const html = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(html).toContain('找不到配置文件');
    expect(html).toContain('config-');
    expect(electron.ipcHandlers.size).toBe(0);
  });

  it('lists every problem of an invalid config on the error page', async () => {
    await boot({ serverUrl: 'ftp://hall', deviceToken: 't', printer: { url: 'lpt1' } });
    const [url] = onlyWindow().webContents.loadURL.mock.calls[0]!;
    const html = decodeURIComponent(url);
    expect(html).toContain('/serverUrl');
    expect(html).toContain('/printer/url');
  });

  it('shows the error page when the devices reject the config', async () => {
    const result = await boot(
      { serverUrl: SERVER, deviceToken: 't', printer: { url: 'usb://nonsense' } },
      {
        devices: () => {
          throw new Error('bad USB id "nonsense"');
        },
      },
    );
    expect(result.status).toBe('config-error');
    const [url] = onlyWindow().webContents.loadURL.mock.calls[0]!;
    expect(decodeURIComponent(url)).toContain('bad USB id');
  });

  it('escapes what it shows from the config file', async () => {
    await boot({ serverUrl: SERVER, deviceToken: 't', '<script>alert(1)</script>': 1 });
    const [url] = onlyWindow().webContents.loadURL.mock.calls[0]!;
    expect(decodeURIComponent(url)).not.toContain('<script>');
  });
});
