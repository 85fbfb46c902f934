/**
 * Reports on the app (`app.reports`): the reader of the figure rows and of
 * the ratings (report-ratings.ts), and the
 * alert counts kept in them from the alert events (alert-counts.ts), in each
 * event's own transaction.
 */
import fp from 'fastify-plugin';
import { isAlertEvent } from '../supervision/alert-events';
import { alertCounter } from './alert-counts';
import { reportReader } from './report-query';
import { reportRatingReader } from './report-ratings';

declare module 'fastify' {
  interface FastifyInstance {
    reports: {
      figures: ReturnType<typeof reportReader>;
      ratings: ReturnType<typeof reportRatingReader>;
    };
  }
}

export default fp(
  async (app) => {
    const counter = alertCounter(app.db);
    const stop = app.hall.addAdminReader(({ event }) => {
      if (isAlertEvent(event)) counter.apply(event);
    });
    app.decorate('reports', {
      figures: reportReader(app.db),
      ratings: reportRatingReader(app.db),
    });
    app.addHook('onClose', async () => {
      stop();
    });
  },
  { name: 'reports', dependencies: ['hall'] },
);
