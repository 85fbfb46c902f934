/**
 * 电子监察, the hall map's figures (supervisor and admin sessions): beside the
 * hall view a screen already mirrors, each unit's waiting, longest wait and
 * mark (core S10), each window's time in its status and last ticket action
 * (for its idle time), and the site's thresholds in force.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorBody, SupervisionQuery, SupervisionReply } from '@hallq/protocol';
import { HallqError } from '../errors';
import { adminCaller } from '../plugins/admin';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/supervision',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['supervision'],
        summary:
          '电子监察 hall map: units (waiting, longest wait, yellow/red), windows (status since, last action), thresholds; the caller’s site or ?siteId of one they may see',
        querystring: SupervisionQuery,
        response: { 200: SupervisionReply, ...errors },
      },
    },
    async (request) => {
      const caller = adminCaller(request);
      const siteId = request.query.siteId ?? caller.siteId;
      if (!app.hall.catalog.sites[siteId])
        throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId });
      if (!app.admin.sitesOf(caller).includes(siteId))
        throw new HallqError('HALLQ_E_FORBIDDEN', { siteId });
      return app.supervision.hallMap(siteId);
    },
  );
};

export default routes;
