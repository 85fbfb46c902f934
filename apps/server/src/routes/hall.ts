/** Health, the live queues and the scrolling notice (item settings moved to admin-catalog.ts). */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, Id, NoticeBody, QueuesReply } from '@hallq/protocol';
import { SERVER_VERSION } from '../version';
import { adminCaller } from '../plugins/admin';
import { requestSite, writeSite } from './site-scope';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const SiteQuery = Type.Object({ siteId: Type.Optional(Id) }, { additionalProperties: false });

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/health',
    {
      schema: {
        tags: ['hall'],
        summary: 'Liveness',
        response: { 200: Type.Object({ status: Type.Literal('ok'), version: Type.String() }) },
      },
    },
    async () => ({ status: 'ok' as const, version: SERVER_VERSION }),
  );

  app.get(
    '/queues',
    {
      schema: {
        tags: ['hall'],
        summary: 'Waiting counts per unit and each window with its current ticket (open)',
        querystring: SiteQuery,
        response: { 200: QueuesReply, ...errors },
      },
    },
    async (request) => app.hall.snapshot(requestSite(app, request, request.query.siteId)),
  );

  app.get(
    '/notice',
    {
      schema: {
        tags: ['hall'],
        summary: 'The scrolling notice of the hall screen (open)',
        querystring: SiteQuery,
        response: { 200: Type.Object({ notice: Type.String() }), ...errors },
      },
    },
    async (request) => ({
      notice: app.hall.notice(requestSite(app, request, request.query.siteId)),
    }),
  );

  app.put(
    '/notice',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['hall'],
        summary: '滚动公告: set the notice (admin, supervisor)',
        querystring: SiteQuery,
        body: NoticeBody,
        response: { 200: Type.Object({ notice: Type.String() }), ...errors },
      },
    },
    async (request) => {
      const siteId = writeSite(app, request, request.query.siteId);
      app.hall.setNotice(siteId, request.body.notice, adminCaller(request).actor);
      return { notice: request.body.notice };
    },
  );
};

export default routes;
