/**
 * A Printer sends jobs through a fresh PrinterPort each time: open, ask the
 * status (DLE EOT 1, 2, 4), write the ticket, ask once more to confirm the
 * printer took every byte, close. Every step is bounded by a timeout, a
 * dropped connection is retried once, and jobs on one device run one at a time.
 */
import { DeadlineError, withDeadline } from './deadline';
import { serialised } from './job-queue';
import { deviceKey, portFactory } from './open-port';
import { printError } from './print-result';
import type { PrintResult } from './print-result';
import type { PrinterConfig } from './printer-config';
import { PortError } from './printer-port';
import type { PrinterPort } from './printer-port';
import { STATUS_QUERIES, statusFromReplies } from './printer-status';
import type { PrinterStatus, StatusReplies } from './printer-status';

export interface Printer {
  /** Print one job. Never rejects and never waits longer than its timeouts allow. */
  print(bytes: Uint8Array): Promise<PrintResult>;
  /** Ask the printer how it is. Unreachable or silent printers are `offline`. */
  status(): Promise<PrinterStatus>;
  /** Wait for queued jobs, then refuse new ones. */
  close(): Promise<void>;
}

export interface PrinterTimeouts {
  /** Opening the transport (TCP connect, USB claim, serial open). */
  connectMs: number;
  /** The status check before a job, and writing the job with its confirmation, each. */
  responseMs: number;
  /** Releasing the transport. */
  closeMs: number;
}

export const DEFAULT_TIMEOUTS: PrinterTimeouts = {
  connectMs: 3000,
  responseMs: 5000,
  closeMs: 1000,
};

export interface PortPrinterOptions {
  /** Identifies the device: jobs with the same key never overlap. */
  key: string;
  openPort: () => PrinterPort;
  timeouts?: Partial<PrinterTimeouts>;
}

const MESSAGES = {
  unreachable: '无法连接打印机，请检查打印机电源和网络连接',
  connectTimeout: '连接打印机超时，请检查打印机电源和网络连接',
  paperOut: '打印机缺纸，请联系工作人员更换纸卷',
  coverOpen: '打印机纸仓盖未关好，请联系工作人员',
  offline: '打印机处于离线状态，请联系工作人员',
  statusTimeout: '打印机无响应，请联系工作人员',
  writeTimeout: '打印机响应超时，小票可能未打印完整，请联系工作人员',
  droppedTwice: '打印过程中与打印机的连接中断，请联系工作人员',
  io: '打印机通信出错，请联系工作人员',
  closed: '打印机已关闭',
} as const;

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function readStatus(port: PrinterPort): Promise<PrinterStatus> {
  const replies: Partial<StatusReplies> = {};
  for (const n of STATUS_QUERIES) replies[n] = await port.queryStatus(n);
  return statusFromReplies(replies as StatusReplies);
}

export function createPortPrinter(options: PortPrinterOptions): Printer {
  const timeouts: PrinterTimeouts = { ...DEFAULT_TIMEOUTS };
  for (const [name, value] of Object.entries(options.timeouts ?? {})) {
    if (value !== undefined) timeouts[name as keyof PrinterTimeouts] = value;
  }
  let closed = false;

  /** Runs `use` on an opened port; `null` if the port could not be opened. */
  async function withPort<T>(
    use: (port: PrinterPort, bounded: <U>(work: Promise<U>) => Promise<U>) => Promise<T>,
    onOpenFailure: (error: unknown) => T,
  ): Promise<T> {
    const port = options.openPort();
    const abort = (): void => port.abort();
    try {
      try {
        await withDeadline(port.open(), timeouts.connectMs, abort);
      } catch (error) {
        return onOpenFailure(error);
      }
      return await use(port, (work) => withDeadline(work, timeouts.responseMs, abort));
    } finally {
      await withDeadline(port.close(), timeouts.closeMs, abort).catch(() => undefined);
    }
  }

  /** One try at a job: a result, or `dropped` when the connection went away mid-way. */
  function attempt(bytes: Uint8Array): Promise<PrintResult | 'dropped'> {
    return withPort<PrintResult | 'dropped'>(
      async (port, bounded) => {
        let nearEnd = false;
        if (port.canQueryStatus) {
          let status: PrinterStatus;
          try {
            status = await bounded(readStatus(port));
          } catch (error) {
            if (error instanceof DeadlineError) {
              return printError('TIMEOUT', MESSAGES.statusTimeout, describe(error));
            }
            throw error;
          }
          if (status === 'paperOut') return printError('PAPER_OUT', MESSAGES.paperOut);
          if (status === 'coverOpen') return printError('PRINTER_OFFLINE', MESSAGES.coverOpen);
          if (status === 'offline') return printError('PRINTER_OFFLINE', MESSAGES.offline);
          nearEnd = status === 'paperNearEnd';
        }
        await bounded(
          (async () => {
            await port.write(bytes);
            // The reply can only come after the printer has received every byte before it.
            if (port.canQueryStatus) await port.queryStatus(1);
          })(),
        );
        return nearEnd ? { ok: true, warning: 'paperNearEnd' } : { ok: true };
      },
      (error) =>
        error instanceof DeadlineError
          ? printError('PRINTER_OFFLINE', MESSAGES.connectTimeout, describe(error))
          : printError('PRINTER_OFFLINE', MESSAGES.unreachable, describe(error)),
    ).catch((error: unknown) => {
      if (error instanceof PortError && error.kind === 'dropped') return 'dropped' as const;
      if (error instanceof DeadlineError) {
        return printError('TIMEOUT', MESSAGES.writeTimeout, describe(error));
      }
      return printError('PRINTER_OFFLINE', MESSAGES.io, describe(error));
    });
  }

  return {
    print(bytes) {
      if (closed) return Promise.resolve(printError('PRINTER_OFFLINE', MESSAGES.closed));
      return serialised(options.key, async () => {
        const first = await attempt(bytes);
        if (first !== 'dropped') return first;
        const second = await attempt(bytes);
        if (second !== 'dropped') return second;
        return printError(
          'PRINTER_OFFLINE',
          MESSAGES.droppedTwice,
          'connection dropped during the job, and again on the retry',
        );
      });
    },

    status() {
      if (closed) return Promise.resolve('offline');
      return serialised(options.key, () =>
        withPort<PrinterStatus>(
          async (port, bounded) =>
            port.canQueryStatus ? await bounded(readStatus(port)) : 'online',
          () => 'offline',
        ).catch(() => 'offline' as const),
      );
    },

    async close() {
      closed = true;
      await serialised(options.key, async () => undefined);
    },
  };
}

export function createPrinter(config: PrinterConfig): Printer {
  const timeouts: Partial<PrinterTimeouts> =
    config.kind === 'network'
      ? { connectMs: config.connectTimeoutMs, responseMs: config.writeTimeoutMs }
      : {};
  return createPortPrinter({ key: deviceKey(config), openPort: portFactory(config), timeouts });
}
