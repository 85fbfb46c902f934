/**
 * The TCP side of the emulator: a raw port-9100 printer. One connection's
 * bytes are one job (it ends when the client ends the connection or falls
 * silent for `jobIdleMs`); DLE EOT queries are answered at once from the
 * current mode. Faults: offline closes the listening socket, slow delays every
 * chunk, drop cuts the connection part-way through a job.
 */
import net from 'node:net';
import type { EmulatorMode } from './emulator-mode';
import { EscPosDecoder } from './escpos-decoder';
import type { JobStore } from './job-store';
import { statusByte } from './status-bytes';

/** Content bytes a dropping printer takes before it cuts the connection. */
const DROP_AFTER_BYTES = 32;

export interface TcpPrinterOptions {
  host: string;
  port: number;
  jobIdleMs: number;
  store: JobStore;
  mode: () => EmulatorMode;
  /** A job was dropped on purpose (lets the owner count down `dropNext`). */
  onDrop: () => void;
}

export class TcpPrinter {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private boundPort: number;
  private closed = false;

  constructor(private readonly options: TcpPrinterOptions) {
    this.boundPort = options.port;
  }

  get port(): number {
    return this.boundPort;
  }

  get listening(): boolean {
    return this.server !== null;
  }

  /** Start accepting connections on the configured port (0: an ephemeral one, kept from then on). */
  async listen(): Promise<void> {
    if (this.server || this.closed) return;
    const server = net.createServer({ allowHalfOpen: true }, (socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    }).catch((error: unknown) => {
      this.server = null;
      throw error;
    });
    const address = server.address();
    if (address && typeof address === 'object') this.boundPort = address.port;
  }

  /** Stop accepting, and cut every open connection, as a printer switched off. */
  async unlisten(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.unlisten();
  }

  private later(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private accept(socket: net.Socket): void {
    const { store, mode } = this.options;
    this.sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('error', () => undefined); // resets from clients are normal; 'close' follows

    const newDecoder = (): EscPosDecoder =>
      new EscPosDecoder({
        onStatusQuery: (n) => {
          const reply = statusByte(n, mode());
          if (reply !== null && !socket.destroyed) socket.write(Uint8Array.of(reply));
        },
      });
    let decoder = newDecoder();
    let startedAt = 0;
    let dropped = false;
    let idle: ReturnType<typeof setTimeout> | null = null;
    const stopIdle = (): void => {
      if (idle) {
        clearTimeout(idle);
        this.timers.delete(idle);
        idle = null;
      }
    };
    const finishJob = (interrupted: boolean): void => {
      stopIdle();
      if (decoder.contentBytes > 0) store.add(decoder.finish(), { startedAt, interrupted });
      decoder = newDecoder();
      startedAt = 0;
    };

    const handle = (chunk: Buffer): void => {
      if (dropped || this.closed) return;
      if (startedAt === 0) startedAt = Date.now();
      const current = mode();
      if (current.dropMidJob || (current.dropNext ?? 0) > 0) {
        for (const byte of chunk) {
          decoder.push(Uint8Array.of(byte));
          if (decoder.contentBytes >= DROP_AFTER_BYTES) break;
        }
        if (decoder.contentBytes > 0) {
          dropped = true;
          finishJob(true);
          this.options.onDrop();
          socket.destroy();
          return;
        }
      } else {
        decoder.push(chunk);
      }
      stopIdle();
      idle = setTimeout(() => finishJob(false), this.options.jobIdleMs);
      this.timers.add(idle);
    };

    // Chunks are handled in arrival order; in slow mode each waits until slowMs after it arrived.
    let queue = Promise.resolve();
    const enqueue = (work: () => void, receivedAt: number): void => {
      queue = queue.then(async () => {
        const wait = receivedAt + (mode().slowMs ?? 0) - Date.now();
        if (wait > 0) await this.later(wait);
        work();
      });
    };

    socket.on('data', (chunk: Buffer) => enqueue(() => handle(chunk), Date.now()));
    socket.on('end', () =>
      enqueue(() => {
        if (dropped) return;
        finishJob(false);
        socket.end();
      }, Date.now()),
    );
    socket.on('close', () => {
      this.sockets.delete(socket);
      // Bytes that arrived before the close are still printed, as a real printer would.
      void queue.then(() => {
        if (!dropped) finishJob(false);
      });
    });
  }
}
