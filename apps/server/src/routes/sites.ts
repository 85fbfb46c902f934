/**
 * The three-level network (core Q26): GET /sites, the tree of the sites the
 * caller may see, with levels, parents and enabled items; PUT
 * /sites/:id/items, which items of the district's master catalogue a
 * township takes. Admin or supervisor sessions, scoped like the catalogue.
 * POST /sites: a district admin adds a township or village site.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CatalogEntryReply,
  CreateSiteBody,
  ErrorBody,
  IdParams,
  SiteItemsBody,
  SiteTreeReply,
} from '@hallq/protocol';
import { adminCaller } from '../plugins/admin';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['admin'];

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const onRequest = app.requireStaff(['admin', 'supervisor']);

  app.get(
    '/sites',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The site tree: levels, parents, enabled items (admin, supervisor)',
        response: { 200: SiteTreeReply, ...errors },
      },
    },
    async (request) => ({ sites: app.admin.sites.tree(adminCaller(request)) }),
  );

  app.post(
    '/sites',
    {
      onRequest: app.requireStaff(['admin']),
      schema: {
        tags,
        summary:
          'A new township (乡镇/街道) under the district or village (村/社区) under a township (district admins)',
        body: CreateSiteBody,
        response: { 201: CatalogEntryReply, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        entry: { ...app.admin.sites.create(adminCaller(request), request.body) } as Record<
          string,
          unknown
        >,
      }),
  );

  app.put(
    '/sites/:id/items',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'The master items a township takes, at its intake unit (admin, supervisor; replaces the list)',
        params: IdParams,
        body: SiteItemsBody,
        response: { 200: CatalogEntryReply, ...errors },
      },
    },
    async (request) => ({
      entry: {
        ...app.admin.sites.setItems(adminCaller(request), request.params.id, request.body),
      } as Record<string, unknown>,
    }),
  );
};

export default routes;
