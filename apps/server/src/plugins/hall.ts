/**
 * The hall service (the only writer), the accounts, the wait for the disk
 * before any reply, and the day watcher that closes a site's
 * business day when the clock passes midnight in its zone.
 */
import fp from 'fastify-plugin';
import { businessTime } from '@hallq/core';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { HallService } from '../domain/hall-service';
import { SqliteHallStore } from '../store/sqlite-hall-store';
import { Accounts } from '../domain/accounts';

declare module 'fastify' {
  interface FastifyInstance {
    hall: HallService;
    accounts: Accounts;
    clock: Clock;
    config: Config;
    /** Close every site whose business day has passed (run by a timer; tests call it and await it). */
    closeElapsedDays(): Promise<void>;
  }
}

const IDEMPOTENCY_KEEP_MS = 2 * 24 * 3_600_000;

export default fp<{ clock: Clock; config: Config }>(
  async (app, opts) => {
    const accounts = new Accounts(app.db, opts.config.HALLQ_SESSION_HOURS);
    const store = new SqliteHallStore(app.db, app.walSync);
    const hall = new HallService(store, opts.clock, (id) => accounts.staffBrief(id));
    // A reply goes out only once every write made so far, its own included,
    // is on disk (store/wal-sync.ts): a ticket the kiosk printed, a call the
    // caller showed, a session the clerk got all survive a power cut.
    app.addHook('onSend', (_req, _reply, payload, done) => {
      if (!app.walSync.pending) return done(null, payload);
      app.walSync.durable().then(
        () => done(null, payload),
        (err: unknown) => done(err as Error),
      );
    });
    app.decorate('clock', opts.clock);
    app.decorate('config', opts.config);
    app.decorate('hall', hall);
    app.decorate('accounts', accounts);
    app.decorate('closeElapsedDays', () => {
      const now = opts.clock.now();
      for (const site of Object.values(hall.catalog.sites)) {
        const siteId = site.id;
        // A site with no business day yet (nothing issued or signed in) still
        // turns the page at midnight: its screens show the day and the rota
        // they were built on, and the close moves them to today's.
        const day = hall.state.businessDays[siteId] ?? hall.snapshot(siteId).businessDay;
        if (businessTime(now, site.timeZone).day <= day) continue;
        // A retry comes within seconds; two days of stored replies is plenty.
        hall.store.pruneIdempotentReplies(now - IDEMPOTENCY_KEEP_MS);
        try {
          hall.execute({ type: 'closeDay', siteId, at: now });
        } catch (err) {
          app.log.error({ err, siteId }, 'closing the business day failed');
        }
      }
      // For tests that read the hall right after: the close is on disk and sent.
      return store.committed();
    });
    const timer = setInterval(() => void app.closeElapsedDays(), 30_000);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'hall', dependencies: ['database'] },
);
