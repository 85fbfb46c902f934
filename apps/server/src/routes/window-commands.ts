/**
 * Commands at a window: the clerk's call next, call a chosen ticket, pause
 * and resume, and a supervisor's closing a window its clerk left signed in.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { HallState } from '@hallq/core';
import {
  CallNextBody,
  CallTicketBody,
  EmptyBody,
  ErrorBody,
  IdParams,
  IdempotencyHeaders,
  PauseBody,
  TicketReply,
  WindowReply,
} from '@hallq/protocol';
import { staffOf } from '../plugins/auth';
import { HallqError } from '../errors';
import { clerkOnce } from './clerk-once';
import { writeSite } from './site-scope';
import { ticketView, windowView } from '../domain/views';
import { auditAction } from '../supervisor-actions/action-audit';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  /** The session must be signed into this very window. */
  const signedInto = (request: FastifyRequest<{ Params: { id: string } }>) => {
    const s = staffOf(request);
    if (!app.hall.catalog.windows[request.params.id])
      throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND');
    if (s.windowId !== request.params.id) throw new HallqError('HALLQ_E_NOT_SIGNED_IN_HERE');
    // A session keeps naming its window after its clerk moved on (another tab,
    // another window, a supervisor's sign-out): only the clerk holding it now acts there.
    const holder = app.hall.state.windows[request.params.id]?.staffId;
    if (holder !== undefined && holder !== s.staff.id)
      throw new HallqError('HALLQ_E_NOT_SIGNED_IN_HERE');
    return s;
  };

  const once = clerkOnce(app);

  /**
   * 选号 by the number the visitor holds up: the window's site's ticket of
   * today with that number. One scan of the active tickets, once per 选号.
   * A 过号 number of today is told apart (该号已过号，可恢复), with its id so
   * the screen can offer to restore it.
   */
  const ticketByNumber = (windowId: string, typed: string): string => {
    const number = typed.trim().toUpperCase();
    const siteId = app.hall.catalog.windows[windowId]?.siteId;
    const state = app.hall.state;
    const day = siteId === undefined ? undefined : state.businessDays[siteId];
    const same = (t: { siteId: string; businessDay: string; number: string }) =>
      t.siteId === siteId && t.businessDay === day && t.number === number;
    const active = Object.values(state.tickets).find(same);
    if (active) return active.id;
    const passed = Object.values(state.noShows).find(same);
    if (passed) throw new HallqError('HALLQ_E_TICKET_NO_SHOW', { ticketId: passed.id, number });
    throw new HallqError('HALLQ_E_TICKET_NOT_FOUND', { number });
  };

  const calledTicket = (state: HallState, windowId: string) => {
    const id = state.windows[windowId]?.currentTicketId;
    const t = id ? state.tickets[id] : undefined;
    if (!t) throw new HallqError('HALLQ_E_INTERNAL');
    return { ticket: ticketView(t, state, app.clock.now()) };
  };

  app.post(
    '/windows/:id/call-next',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['windows'],
        summary: '叫号: call the next visitor (clerk signed into this window)',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: Type.Optional(CallNextBody),
        response: { 200: TicketReply, ...errors },
      },
    },
    async (request) => {
      signedInto(request);
      const expected = request.body?.expectedCurrentTicketId;
      const windowId = request.params.id;
      return once(
        request,
        'POST /windows/:id/call-next',
        () => {
          // The screen says what it believes is current; if the window moved on, refuse.
          const current = app.hall.state.windows[windowId]?.currentTicketId ?? null;
          if (expected !== undefined && expected !== current)
            throw new HallqError('HALLQ_E_CONFLICT');
          return { type: 'callNext', windowId, at: app.clock.now() };
        },
        (state) => calledTicket(state, windowId),
      );
    },
  );

  app.post(
    '/windows/:id/call',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['windows'],
        summary:
          '选号呼叫: call a chosen waiting ticket, by id or by the number the visitor holds; the reason is recorded',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: CallTicketBody,
        response: { 200: TicketReply, ...errors },
      },
    },
    async (request) => {
      signedInto(request);
      const windowId = request.params.id;
      const { ticketId, number, reason } = request.body;
      if ((ticketId === undefined) === (number === undefined))
        throw new HallqError('HALLQ_E_VALIDATION', { need: 'ticketId or number' });
      return once(
        request,
        'POST /windows/:id/call',
        () => ({
          type: 'callTicket',
          windowId,
          ticketId: ticketId ?? ticketByNumber(windowId, number ?? ''),
          reason,
          at: app.clock.now(),
        }),
        (state) => calledTicket(state, windowId),
      );
    },
  );

  app.post(
    '/windows/:id/pause',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['windows'],
        summary: '暂停: pause the window with a reason (午休, 临时离开…)',
        params: IdParams,
        body: PauseBody,
        response: { 200: WindowReply, ...errors },
      },
    },
    async (request) => {
      signedInto(request);
      const r = app.hall.execute({
        type: 'pauseWindow',
        windowId: request.params.id,
        reason: request.body.reason,
        ...(request.body.until ? { until: request.body.until } : {}),
        at: app.clock.now(),
      });
      return { window: windowView(request.params.id, r.state, app.hall.staff, app.clock.now()) };
    },
  );

  app.post(
    '/windows/:id/resume',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['windows'],
        summary: '恢复: resume a paused window',
        params: IdParams,
        body: Type.Optional(EmptyBody),
        response: { 200: WindowReply, ...errors },
      },
    },
    async (request) => {
      signedInto(request);
      const r = app.hall.execute({
        type: 'resumeWindow',
        windowId: request.params.id,
        at: app.clock.now(),
      });
      return { window: windowView(request.params.id, r.state, app.hall.staff, app.clock.now()) };
    },
  );

  app.post(
    '/windows/:id/sign-out',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['windows'],
        summary:
          "Close a window a clerk left signed in (admin, supervisor); its clerk's screen returns to sign-in",
        params: IdParams,
        body: Type.Optional(EmptyBody),
        response: { 200: WindowReply, ...errors },
      },
    },
    async (request) => {
      const window = app.hall.catalog.windows[request.params.id];
      if (!window) throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND');
      // A window of the supervisor's own site (district-level: also the townships').
      writeSite(app, request, window.siteId);
      const held = app.hall.state.windows[request.params.id];
      // Audited: which supervisor signed whom out, and the ticket left there.
      const r = app.hall.execute(
        { type: 'signOut', windowId: request.params.id, at: app.clock.now() },
        {},
        (result) =>
          auditAction(app.db, staffOf(request).staff, result, {
            siteId: window.siteId,
            action: 'supervisor.signOut',
            target: `window:${request.params.id}`,
            before: {
              status: held?.status,
              ...(held?.staffId ? { staffId: held.staffId } : {}),
              ...(held?.currentTicketId ? { ticketId: held.currentTicketId } : {}),
            },
          }),
      );
      return { window: windowView(request.params.id, r.state, app.hall.staff, app.clock.now()) };
    },
  );
};

export default routes;
