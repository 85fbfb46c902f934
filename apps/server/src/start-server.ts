/**
 * Boots the server for real: validates config, takes the data directory's
 * lock (data-dir-lock.ts: the running server is its only writer, and `pnpm
 * hallq` finds the server's address there), prepares the data directory
 * (seeding the demo hall in demo mode), refuses demo credentials in
 * production, builds the app and listens. A database without an admin
 * (a new production hall) waits for 首次设置 (plugins/first-run.ts). Closing the app releases the lock.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase } from './store/open-database';
import { isSeeded, seedDemo } from './demo/seed';
import type { DemoPasswords } from './demo/demo-passwords';
import { Accounts } from './domain/accounts';
import { systemClock, type Clock } from './clock';
import { acquireLock, DataDirLocked, type DataDirLock } from './data-dir-lock';
import { checkPublicUrl, publicUrlFor } from './public-url';

export const DEFAULT_DEMO_PRINTER = 'tcp://127.0.0.1:9100';

/** How long a starting server waits for a direct `pnpm hallq` write to end. */
const CLI_WAIT_MS = 15_000;

export interface StartedServer {
  app: FastifyInstance;
  url: string;
  dataDir: string;
  /** The base of the status URL tickets carry (their QR code). */
  publicUrl: string;
}

export interface PrepareOptions {
  /** Tests only: the demo accounts' passwords (default: random, one per account). */
  demoPasswords?: DemoPasswords;
}

/** Seed on first start in demo mode; refuse demo accounts in production. */
export function prepareDataDir(
  config: Config,
  clock: Clock = systemClock,
  options: PrepareOptions = {},
): void {
  mkdirSync(config.HALLQ_DATA_DIR, { recursive: true });
  const db = openDatabase(path.join(config.HALLQ_DATA_DIR, 'hallq.sqlite'));
  try {
    if (config.HALLQ_MODE === 'demo' && !isSeeded(db)) {
      seedDemo(db, {
        timeZone: config.HALLQ_TIMEZONE,
        dataDir: config.HALLQ_DATA_DIR,
        printerUrl: config.HALLQ_PRINTER ?? DEFAULT_DEMO_PRINTER,
        now: clock.now(),
        ...(options.demoPasswords ? { passwords: options.demoPasswords } : {}),
      });
    }
    if (config.HALLQ_MODE === 'production' && new Accounts(db, 1).hasDemoCredentials()) {
      throw new Error(
        'production mode refuses to start while demo staff or devices are active: ' +
          'create real accounts with `pnpm hallq`, then deactivate the demo ones (`pnpm hallq revoke-demo`)',
      );
    }
    // A production database with no hall (or no admin) starts all the same:
    // the server prints a one-time setup code, and the console's 首次设置
    // page creates the hall and its first admin (domain/first-run.ts).
  } finally {
    db.close();
  }
}

/** The lock, once no other server holds it; a direct CLI write is waited for. */
async function takeDataDir(dataDir: string): Promise<DataDirLock> {
  const until = Date.now() + CLI_WAIT_MS;
  for (;;) {
    try {
      return acquireLock(dataDir, 'server');
    } catch (err) {
      if (!(err instanceof DataDirLocked)) throw err;
      if (err.holder.role === 'server' || Date.now() > until) {
        throw new Error(
          `${err.message} (${path.resolve(dataDir)}): stop it first, or give this server another HALLQ_DATA_DIR`,
        );
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The address a client on this machine reaches a server listening on `host`. */
export function localUrl(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '') return `http://127.0.0.1:${port}`;
  if (host === '::') return `http://[::1]:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export async function startServer(
  config: Config,
  clock: Clock = systemClock,
): Promise<StartedServer> {
  // Before anything is touched: production must name the address phones reach.
  checkPublicUrl(config);
  mkdirSync(config.HALLQ_DATA_DIR, { recursive: true });
  const lock = await takeDataDir(config.HALLQ_DATA_DIR);
  let app: FastifyInstance | undefined;
  try {
    prepareDataDir(config, clock);
    app = await buildApp({ config, clock, serveScreens: true });
    app.addHook('onClose', async () => lock.release());
    await app.listen({ port: config.PORT, host: config.HOST });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    lock.update({ url: localUrl(config.HOST, port) });
    const { url: publicUrl, warning } = publicUrlFor(config, port);
    app.publicUrl.set(publicUrl);
    app.log.info({ publicUrl }, `tickets carry ${publicUrl}/t/<id> (the QR code's address)`);
    if (warning) app.log.warn(warning);
    return {
      app,
      url: `http://localhost:${port}`,
      dataDir: path.resolve(config.HALLQ_DATA_DIR),
      publicUrl,
    };
  } catch (err) {
    await app?.close().catch(() => {});
    lock.release();
    throw err;
  }
}
