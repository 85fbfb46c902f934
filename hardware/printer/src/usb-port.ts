/**
 * USB transport on @node-escpos/usb-adapter (libusb through `usb` 2.x).
 * Loaded lazily so that a machine without libusb can still print over the
 * network. Status replies are read straight from the IN endpoint: the
 * adapter's `read()` logs transfer errors instead of reporting them. Printers
 * without an IN endpoint cannot answer DLE EOT; they print without checks.
 * Not exercised against hardware here (no device); see usb-port.test.ts.
 */
import type USBAdapter from '@node-escpos/usb-adapter';
import { statusQuery } from './escpos-raw';
import type { StatusQuery } from './escpos-raw';
import { PortError } from './printer-port';
import type { PrinterPort } from './printer-port';

const hex = (id: number): string => `0x${id.toString(16).padStart(4, '0')}`;

export class UsbPrinterPort implements PrinterPort {
  canQueryStatus = false;
  private adapter: USBAdapter | null = null;
  private unplugged = false;

  constructor(
    private readonly vendorId: number,
    private readonly productId: number,
  ) {}

  private get name(): string {
    return `USB ${hex(this.vendorId)}:${hex(this.productId)}`;
  }

  async open(): Promise<void> {
    let Adapter: typeof USBAdapter;
    try {
      Adapter = (await import('@node-escpos/usb-adapter')).default;
    } catch (error) {
      throw new PortError('unreachable', `USB support is not available: ${String(error)}`, {
        cause: error,
      });
    }
    let adapter: USBAdapter;
    try {
      adapter = new Adapter(this.vendorId, this.productId);
    } catch (error) {
      throw new PortError('unreachable', `${this.name} not found`, { cause: error });
    }
    this.adapter = adapter;
    adapter.on('disconnect', () => {
      this.unplugged = true;
    });
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      // The adapter calls back once per interface it claims; the first answer counts.
      adapter.open((error) => {
        if (settled) return;
        settled = true;
        if (error)
          reject(new PortError('unreachable', `${this.name}: ${error.message}`, { cause: error }));
        else resolve();
      });
    });
    this.canQueryStatus = adapter.deviceToPcEndpoint !== null;
  }

  private connected(): USBAdapter {
    if (!this.adapter || this.unplugged)
      throw new PortError('dropped', `${this.name} was unplugged`);
    return this.adapter;
  }

  write(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      const adapter = this.connected();
      adapter.write(Buffer.from(bytes), (error) => {
        if (!error) resolve();
        else if (this.unplugged) reject(new PortError('dropped', `${this.name} was unplugged`));
        else reject(new PortError('io', `${this.name}: ${error.message}`, { cause: error }));
      });
    });
  }

  async queryStatus(n: StatusQuery): Promise<number> {
    const endpoint = this.connected().deviceToPcEndpoint;
    if (!endpoint) throw new PortError('io', `${this.name} has no status channel`);
    const reply = new Promise<number>((resolve, reject) => {
      endpoint.transfer(64, (error, data) => {
        const byte = data?.[0];
        if (error || byte === undefined) {
          reject(new PortError('io', `${this.name}: no status reply`, { cause: error }));
        } else resolve(byte);
      });
    });
    reply.catch(() => {});
    await this.write(statusQuery(n));
    return reply;
  }

  close(): Promise<void> {
    const adapter = this.adapter;
    this.adapter = null;
    if (!adapter) return Promise.resolve();
    return new Promise((resolve) => {
      try {
        adapter.close(() => resolve());
      } catch {
        resolve();
      }
    });
  }

  abort(): void {
    void this.close();
  }
}
