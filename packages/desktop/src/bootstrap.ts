/**
 * The main process of every hall shell (kiosk, caller, display) in one call:
 * single instance, config file, a hardened full-screen window on the server's
 * page, the bridge's IPC handlers, crash restart and auto-start. Each app's
 * `electron/main.ts` only says which app it is and, for the kiosk, how to print.
 */
import type { AppKind } from '@hallq/protocol';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { appPage } from './app-page';
import {
  appUrl,
  configWarnings,
  DesktopConfigError,
  loadDesktopConfig,
  resolveConfigPath,
  serverOrigin,
  type DesktopConfig,
} from './config';
import { bridgeHandlers, type DeviceHandlers } from './device-handlers';
import { DEV_ENV, guardDevTools, isDevelopment } from './devtools';
import { hardenWebContents } from './harden-web-contents';
import { registerBridgeHandlers } from './ipc-registry';
import { restrictPermissions } from './permissions';
import { watchRenderer } from './renderer-watchdog';
import { configErrorPage, waitingPage } from './shell-pages';
import { windowOptions, type WindowMode } from './window-options';

export interface BootstrapOptions {
  app: AppKind;
  /** The app's page on the server: '/kiosk', '/caller' or '/display'. */
  route: `/${string}`;
  mode: WindowMode;
  /** Absolute path of the bundled preload script (CommonJS, see the README). */
  preloadPath: string;
  /** The app's devices, built from the loaded config (the kiosk's printer). May throw a DesktopConfigError. */
  devices?: (config: DesktopConfig) => DeviceHandlers;
  /** Defaults to process.env; read for HALLQ_DESKTOP_CONFIG and HALLQ_DESKTOP_DEV. */
  env?: NodeJS.ProcessEnv;
}

export type BootstrapResult =
  /** Another instance already runs; this one quits. */
  | { status: 'secondary' }
  | { status: 'running'; window: BrowserWindow; config: DesktopConfig }
  /** The window shows the config error page; no bridge is answered. */
  | { status: 'config-error'; window: BrowserWindow; error: DesktopConfigError };

export async function bootstrap(options: BootstrapOptions): Promise<BootstrapResult> {
  // A second copy would fight the first for the printer and the screen.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { status: 'secondary' };
  }
  let window: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  // No menu in any mode: its accelerators include Toggle Developer Tools and Reload.
  Menu.setApplicationMenu(null);

  const env = options.env ?? process.env;
  const development = isDevelopment(env);
  if (development) {
    console.warn(
      `hallq: ${DEV_ENV}=1: DevTools are enabled (F12). Never set this on a hall machine.`,
    );
  }
  const loaded = loadConfigAndDevices(options, env);
  const origin = loaded.ok ? serverOrigin(loaded.config) : null;
  // Registered before any window exists, so every web contents is hardened from birth.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, origin);
    guardDevTools(contents, development);
  });
  restrictPermissions(session.defaultSession, origin);

  if (!loaded.ok) {
    console.error(loaded.error.message);
    // An ordinary window, not kiosk mode: the technician who fixes the file must be able to close it.
    window = new BrowserWindow({
      ...windowOptions(options.mode, { devTools: development }),
      kiosk: false,
      fullscreen: false,
    });
    window.maximize();
    window.loadURL(configErrorPage(options.app, loaded.error)).catch(() => undefined);
    return { status: 'config-error', window, error: loaded.error };
  }

  const { config, devices } = loaded;
  for (const warning of configWarnings(config)) {
    // Loud on purpose: it is the only trace an accepted but weak setting leaves.
    console.warn(`hallq: WARNING ${warning.field}: ${warning.en}\nhallq: 警告 ${warning.zh}`);
  }
  if (config.autoStart !== undefined) app.setLoginItemSettings({ openAtLogin: config.autoStart });
  app.on('will-quit', () => {
    Promise.resolve(devices.close?.()).catch((error: unknown) => console.warn(error));
  });

  const url = appUrl(config, options.route);
  const page = appPage(url);
  // The config was validated as an http(s) URL, so the app page always has an origin.
  if (!page) throw new Error(`hallq: ${url} has no origin`);
  window = new BrowserWindow(
    windowOptions(options.mode, {
      preloadPath: options.preloadPath,
      appUrl: url,
      devTools: development,
    }),
  );
  registerBridgeHandlers(ipcMain, bridgeHandlers(config, devices), {
    contents: window.webContents,
    page,
  });
  watchRenderer(window, { appUrl: url, waitingPageUrl: waitingPage(options.app) });
  // Failures surface as did-fail-load, which the watchdog retries.
  window.loadURL(url).catch(() => undefined);
  return { status: 'running', window, config };
}

type Loaded =
  | { ok: true; config: DesktopConfig; devices: DeviceHandlers }
  | { ok: false; error: DesktopConfigError };

function loadConfigAndDevices(options: BootstrapOptions, env: NodeJS.ProcessEnv): Loaded {
  const path = resolveConfigPath(env, app.getPath('userData'));
  try {
    const config = loadDesktopConfig(path);
    return { ok: true, config, devices: options.devices?.(config) ?? {} };
  } catch (error) {
    if (error instanceof DesktopConfigError) return { ok: false, error };
    // A device factory that rejects the config (e.g. a printer URL the driver cannot parse).
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: new DesktopConfigError(path, [
        { field: '', zh: `设备初始化失败：${detail}`, en: `device setup failed: ${detail}` },
      ]),
    };
  }
}
