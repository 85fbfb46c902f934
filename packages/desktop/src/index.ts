/**
 * @hallq/desktop — the shared Electron main process of the hall shells. The
 * preload half lives at `@hallq/desktop/preload`.
 */
export { APP_PAGE_ARGUMENT, appPage, appPageFromArgv, isAppPage } from './app-page';
export type { AppPage } from './app-page';
export { bootstrap } from './bootstrap';
export type { BootstrapOptions, BootstrapResult } from './bootstrap';
export {
  appUrl,
  CONFIG_ENV,
  configWarnings,
  CONFIG_FILE_NAME,
  DesktopConfigError,
  DesktopConfigSchema,
  loadDesktopConfig,
  parseDesktopConfig,
  resolveConfigPath,
  serverOrigin,
} from './config';
export type { ConfigProblem, DesktopConfig } from './config';
export { bridgeHandlers, PRINT_NOT_SUPPORTED } from './device-handlers';
export type { DeviceHandlers } from './device-handlers';
export { DEV_ENV, guardDevTools, isDevelopment } from './devtools';
export { hardenWebContents, isOnOrigin, originOf } from './harden-web-contents';
export { bridgeError, isTrustedSender, registerBridgeHandlers } from './ipc-registry';
export type { BridgeHandlers, TrustedSender } from './ipc-registry';
export { crashDelay, watchRenderer } from './renderer-watchdog';
export type { WatchdogOptions } from './renderer-watchdog';
export { serverUrlVerdict } from './server-url-policy';
export type { ServerUrlVerdict } from './server-url-policy';
export { windowOptions } from './window-options';
export type { WindowMode, WindowPage } from './window-options';
