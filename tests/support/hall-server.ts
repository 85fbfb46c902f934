/**
 * A real hallq server for cross-package tests: a temp data dir seeded with the
 * demo hall, a real SQLite file, listening on an ephemeral 127.0.0.1 port,
 * optionally beside a real printer emulator. `restart()` stops and starts
 * the server on the same port and data, as a crash-and-recover would.
 * With `empty`, the data dir holds nothing at all, as a new production
 * hall's does: the server waits for 首次设置, its code in `log`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildApp,
  loadConfig,
  loggerOptions,
  prepareDataDir,
  type Clock,
  type DemoCredentials,
} from '@hallq/server';
import { startEmulator, type PrinterEmulator } from '@hallq/printer-emulator';
import { passwordOf, readDemoCredentials } from './demo-creds';
import { LogCapture } from './log-tokens';

type FastifyInstance = Awaited<ReturnType<typeof buildApp>>;

export interface HallServer {
  url: string;
  port: number;
  dataDir: string;
  creds: DemoCredentials;
  app: FastifyInstance;
  emulator: PrinterEmulator | undefined;
  /** The server's log at info level, as production redacts it; close() fails on a token in it. */
  log: LogCapture;
  /** Token of a demo device of this kind. */
  deviceToken(kind: 'kiosk' | 'display' | 'caller'): string;
  /**
   * A demo account's password, from the credentials file: the seed makes
   * them at random on first start, as a real hall's would be.
   */
  password(username: string): string;
  /** Stop the server (the data stays) — e.g. to show an outage. */
  stop(): Promise<void>;
  /** Start it again on the same port and data. */
  start(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HallServerOptions {
  clock?: Clock;
  /** Start a printer emulator and point the demo kiosk at it. */
  printer?: boolean;
  serveScreens?: boolean;
  env?: Record<string, string>;
  /** An empty data dir in production mode: no demo hall, no accounts (creds are empty). */
  empty?: boolean;
}

export async function startHallServer(options: HallServerOptions = {}): Promise<HallServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hallq-test-'));
  const emulator = options.printer
    ? await startEmulator({ host: '127.0.0.1', port: 0, httpPort: 0 })
    : undefined;
  const config = loadConfig({
    HALLQ_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    // Harnesses issue many tickets at once; the limit has its own test.
    HALLQ_KIOSK_TICKETS_PER_MINUTE: '1000000',
    ...(emulator ? { HALLQ_PRINTER: `tcp://127.0.0.1:${emulator.port}` } : {}),
    ...(options.empty ? { HALLQ_MODE: 'production' } : {}),
    ...options.env,
  });
  prepareDataDir(config, options.clock);
  const creds: DemoCredentials = options.empty
    ? { staff: [], devices: [] }
    : readDemoCredentials(dataDir);

  let port = 0;
  let app: FastifyInstance | undefined;
  const log = new LogCapture();
  const start = async () => {
    app = await buildApp({
      config,
      logger: { ...loggerOptions('info'), stream: log.stream },
      serveScreens: options.serveScreens ?? true,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    await app.listen({ host: '127.0.0.1', port });
    const address = app.server.address();
    if (typeof address === 'object' && address) port = address.port;
  };
  const stop = async () => {
    await app?.close();
    app = undefined;
  };
  await start();

  const server: HallServer = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    get app() {
      if (!app) throw new Error('server is stopped');
      return app;
    },
    dataDir,
    creds,
    emulator,
    log,
    deviceToken(kind) {
      const d = creds.devices.find((x) => x.kind === kind);
      if (!d) throw new Error(`no demo ${kind}`);
      return d.token;
    },
    password: (username) => passwordOf(creds, username),
    start,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    close: async () => {
      await stop();
      await emulator?.close();
      rmSync(dataDir, { recursive: true, force: true });
      // Issue 11: no token in the log, whatever the test did.
      if (log.lines.length === 0)
        throw new Error('the server logged nothing: the check saw nothing');
      log.assertNoTokens();
    },
  };
  return server;
}
