/**
 * Acting on a ticket: the clerk's 重呼, 过号, 开始办理, 办结 and 转移 at their
 * window, 过号恢复 and 取消 (a clerk at their window, a supervisor or admin).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Command } from '@hallq/core';
import {
  CancelBody,
  ErrorBody,
  IdParams,
  IdempotencyHeaders,
  RestoreBody,
  TicketActionBody,
  TicketReply,
  TransferBody,
} from '@hallq/protocol';
import { staffOf } from '../plugins/auth';
import { HallqError } from '../errors';
import { clerkOnce } from './clerk-once';
import { writeSite } from './site-scope';
import { ticketLookup } from './ticket-lookup';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const viewOf = ticketLookup(app);

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
        // The session's window may have passed to another clerk since (see window-commands.ts).
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
