/**
 * Boots the server for real: validates config, prepares the data directory
 * (seeding the demo hall in demo mode), refuses demo credentials in
 * production, builds the app and listens.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase } from './store/open-database';
import { isSeeded, seedDemo } from './demo/seed';
import { Accounts } from './domain/accounts';
import { systemClock, type Clock } from './clock';

export const DEFAULT_DEMO_PRINTER = 'tcp://127.0.0.1:9100';

export interface StartedServer {
  app: FastifyInstance;
  url: string;
  dataDir: string;
}

/** Seed on first start in demo mode; refuse demo accounts in production. */
export function prepareDataDir(config: Config, clock: Clock = systemClock): void {
  mkdirSync(config.HALLQ_DATA_DIR, { recursive: true });
  const db = openDatabase(path.join(config.HALLQ_DATA_DIR, 'hallq.sqlite'));
  try {
    if (config.HALLQ_MODE === 'demo' && !isSeeded(db)) {
      seedDemo(db, {
        timeZone: config.HALLQ_TIMEZONE,
        dataDir: config.HALLQ_DATA_DIR,
        printerUrl: config.HALLQ_PRINTER ?? DEFAULT_DEMO_PRINTER,
        now: clock.now(),
      });
    }
    if (config.HALLQ_MODE === 'production' && new Accounts(db, 1).hasDemoCredentials()) {
      throw new Error(
        'production mode refuses to start while demo staff or devices are active: ' +
          'create real accounts with `pnpm hallq`, then deactivate the demo ones (`pnpm hallq revoke-demo`)',
      );
    }
    if (config.HALLQ_MODE === 'production' && !isSeeded(db)) {
      throw new Error(
        'the database has no hall yet: load one with `pnpm hallq seed --catalog <file>`',
      );
    }
  } finally {
    db.close();
  }
}

export async function startServer(
  config: Config,
  clock: Clock = systemClock,
): Promise<StartedServer> {
  prepareDataDir(config, clock);
  const app = await buildApp({ config, clock, serveScreens: true });
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, url: `http://localhost:${port}`, dataDir: path.resolve(config.HALLQ_DATA_DIR) };
}
