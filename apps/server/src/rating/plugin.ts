/**
 * 好差评 on the app (`app.ratings`): the ratings tables kept from the rating
 * events in their own transaction, the settings (core R2 defaults) and the
 * official calendar, a pass every 10 s that records the tickets whose
 * rating windows are over (the pad's, then the phone's), and the outbox's deliveries every few seconds
 * (HALLQ_SUPERVISION_SECONDS 0, as in the tests, leaves both to be called).
 */
import fp from 'fastify-plugin';
import { ratingSettings } from '@hallq/core';
import { isRatingEvent } from './rating-events';
import { RatingService } from './rating-service';
import { RatingTable } from './rating-table';
import { parseEndpoints, RatingOutbox } from './rating-outbox';

declare module 'fastify' {
  interface FastifyInstance {
    ratings: RatingService;
    ratingOutbox: RatingOutbox;
  }
}

/** Pads time out after a minute: the sweep looks often (two indexed range reads). */
const SWEEP_MS = 10_000;
/** How often the outbox looks for deliveries due (each waits its own backoff). */
const DELIVER_MS = 5_000;

export default fp(
  async (app) => {
    const table = new RatingTable(app.db, () => app.clock.now());
    const service = new RatingService(app.hall, app.db, table, ratingSettings());
    app.decorate('ratings', service);
    const outbox = new RatingOutbox(app.db, parseEndpoints(app.config.HALLQ_RATING_ENDPOINTS), () =>
      app.clock.now(),
    );
    app.decorate('ratingOutbox', outbox);
    const stop = app.hall.addAdminReader(({ event }) => {
      if (!isRatingEvent(event)) return;
      table.record(event);
      // Queued with the rating itself: both are written, or neither.
      if (event.type === 'rating.submitted') outbox.enqueue(event);
    });
    const deliver = () =>
      outbox.deliverDue().catch((err: unknown) => app.log.error({ err }, 'rating delivery failed'));
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
    const delivery =
      app.config.HALLQ_SUPERVISION_SECONDS > 0
        ? setInterval(() => void deliver(), DELIVER_MS)
        : undefined;
    delivery?.unref();
    app.addHook('preClose', async () => {
      clearInterval(timer);
      clearInterval(delivery);
      stop();
    });
  },
  { name: 'ratings', dependencies: ['hall', 'admin'] },
);
