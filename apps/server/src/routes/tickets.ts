/** Issuing tickets (kiosk) and acting on them (the clerk's window). */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { unitForItemAt, type Command } from '@hallq/core';
import {
  CancelBody,
  ErrorBody,
  IdParams,
  IdempotencyHeaders,
  IssueTicketBody,
  RestoreBody,
  TicketActionBody,
  TicketReply,
  type TicketView,
  TransferBody,
} from '@hallq/protocol';
import { staffOf } from '../plugins/auth';
import { HallqError } from '../errors';
import { createIdempotency, requestHash } from '../domain/idempotency';
import { clerkOnce } from './clerk-once';
import { ticketView } from '../domain/views';
import { newTicketId } from '../domain/ticket-id';
import { writeSite } from './site-scope';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const idem = createIdempotency(app.hall.store);

  /** A ticket as of `state` (the hall's current state unless a command just produced another). */
  const viewOf = (id: string, state = app.hall.state) => {
    // Own keys only: a ticket id like `constructor` must not find an Object member.
    const active = Object.hasOwn(state.tickets, id) ? state.tickets[id] : undefined;
    const ticket =
      active ?? (Object.hasOwn(state.noShows, id) ? state.noShows[id] : app.hall.store.ticket(id));
    if (!ticket) throw new HallqError('HALLQ_E_TICKET_NOT_FOUND');
    return ticketView(ticket, state, app.clock.now());
  };

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

  /** Ticket actions at the clerk's window; the session names the window. */
  const action = (
    path: string,
    summary: string,
    body: typeof TicketActionBody | typeof TransferBody,
    command: (ticketId: string, windowId: string, at: number, body: unknown) => Command,
  ) =>
    app.post(
      `/tickets/:id/${path}`,
      {
        onRequest: app.requireStaff(),
        schema: {
          tags: ['tickets'],
          summary,
          params: IdParams,
          headers: IdempotencyHeaders,
          body,
          response: { 200: TicketReply, ...errors },
        },
      },
      async (request) => {
        const { windowId, staff } = staffOf(request);
        if (!windowId) throw new HallqError('HALLQ_E_NOT_SIGNED_IN_HERE');
        // The session's window may have passed to another clerk since (see windows.ts).
        const holder = app.hall.state.windows[windowId]?.staffId;
        if (holder !== undefined && holder !== staff.id)
          throw new HallqError('HALLQ_E_NOT_SIGNED_IN_HERE');
        return once(
          request,
          `POST /tickets/:id/${path}`,
          () => command(request.params.id, windowId, app.clock.now(), request.body),
          (state) => ({ ticket: viewOf(request.params.id, state) }),
        );
      },
    );

  /** Clerk actions honour Idempotency-Key too: a retried 重呼 is not a second recall. */
  const once = clerkOnce(app);

  action(
    'recall',
    '重呼: call the held ticket again',
    TicketActionBody,
    (ticketId, windowId, at) => ({
      type: 'recall',
      ticketId,
      windowId,
      at,
    }),
  );
  action(
    'no-show',
    '过号: the visitor did not come',
    TicketActionBody,
    (ticketId, windowId, at) => ({
      type: 'noShow',
      ticketId,
      windowId,
      at,
    }),
  );
  action('start', '开始办理', TicketActionBody, (ticketId, windowId, at) => ({
    type: 'start',
    ticketId,
    windowId,
    at,
  }));
  action('finish', '办结', TicketActionBody, (ticketId, windowId, at) => ({
    type: 'finish',
    ticketId,
    windowId,
    at,
  }));
  action(
    'transfer',
    '转移: to another unit, item or window, front or back',
    TransferBody,
    (ticketId, windowId, at, body) => {
      const b = body as TransferBody;
      return {
        type: 'transfer',
        ticketId,
        windowId,
        at,
        position: b.position,
        ...(b.toUnitId ? { toUnitId: b.toUnitId } : {}),
        ...(b.toItemId ? { toItemId: b.toItemId } : {}),
        ...(b.toWindowId ? { toWindowId: b.toWindowId } : {}),
        ...(b.note ? { note: b.note } : {}),
      };
    },
  );

  app.post(
    '/tickets/:id/restore',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['tickets'],
        summary:
          '过号恢复: a 过号 ticket of today waits again with its number, at the front or the back (a clerk at a window of the site, a supervisor or admin)',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: RestoreBody,
        response: { 200: TicketReply, ...errors },
      },
    },
    async (request) => {
      const { staff, windowId } = staffOf(request);
      const id = request.params.id;
      const state = app.hall.state;
      const known = Object.hasOwn(state.noShows, id)
        ? state.noShows[id]
        : Object.hasOwn(state.tickets, id)
          ? state.tickets[id]
          : app.hall.store.ticket(id);
      if (!known) throw new HallqError('HALLQ_E_TICKET_NOT_FOUND');
      // The ticket's site must be the staff member's (district staff: also the townships').
      writeSite(app, request, known.siteId);
      // A clerk restores from the window they sit at (the visitor is in front
      // of them); supervisors and admins from anywhere.
      let at: string | undefined;
      if (staff.role === 'clerk') {
        if (!windowId || app.hall.state.windows[windowId]?.staffId !== staff.id)
          throw new HallqError('HALLQ_E_NOT_SIGNED_IN_HERE');
        at = windowId;
      } else if (windowId && app.hall.state.windows[windowId]?.staffId === staff.id) {
        at = windowId;
      }
      return once(
        request,
        'POST /tickets/:id/restore',
        () => ({
          type: 'restore',
          ticketId: id,
          position: request.body.position,
          staffId: staff.id,
          ...(at !== undefined ? { windowId: at } : {}),
          at: app.clock.now(),
        }),
        (next) => ({ ticket: viewOf(id, next) }),
      );
    },
  );

  app.post(
    '/tickets/:id/cancel',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['tickets'],
        summary:
          '取消: cancel a ticket — the clerk the ticket their window holds, a supervisor or admin any active ticket of their site',
        params: IdParams,
        body: CancelBody,
        response: { 200: TicketReply, ...errors },
      },
    },
    async (request) => {
      const { staff, windowId } = staffOf(request);
      const id = request.params.id;
      const active = Object.hasOwn(app.hall.state.tickets, id)
        ? app.hall.state.tickets[id]
        : undefined;
      const base = {
        type: 'cancel' as const,
        ticketId: id,
        at: app.clock.now(),
        ...(request.body.reason ? { reason: request.body.reason } : {}),
      };
      if (staff.role === 'clerk') {
        // A clerk cancels at their own window, and only the ticket it holds (core Q15).
        if (!windowId || app.hall.state.windows[windowId]?.staffId !== staff.id)
          throw new HallqError('HALLQ_E_NOT_SIGNED_IN_HERE');
        app.hall.execute({ ...base, windowId });
      } else {
        // A supervisor resolves any active ticket of their own site (the
        // district hall's oversee the township halls).
        if (active) writeSite(app, request, active.siteId);
        app.hall.execute(base);
      }
      return { ticket: viewOf(id) };
    },
  );
};

export default routes;
