/** Reading a window: its state, the queue it may call, today's 过号 tickets and its clerk's figures. */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { visitorWaitEstimator, waitingQueue } from '@hallq/core';
import {
  ErrorBody,
  IdParams,
  TicketListReply,
  WindowQueueQuery,
  WindowQueueReply,
  WindowReply,
} from '@hallq/protocol';
import { staffOf } from '../plugins/auth';
import { HallqError } from '../errors';
import { writeSite } from './site-scope';
import { ticketView, windowView } from '../domain/views';
import { summariseWaiting } from '../domain/waiting-summary';
import { meanMs } from '../store/day-figures';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/windows/:id',
    {
      schema: {
        tags: ['windows'],
        summary: 'A window: state, clerk, current ticket (open)',
        params: IdParams,
        response: { 200: WindowReply, ...errors },
      },
    },
    async (request) => {
      if (!app.hall.catalog.windows[request.params.id])
        throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND');
      return {
        window: windowView(request.params.id, app.hall.state, app.hall.staff, app.clock.now()),
      };
    },
  );

  app.get(
    '/windows/:id/queue',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['windows'],
        summary:
          'The tickets this window may call now, in call order (the first `limit`, else all), and the whole queue in figures',
        params: IdParams,
        querystring: WindowQueueQuery,
        response: { 200: WindowQueueReply, ...errors },
      },
    },
    async (request) => {
      const window = app.hall.catalog.windows[request.params.id];
      if (!window) throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND');
      // Any window of the staff member's own site: a clerk looks before a transfer.
      writeSite(app, request, window.siteId);
      const now = app.clock.now();
      const state = app.hall.state;
      const waiting = waitingQueue(state, request.params.id, now);
      const { limit } = request.query;
      const listed = limit === undefined ? waiting : waiting.slice(0, Number(limit));
      // The queue is in call order, so the people ahead of each ticket are the
      // earlier ones of its own queue (its unit, or the window it was sent to):
      // one count per queue instead of a scan of every active ticket per row.
      // The estimate is the one visitors are told (core Q25), figured once per queue.
      const seen = new Map<string, number>();
      const estimate = visitorWaitEstimator(state, now);
      return {
        tickets: listed.map((t) => {
          const queue = t.targetWindowId !== undefined ? `w:${t.targetWindowId}` : `u:${t.unitId}`;
          const ahead = seen.get(queue) ?? 0;
          seen.set(queue, ahead + 1);
          return ticketView(t, state, now, ahead, estimate);
        }),
        summary: summariseWaiting(waiting),
      };
    },
  );

  app.get(
    '/windows/:id/no-shows',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['windows'],
        summary: "Today's 过号 tickets of the window's site, newest first (to restore one)",
        params: IdParams,
        response: { 200: TicketListReply, ...errors },
      },
    },
    async (request) => {
      const window = app.hall.catalog.windows[request.params.id];
      if (!window) throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND');
      writeSite(app, request, window.siteId);
      const now = app.clock.now();
      const state = app.hall.state;
      return {
        tickets: Object.values(state.noShows)
          .filter((t) => t.siteId === window.siteId)
          .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0))
          .map((t) => ticketView(t, state, now)),
      };
    },
  );

  app.get(
    '/windows/:id/stats',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['windows'],
        summary: "The signed-in clerk's figures for today",
        params: IdParams,
        response: {
          200: Type.Object({
            served: Type.Integer(),
            avgServiceMs: Type.Integer(),
            avgWaitMs: Type.Integer(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const s = staffOf(request);
      const window = app.hall.catalog.windows[request.params.id];
      if (!window) throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND');
      // The figures of the clerk at this window, asked from this window's session.
      if (s.windowId !== window.id || app.hall.state.windows[window.id]?.staffId !== s.staff.id)
        throw new HallqError('HALLQ_E_NOT_SIGNED_IN_HERE');
      const day = app.hall.state.businessDays[window.siteId] ?? '';
      // The clerk's row of the day's figures (one primary-key read), kept by the events.
      const f = app.hall.store.dayFigures('clerk', s.staff.id, day);
      return {
        served: f?.served ?? 0,
        avgServiceMs: f ? meanMs(f.service) : 0,
        avgWaitMs: f ? meanMs(f.wait) : 0,
      };
    },
  );
};

export default routes;
