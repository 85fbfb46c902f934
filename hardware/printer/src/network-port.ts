/**
 * Raw TCP (port 9100, "JetDirect") transport over node:net.
 *
 * Written on node:net rather than @node-escpos/network-adapter because that
 * adapter logs every byte the printer sends (`console.log('printer say:')`),
 * which on a kiosk means every status reply, adds a new data listener on each
 * read, and has no write timeout. Timeouts are applied by the Printer.
 */
import net from 'node:net';
import { statusQuery } from './escpos-raw';
import type { StatusQuery } from './escpos-raw';
import { PortError, StatusReader } from './printer-port';
import type { PrinterPort } from './printer-port';

export class NetworkPrinterPort implements PrinterPort {
  readonly canQueryStatus: boolean;
  private socket: net.Socket | null = null;
  private readonly reader = new StatusReader();
  private closed = false;

  constructor(
    private readonly host: string,
    private readonly port: number,
    options: { queryStatus?: boolean } = {},
  ) {
    this.canQueryStatus = options.queryStatus ?? true;
  }

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new PortError('unreachable', 'port closed before it was opened'));
        return;
      }
      const socket = net.connect({ host: this.host, port: this.port });
      this.socket = socket;
      socket.setNoDelay(true);
      let connected = false;
      socket.once('connect', () => {
        connected = true;
        resolve();
      });
      socket.on('data', (chunk) => this.reader.push(chunk));
      socket.on('error', (error: NodeJS.ErrnoException) => {
        if (!connected) {
          reject(
            new PortError(
              'unreachable',
              `${this.host}:${this.port} ${error.code ?? error.message}`,
              {
                cause: error,
              },
            ),
          );
        }
        this.reader.fail(
          new PortError('dropped', `connection lost: ${error.code ?? error.message}`),
        );
      });
      socket.on('close', () => {
        if (!connected) reject(new PortError('unreachable', `${this.host}:${this.port} closed`));
        this.reader.fail(new PortError('dropped', 'the printer closed the connection'));
      });
    });
  }

  write(bytes: Uint8Array): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.destroyed || !socket.writable) {
      return Promise.reject(new PortError('dropped', 'the connection is closed'));
    }
    return new Promise((resolve, reject) => {
      const onClose = (): void => reject(new PortError('dropped', 'connection lost while writing'));
      socket.once('close', onClose);
      socket.write(bytes, (error) => {
        socket.off('close', onClose);
        if (error)
          reject(new PortError('dropped', `write failed: ${error.message}`, { cause: error }));
        else resolve();
      });
    });
  }

  async queryStatus(n: StatusQuery): Promise<number> {
    const reply = this.reader.next();
    // The reply promise must be observed even if the write fails first.
    reply.catch(() => {});
    await this.write(statusQuery(n));
    return reply;
  }

  /** Half-close so the printer sees the job end, then give it a moment to close its side. */
  close(): Promise<void> {
    this.closed = true;
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        socket.destroy();
        resolve();
      };
      const timer = setTimeout(done, 500);
      socket.once('close', done);
      socket.end();
    });
  }

  abort(): void {
    this.closed = true;
    this.socket?.destroy();
  }
}
