/**
 * 首次设置 on the app: while no admin account exists, the setup code is
 * printed in the log (at warn, so it shows at every log level but error)
 * with the console's address, once the server listens. The route is
 * routes/setup.ts.
 */
import type { Server } from 'node:net';
import fp from 'fastify-plugin';
import { FirstRun } from '../domain/first-run';

declare module 'fastify' {
  interface FastifyInstance {
    firstRun: FirstRun;
  }
}

/** The address a browser on this machine opens for a server listening on `address`. */
function consoleUrl(address: ReturnType<Server['address']>): string {
  if (!address || typeof address === 'string') return '/admin/';
  const host =
    address.address === '0.0.0.0' || address.address === '::'
      ? '127.0.0.1'
      : address.family === 'IPv6'
        ? `[${address.address}]`
        : address.address;
  return `http://${host}:${address.port}/admin/`;
}

export default fp(
  async (app) => {
    const firstRun = new FirstRun(app.hall, app.accounts, app.db, app.config.HALLQ_TIMEZONE);
    app.decorate('firstRun', firstRun);
    app.addHook('onListen', (done) => {
      const code = firstRun.open();
      if (code) {
        const url = consoleUrl(app.server.address());
        app.log.warn(
          { setupUrl: url, setupCode: code },
          `首次设置 (first-run setup): no admin account yet. Open ${url} and enter the setup code ${code}`,
        );
      }
      done();
    });
  },
  { name: 'first-run', dependencies: ['hall', 'database'] },
);
