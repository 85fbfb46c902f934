/**
 * 全程代办 API (core Q27–Q30). A village agent registers a 代办 for a
 * villager (POST /proxy-tickets → 201 {ticket}; anyone else is
 * HALLQ_E_NOT_AGENT) and lists their own; the handling site's staff list its
 * 代办 (a clerk at a window: the window's units), read one in clear and step
 * it (accept, askMaterials, finish); the agent steps `resubmit`. The status
 * page follows it by id (GET /tickets/:id, masked). Refusals are coded and
 * change nothing.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ErrorBody,
  IdParams,
  ProxyStepBody,
  ProxyTicketBody,
  ProxyTicketReply,
  ProxyTicketsQuery,
  ProxyTicketsReply,
} from '@hallq/protocol';
import { staffOf } from '../plugins/auth';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['proxy'];

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const onRequest = app.requireStaff();

  app.post(
    '/proxy-tickets',
    {
      onRequest,
      schema: {
        tags,
        summary:
          "A village agent registers a 代办 (全程代办): handled at the room's township or the district",
        body: ProxyTicketBody,
        response: { 201: ProxyTicketReply, ...errors },
      },
    },
    async (request, reply) => {
      const ticket = app.proxies.register(staffOf(request).staff, request.body);
      return reply.status(201).send({ ticket });
    },
  );

  app.get(
    '/proxy-tickets',
    {
      onRequest,
      schema: {
        tags,
        summary:
          "An agent's own 代办, or a handling site's (a clerk at a window: its units'), newest first, masked",
        querystring: ProxyTicketsQuery,
        response: { 200: ProxyTicketsReply, ...errors },
      },
    },
    async (request) => {
      const { staff, windowId } = staffOf(request);
      return { tickets: app.proxies.list(staff, windowId, request.query) };
    },
  );

  app.get(
    '/proxy-tickets/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'One 代办: in clear for its agent and the handling site, else masked',
        params: IdParams,
        response: { 200: ProxyTicketReply, ...errors },
      },
    },
    async (request) => ({ ticket: app.proxies.record(staffOf(request).staff, request.params.id) }),
  );

  app.post(
    '/proxy-tickets/:id/steps',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'A step of a 代办: accept, askMaterials (the list and a note), finish (the handling site); resubmit (its agent)',
        params: IdParams,
        body: ProxyStepBody,
        response: { 200: ProxyTicketReply, ...errors },
      },
    },
    async (request) => ({
      ticket: app.proxies.step(staffOf(request).staff, request.params.id, request.body),
    }),
  );
};

export default routes;
