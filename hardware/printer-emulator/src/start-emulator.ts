/** Wires the TCP printer, the job store and the HTTP page into one PrinterEmulator. */
import type http from 'node:http';
import { createHttpServer } from './http-server';
import type { EmulatorMode } from './emulator-mode';
import { JobStore } from './job-store';
import type { Receipt } from './receipt';
import { TcpPrinter } from './tcp-printer';

export interface PrinterEmulator {
  /** The TCP (ESC/POS) port. */
  readonly port: number;
  readonly httpPort: number;
  /** The page listing recent jobs. */
  readonly url: string;
  /** Kept receipts, oldest first. */
  jobs(): Receipt[];
  clearJobs(): void;
  /**
   * Replace the fault mode ({} = healthy). Status answers change at once; the
   * returned promise settles when the listening socket matches `offline`.
   */
  setMode(mode: EmulatorMode): Promise<void>;
  mode(): EmulatorMode;
  /** The oldest job not yet returned by waitForJob, waiting for one if needed (default 5 s). */
  waitForJob(timeoutMs?: number): Promise<Receipt>;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  /** Address to bind, 127.0.0.1 by default (0.0.0.0 to take jobs from other machines). */
  host?: string;
  /** TCP port, 0 for an ephemeral one (the default). */
  port?: number;
  /** HTTP port, 0 for an ephemeral one (the default). */
  httpPort?: number;
  /** Receipts kept (oldest dropped first), 100 by default. */
  maxJobs?: number;
  /** A connection silent this long ends its job, 1500 ms by default. */
  jobIdleMs?: number;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<PrinterEmulator> {
  const host = options.host ?? '127.0.0.1';
  const store = new JobStore(options.maxJobs ?? 100);
  let mode: EmulatorMode = {};
  let modeChange = Promise.resolve();

  const tcp = new TcpPrinter({
    host,
    port: options.port ?? 0,
    jobIdleMs: options.jobIdleMs ?? 1500,
    store,
    mode: () => mode,
    onDrop: () => {
      const left = (mode.dropNext ?? 0) - 1;
      if (mode.dropNext !== undefined) {
        const { dropNext: _, ...rest } = mode;
        mode = left > 0 ? { ...rest, dropNext: left } : rest;
      }
    },
  });
  await tcp.listen();

  const setMode = (next: EmulatorMode): Promise<void> => {
    mode = { ...next };
    // Changes are applied in order, so a quick offline → online ends online; a
    // change that failed (the port was taken meanwhile) does not block the next.
    const change = modeChange
      .catch(() => undefined)
      .then(() => (mode.offline ? tcp.unlisten() : tcp.listen()));
    modeChange = change;
    return change;
  };

  const linkHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const server: http.Server = createHttpServer({
    tcpAddress: () => `tcp://${linkHost}:${tcp.port}`,
    jobs: () => store.list(),
    job: (id) => store.get(id),
    clearJobs: () => store.clear(),
    mode: () => ({ ...mode }),
    setMode,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.httpPort ?? 0, host, () => resolve());
  }).catch(async (error: unknown) => {
    await tcp.close();
    throw error;
  });
  const address = server.address();
  const httpPort = address && typeof address === 'object' ? address.port : 0;

  return {
    port: tcp.port,
    httpPort,
    url: `http://${linkHost}:${httpPort}/`,
    jobs: () => store.list(),
    clearJobs: () => store.clear(),
    setMode,
    mode: () => ({ ...mode }),
    waitForJob: (timeoutMs = 5000) => store.next(timeoutMs),
    async close() {
      store.close();
      await tcp.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
