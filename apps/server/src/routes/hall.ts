/** Health, the live queues and the scrolling notice (item settings moved to admin-catalog.ts). */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, Id, NoticeBody, NoticeSetReply, QueuesReply } from '@hallq/protocol';
import { SERVER_VERSION } from '../version';
import { adminCaller } from '../plugins/admin';
import { childHalls, requestSite, writeSite } from './site-scope';

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
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            version: Type.String(),
            warming: Type.Boolean({
              description:
                'True for the first seconds after a start, while the route schemas not yet used compile in the background (a request may then wait some ms longer)',
            }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      version: SERVER_VERSION,
      warming: app.schemas.pending > 0,
    }),
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
        summary:
          '滚动公告: set the notice (admin, supervisor); includeChildren: at the child halls too, each on its own screen',
        description:
          "With `includeChildren: true` the notice is set at the site and at each township hall directly below it (a district pushes to all its 便民服务中心 at once): one notice.updated per site on that site's own stream, audited once per site. Only the district-level hall has child halls; a township writer naming another site is refused (HALLQ_E_FORBIDDEN).",
        querystring: SiteQuery,
        body: NoticeBody,
        response: { 200: NoticeSetReply, ...errors },
      },
    },
    async (request) => {
      const siteId = writeSite(app, request, request.query.siteId);
      const siteIds = request.body.includeChildren
        ? [siteId, ...childHalls(app.hall.catalog, siteId)]
        : [siteId];
      app.hall.setNotices(siteIds, request.body.notice, adminCaller(request).actor);
      return { notice: request.body.notice, siteIds };
    },
  );
};

export default routes;
