/**
 * A supervisor's actions in the hall (issue 13), each audited: POST
 * /supervision/tickets/:id/call-to {windowId, note?} calls a visitor to
 * another window that is free, through the existing transfer when the
 * visitor is held at a window (supervisor-actions/call-to.ts). Signing out
 * a window its clerk left is POST /windows/:id/sign-out (window-commands.ts),
 * audited the same way. Admin and supervisor sessions, of the ticket's site.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, Id, IdParams, TicketReply } from '@hallq/protocol';
import { staffOf } from '../plugins/auth';
import { HallqError } from '../errors';
import { ticketView } from '../domain/views';
import { callTo } from '../supervisor-actions/call-to';
import { writeSite } from './site-scope';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const CallToBody = Type.Object(
  {
    windowId: Id,
    /** Why, for the receiving window and the audit (default 监察调度). */
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    '/supervision/tickets/:id/call-to',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['supervision'],
        summary:
          '调度: call a visitor to another window that is open and free (admin, supervisor; audited). A visitor held at a window is transferred there first (to the front); a waiting one must be one that window may call. HALLQ_E_WINDOW_NOT_OPEN, HALLQ_E_WINDOW_PAUSED, HALLQ_E_WINDOW_BUSY, HALLQ_E_INVALID_TRANSITION, HALLQ_E_TRANSFER_TARGET',
        params: IdParams,
        body: CallToBody,
        response: { 200: TicketReply, ...errors },
      },
    },
    async (request) => {
      const { staff } = staffOf(request);
      const ticket = app.hall.state.tickets[request.params.id];
      if (!ticket) throw new HallqError('HALLQ_E_TICKET_NOT_FOUND');
      writeSite(app, request, ticket.siteId);
      const now = app.clock.now();
      callTo(
        app.hall,
        app.db,
        staff,
        {
          ticketId: ticket.id,
          windowId: request.body.windowId,
          ...(request.body.note !== undefined ? { note: request.body.note } : {}),
        },
        now,
      );
      const state = app.hall.state;
      const called = state.tickets[ticket.id];
      if (!called) throw new HallqError('HALLQ_E_INTERNAL');
      return { ticket: ticketView(called, state, now) };
    },
  );
};

export default routes;
