/** From a PrinterConfig to a fresh transport per job, and the key that identifies the device. */
import { NetworkPrinterPort } from './network-port';
import type { PrinterConfig } from './printer-config';
import type { PrinterPort } from './printer-port';
import { SerialPrinterPort } from './serial-port';
import { UsbPrinterPort } from './usb-port';

export const DEFAULT_BAUD_RATE = 9600;

export function portFactory(config: PrinterConfig): () => PrinterPort {
  switch (config.kind) {
    case 'network':
      return () =>
        new NetworkPrinterPort(config.host, config.port, { queryStatus: config.queryStatus });
    case 'usb':
      return () => new UsbPrinterPort(config.vendorId, config.productId);
    case 'serial':
      return () =>
        new SerialPrinterPort(config.path, config.baudRate ?? DEFAULT_BAUD_RATE, {
          queryStatus: config.queryStatus,
        });
  }
}

export function deviceKey(config: PrinterConfig): string {
  switch (config.kind) {
    case 'network':
      return `tcp://${config.host}:${config.port}`;
    case 'usb':
      return `usb://${config.vendorId}:${config.productId}`;
    case 'serial':
      return `serial://${config.path}`;
  }
}
