/**
 * The hallq server as a Fastify plugin tree. `buildApp` wires the resources
 * (database, hall, auth, printer relay, socket.io) and the routes; `listen`
 * lives in main.ts, so tests build the app on a temp database and inject.
 */
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import rateLimit from '@fastify/rate-limit';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { errorBody } from './errors';
import { loggerOptions } from './security/log-redaction';
import database from './plugins/database';
import errorHandler from './plugins/error-handler';
import hall from './plugins/hall';
import auth from './plugins/auth';
import printing from './plugins/printing';
import publicUrl from './plugins/public-url';
import realtime from './plugins/realtime';
import openapi from './plugins/openapi';
import staticApps from './plugins/static-apps';
import admin from './plugins/admin';
import firstRun from './plugins/first-run';
import supervision from './supervision/plugin';
import ratings from './rating/plugin';
import proxies from './proxy/plugin';
import securityHeaders from './plugins/security-headers';
import { lazySchemas, type LazySchemas } from './plugins/lazy-schemas';
import healthRoutes from './routes/hall';
import catalogRoutes from './routes/catalog';
import authRoutes from './routes/auth';
import ticketRoutes from './routes/tickets';
import windowRoutes from './routes/windows';
import deviceRoutes from './routes/devices';
import devicePairingRoutes from './routes/device-pairing';
import ttsRoutes from './routes/tts';
import adminStaffRoutes from './routes/admin-staff';
import adminCatalogRoutes from './routes/admin-catalog';
import adminAuditRoutes from './routes/admin-audit';
import alertRoutes from './routes/alerts';
import supervisionRoutes from './routes/supervision';
import ratingRoutes from './routes/ratings';
import proxyTicketRoutes from './routes/proxy-tickets';
import rollupRoutes from './routes/rollup';
import scoreRoutes from './routes/scores';
import supervisorActionRoutes from './routes/supervisor-actions';
import reportRoutes from './routes/reports';
import reports from './reports/plugin';
import setupRoutes from './routes/setup';

declare module 'fastify' {
  interface FastifyInstance {
    schemas: LazySchemas;
  }
}

export interface AppOptions {
  config: Config;
  clock?: Clock;
  /** Defaults to `$HALLQ_DATA_DIR/hallq.sqlite`. */
  dbFile?: string;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built screens (off in most tests). */
  serveScreens?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const schemas = lazySchemas();
  const app = Fastify({
    // Each route's schemas compile on first use, the rest once listening (lazy-schemas.ts).
    // (Fastify types its factories as Ajv's own function types; ours wrap them.)
    schemaController: {
      compilersFactory: schemas.compilersFactory,
    } as unknown as FastifyServerOptions['schemaController'],
    logger: options.logger ?? loggerOptions(config.LOG_LEVEL),
    bodyLimit: 16_384,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    trustProxy: false,
    // Screens keep spare keep-alive sockets open; a restart must not wait for them.
    forceCloseConnections: true,
    // A malformed URL (bad percent-encoding) is refused before routing, where
    // the error handler does not reach: keep it a coded 400 like any bad input.
    frameworkErrors: (_error, _request, reply) => {
      void (reply as unknown as FastifyReply).status(400).send(errorBody('HALLQ_E_VALIDATION'));
    },
  });
  app.decorate('schemas', schemas);
  let stopWarming = () => {};
  app.addHook('onListen', (done) => {
    stopWarming = schemas.warm((err) => app.log.error({ err }, 'a route schema does not compile'));
    done();
  });
  app.addHook('onClose', (_app, done) => {
    stopWarming();
    done();
  });
  const dbFile = options.dbFile ?? path.join(config.HALLQ_DATA_DIR, 'hallq.sqlite');
  if (dbFile !== ':memory:') mkdirSync(path.dirname(dbFile), { recursive: true });

  await app.register(errorHandler);
  await app.register(securityHeaders);
  await app.register(database, { file: dbFile });
  await app.register(hall, { clock: options.clock ?? systemClock, config });
  await app.register(auth);
  await app.register(rateLimit, { global: false });
  await app.register(publicUrl);
  await app.register(printing);
  await app.register(openapi);
  await app.register(realtime);
  await app.register(admin);
  await app.register(firstRun);
  await app.register(supervision);
  await app.register(ratings);
  await app.register(proxies);
  await app.register(reports);
  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(catalogRoutes);
      await api.register(authRoutes);
      await api.register(ticketRoutes);
      await api.register(windowRoutes);
      await api.register(deviceRoutes);
      await api.register(devicePairingRoutes);
      await api.register(ttsRoutes);
      await api.register(adminStaffRoutes);
      await api.register(adminCatalogRoutes);
      await api.register(adminAuditRoutes);
      await api.register(alertRoutes);
      await api.register(supervisionRoutes);
      await api.register(ratingRoutes);
      await api.register(proxyTicketRoutes);
      await api.register(rollupRoutes);
      await api.register(scoreRoutes);
      await api.register(supervisorActionRoutes);
      await api.register(reportRoutes);
      await api.register(setupRoutes);
    },
    { prefix: '/api/v1' },
  );
  if (options.serveScreens !== false) await app.register(staticApps);
  return app;
}
