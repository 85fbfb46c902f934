/**
 * 好差评 on the app (`app.ratings`): the ratings tables kept from the rating
 * events in their own transaction, the settings (core R2 defaults) and the
 * official calendar, and a pass every minute that closes the tickets whose
 * rating windows are over (HALLQ_SUPERVISION_SECONDS 0, as in the tests,
 * leaves it to be called).
 */
import fp from 'fastify-plugin';
import { ratingSettings, workCalendar } from '@hallq/core';
import { isRatingEvent } from './rating-events';
import { RatingService } from './rating-service';
import { RatingTable } from './rating-table';

declare module 'fastify' {
  interface FastifyInstance {
    ratings: RatingService;
  }
}

const SWEEP_MS = 60_000;

export default fp(
  async (app) => {
    const table = new RatingTable(app.db);
    const service = new RatingService(app.hall, app.db, table, ratingSettings(), workCalendar());
    app.decorate('ratings', service);
    const stop = app.hall.addAdminReader(({ event }) => {
      if (isRatingEvent(event)) table.record(event);
    });
    const timer =
      app.config.HALLQ_SUPERVISION_SECONDS > 0
        ? setInterval(() => {
            try {
              service.closeOverdue();
            } catch (err) {
              app.log.error({ err }, 'closing unrated tickets failed');
            }
          }, SWEEP_MS)
        : undefined;
    timer?.unref();
    app.addHook('preClose', async () => {
      clearInterval(timer);
      stop();
    });
  },
  { name: 'ratings', dependencies: ['hall', 'admin'] },
);
