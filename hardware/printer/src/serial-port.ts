/**
 * Serial (RS-232 / USB-serial) transport on @node-escpos/serialport-adapter.
 * Loaded lazily so that a machine without the serialport bindings can still
 * print over the network. Not exercised against hardware here (no device);
 * see serial-port.test.ts.
 */
import type Serial from '@node-escpos/serialport-adapter';
import { statusQuery } from './escpos-raw';
import type { StatusQuery } from './escpos-raw';
import { PortError, StatusReader } from './printer-port';
import type { PrinterPort } from './printer-port';

export class SerialPrinterPort implements PrinterPort {
  readonly canQueryStatus: boolean;
  private adapter: Serial | null = null;
  private readonly reader = new StatusReader();
  private disconnected = false;

  constructor(
    private readonly path: string,
    private readonly baudRate: number,
    options: { queryStatus?: boolean } = {},
  ) {
    this.canQueryStatus = options.queryStatus ?? true;
  }

  async open(): Promise<void> {
    let Adapter: typeof Serial;
    try {
      Adapter = (await import('@node-escpos/serialport-adapter')).default;
    } catch (error) {
      throw new PortError('unreachable', `serial support is not available: ${String(error)}`, {
        cause: error,
      });
    }
    const adapter = new Adapter(this.path, { baudRate: this.baudRate });
    this.adapter = adapter;
    await new Promise<void>((resolve, reject) => {
      adapter.open((error) => {
        if (error) {
          reject(new PortError('unreachable', `${this.path}: ${error.message}`, { cause: error }));
        } else resolve();
      });
    });
    adapter.on('disconnect', () => {
      this.disconnected = true;
      this.reader.fail(new PortError('dropped', `${this.path} was disconnected`));
    });
    // One listener for the whole job: the adapter adds another on every read() call.
    adapter.read((data) => this.reader.push(data));
  }

  write(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      const adapter = this.adapter;
      if (!adapter || this.disconnected) {
        reject(new PortError('dropped', `${this.path} is not open`));
        return;
      }
      adapter.write(Buffer.from(bytes), (error) => {
        if (!error) resolve();
        else reject(new PortError('dropped', `${this.path}: ${error.message}`, { cause: error }));
      });
    });
  }

  async queryStatus(n: StatusQuery): Promise<number> {
    const reply = this.reader.next();
    reply.catch(() => {});
    await this.write(statusQuery(n));
    return reply;
  }

  close(): Promise<void> {
    const adapter = this.adapter;
    this.adapter = null;
    if (!adapter || this.disconnected) return Promise.resolve();
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
