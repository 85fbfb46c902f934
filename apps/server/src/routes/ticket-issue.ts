/** Issuing tickets (kiosk) and reading one (open, by its unguessable id). */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { unitForItemAt } from '@hallq/core';
import {
  ErrorBody,
  IdParams,
  IdempotencyHeaders,
  IssueTicketBody,
  TicketReply,
  type TicketView,
} from '@hallq/protocol';
import { HallqError } from '../errors';
import { createIdempotency, requestHash } from '../domain/idempotency';
import { newTicketId } from '../domain/ticket-id';
import { ticketLookup } from './ticket-lookup';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const idem = createIdempotency(app.hall.store);
  const viewOf = ticketLookup(app);

  app.post(
    '/tickets',
    {
      onRequest: app.requireDevice(['kiosk']),
      config: {
        // Per kiosk (the device from its token, checked before): a held-down
        // key or a script gets a calm 429 instead of emptying the queue's
        // numbers and the items' quotas. Twenty taps of one confirmation are
        // one ticket anyway (its Idempotency-Key); this limits separate ones.
        rateLimit: {
          hook: 'preHandler',
          max: app.config.HALLQ_KIOSK_TICKETS_PER_MINUTE,
          timeWindow: 60_000,
          // A retry of an answered confirmation (same Idempotency-Key) is free:
          // it only reads the stored reply.
          allowList: (request) => {
            const key = request.headers['idempotency-key'];
            const p = request.principal;
            return (
              typeof key === 'string' &&
              p?.kind === 'device' &&
              app.hall.store.idempotentReply(`device:${p.device.id}`, key) !== undefined
            );
          },
          keyGenerator: (request) =>
            request.principal?.kind === 'device'
              ? `kiosk:${request.principal.device.id}`
              : request.ip,
          errorResponseBuilder: (_request, context) =>
            new HallqError('HALLQ_E_RATE_LIMITED', {
              retryAfterSeconds: Math.ceil(context.ttl / 1000),
            }),
        },
      },
      schema: {
        tags: ['tickets'],
        summary: '取号: issue a ticket (kiosk device token)',
        headers: IdempotencyHeaders,
        body: IssueTicketBody,
        response: { 201: TicketReply, ...errors },
      },
    },
    async (request, reply) => {
      const device = request.principal?.kind === 'device' ? request.principal.device : undefined;
      if (!device) throw new HallqError('HALLQ_E_FORBIDDEN');
      // A kiosk issues at its own site: the site's own items and the master
      // items it enabled, else HALLQ_E_ITEM_NOT_AT_SITE (core Q26).
      if (unitForItemAt(app.hall.catalog, device.site_id, request.body.itemId) === undefined) {
        const known = Object.hasOwn(app.hall.catalog.items, request.body.itemId);
        throw new HallqError(known ? 'HALLQ_E_ITEM_NOT_AT_SITE' : 'HALLQ_E_ITEM_NOT_FOUND', {
          itemId: request.body.itemId,
          ...(known ? { siteId: device.site_id } : {}),
        });
      }
      const key = request.headers['idempotency-key'];
      const scope = `device:${device.id}`;
      // Only a request with a key is ever compared with another.
      const hash = key
        ? requestHash('POST /tickets', {
            itemId: request.body.itemId,
            priority: request.body.priority ?? 'normal',
          })
        : '';
      const prior = key ? idem.lookup(scope, key, hash) : undefined;
      let ticket: TicketView;
      if (prior) {
        ticket = viewOf((prior.body as { ticketId: string }).ticketId);
      } else {
        const ticketId = newTicketId();
        app.hall.execute(
          {
            type: 'issueTicket',
            ticketId,
            siteId: device.site_id,
            itemId: request.body.itemId,
            priority: request.body.priority ?? 'normal',
            at: app.clock.now(),
          },
          { deviceId: device.id },
          () => {
            if (key)
              idem.store(scope, key, hash, { status: 201, body: { ticketId } }, app.clock.now());
          },
        );
        // The new ticket with its place in the queue (an index count, not a scan).
        ticket = viewOf(ticketId);
      }
      const print =
        request.body.print && !prior ? await app.printForKiosk(device, ticket, request) : undefined;
      return reply.status(201).send({
        ticket,
        ...(print ? { print } : {}),
        statusUrl: app.publicUrl.statusUrl(ticket.id, request),
      });
    },
  );

  app.get(
    '/tickets/:id',
    {
      schema: {
        tags: ['tickets'],
        summary: 'A ticket with its status and people ahead (open; ids are unguessable)',
        params: IdParams,
        response: { 200: TicketReply, ...errors },
      },
    },
    // A proxy ticket (代办件, px_…) is followed here too, masked (core Q28, Q30).
    async (request) => ({
      ticket:
        (request.params.id.startsWith('px_') && app.proxies.statusView(request.params.id)) ||
        viewOf(request.params.id),
    }),
  );
};

export default routes;
