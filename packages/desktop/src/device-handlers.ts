/**
 * What each app's main process adds to the bridge. Only the kiosk has a
 * device (its ticket printer); for the others printing answers NOT_SUPPORTED,
 * and the renderer falls back to the server as it does in a plain browser.
 */
import type { BridgePrintResult } from '@hallq/protocol';
import type { DesktopConfig } from './config';
import type { BridgeHandlers } from './ipc-registry';

export interface DeviceHandlers {
  printTicket?: BridgeHandlers['printTicket'];
  printerStatus?: BridgeHandlers['printerStatus'];
  /** Release the devices when the app quits. */
  close?(): void | Promise<void>;
}

export const PRINT_NOT_SUPPORTED: BridgePrintResult = {
  ok: false,
  code: 'NOT_SUPPORTED',
  message: '本机未连接打印机 (no printer on this device)',
};

export function bridgeHandlers(config: DesktopConfig, devices: DeviceHandlers): BridgeHandlers {
  const { printTicket, printerStatus } = devices;
  return {
    // The renderer learns only what it needs to talk to the server, not the whole file.
    getConfig: async () => ({ serverUrl: config.serverUrl, deviceToken: config.deviceToken }),
    printTicket: printTicket
      ? (data) => printTicket.call(devices, data)
      : async () => PRINT_NOT_SUPPORTED,
    printerStatus: printerStatus ? () => printerStatus.call(devices) : async () => 'offline',
  };
}
