/** Health, the live queues, the scrolling notice, and catalogue settings an admin changes. */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, Id, IdParams, QueuesReply } from '@hallq/protocol';
import { HallqError } from '../errors';
import { SERVER_VERSION } from '../version';
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
        body: Type.Object(
          { notice: Type.String({ maxLength: 500 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ notice: Type.String() }), ...errors },
      },
    },
    async (request) => {
      const siteId = writeSite(app, request, request.query.siteId);
      app.hall.setNotice(siteId, request.body.notice);
      return { notice: request.body.notice };
    },
  );

  app.patch(
    '/items/:id',
    {
      onRequest: app.requireStaff(['admin']),
      schema: {
        tags: ['catalog'],
        summary: '限号: set or clear the daily quota of an item (admin)',
        params: IdParams,
        body: Type.Object(
          {
            dailyQuota: Type.Optional(
              Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()]),
            ),
            expectedServiceMinutes: Type.Optional(Type.Number({ minimum: 1, maximum: 480 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            id: Type.String(),
            dailyQuota: Type.Union([Type.Integer(), Type.Null()]),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const item = app.hall.catalog.items[request.params.id];
      if (!item) throw new HallqError('HALLQ_E_ITEM_NOT_FOUND');
      const next = { ...item };
      if (request.body.dailyQuota === null) delete next.dailyQuota;
      else if (request.body.dailyQuota !== undefined) next.dailyQuota = request.body.dailyQuota;
      if (request.body.expectedServiceMinutes !== undefined)
        next.expectedServiceMinutes = request.body.expectedServiceMinutes;
      app.hall.store.saveCatalogEntry('item', next);
      app.hall.refreshCatalog();
      return { id: next.id, dailyQuota: next.dailyQuota ?? null };
    },
  );
};

export default routes;
