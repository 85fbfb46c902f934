/**
 * Admin API, audit (审计日志): who changed what, newest first, a page at a
 * time (admin, supervisor). A reply with more behind it names `nextCursor`.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AuditQuery, AuditReply, ErrorBody } from '@hallq/protocol';
import { HallqError } from '../errors';
import { adminCaller } from '../plugins/admin';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/audit',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['admin'],
        summary:
          'Admin changes of the caller’s site(s), newest first: ?siteId, from&to (epoch ms), actor (id), target (kind:id or kind), limit, cursor (the nextCursor of the page before)',
        querystring: AuditQuery,
        response: { 200: AuditReply, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const caller = adminCaller(request);
      const sites = app.admin.sitesOf(caller);
      if (q.siteId !== undefined && !sites.includes(q.siteId))
        throw new HallqError('HALLQ_E_FORBIDDEN', { siteId: q.siteId });
      return app.admin.audit.page({
        siteIds: q.siteId !== undefined ? [q.siteId] : sites,
        ...(q.from !== undefined ? { from: Number(q.from) } : {}),
        ...(q.to !== undefined ? { to: Number(q.to) } : {}),
        ...(q.actor !== undefined ? { actor: q.actor } : {}),
        ...(q.target !== undefined ? { target: q.target } : {}),
        ...(q.cursor !== undefined ? { before: Number(q.cursor) } : {}),
        limit: q.limit !== undefined ? Number(q.limit) : 200,
      });
    },
  );
};

export default routes;
