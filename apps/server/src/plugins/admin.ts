/**
 * The admin service (domain/admin-service.ts) on the app: every admin change
 * goes through it, so it is logged, audited and broadcast; a revoked session's
 * sockets are closed by the socket server.
 */
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { AdminService, CLI_STAFF_ID, type AdminCaller } from '../domain/admin-service';
import { staffOf } from './auth';

declare module 'fastify' {
  interface FastifyInstance {
    admin: AdminService;
  }
}

/** The staff member making an admin request, as the audit names them, and their site. */
export function adminCaller(request: FastifyRequest): AdminCaller {
  const { staff } = staffOf(request);
  return {
    actor: { kind: staff.id === CLI_STAFF_ID ? 'cli' : 'staff', id: staff.id, name: staff.name },
    siteId: staff.site_id,
    role: staff.role,
  };
}

export default fp(
  async (app) => {
    app.decorate(
      'admin',
      new AdminService(app.hall, app.accounts, app.db, (hash) => app.disconnectToken(hash)),
    );
  },
  { name: 'admin', dependencies: ['hall', 'auth', 'realtime'] },
);
