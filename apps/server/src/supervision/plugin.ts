/**
 * The alert engine on the app (`app.supervision`): a pass every
 * HALLQ_SUPERVISION_SECONDS and shortly after hall events (0: only when
 * called, as the tests do on their manual clock), run a few sites per turn
 * of the event loop. Alert events are logged
 * in the site's supervision stream (domain/event-streams.ts), never sent to
 * the site's screens; once committed, each goes to the site's supervisors
 * room as the alert now stands (`alert`, with its note).
 */
import fp from 'fastify-plugin';
import type { WireEvent } from '@hallq/protocol';
import { supervisorsRoom } from '../plugins/realtime';
import { AlertEngine } from './alert-engine';

declare module 'fastify' {
  interface FastifyInstance {
    supervision: AlertEngine;
  }
}

/** A pass this soon after hall events (several events in a row make one pass)… */
const AFTER_EVENTS_MS = 250;
/** …but passes are at least this far apart, however busy the hall. */
const MIN_GAP_MS = 1_000;
/**
 * A pass evaluates sites for about this long, then lets the event loop serve
 * what came in before it goes on (a clerk's call waits at most one slice).
 */
const SLICE_MS = 1;

const alertIdOf = (e: WireEvent): string | undefined => {
  if (e.name === 'alert.opened') return e.payload.alert.id;
  if (e.name === 'alert.escalated' || e.name === 'alert.acknowledged' || e.name === 'alert.closed')
    return e.payload.alertId;
  return undefined;
};

export default fp(
  async (app) => {
    const engine = new AlertEngine(
      app.hall,
      app.accounts,
      app.db,
      { waitLimitMinutes: app.config.HALLQ_WAIT_LIMIT_MIN },
      () => app.connectedDevices(),
    );
    app.decorate('supervision', engine);
    const every = app.config.HALLQ_SUPERVISION_SECONDS * 1000;
    let closed = false;
    let lastPass = 0;
    let soon: NodeJS.Timeout | undefined;
    const passSoon = () => {
      if (every === 0 || soon !== undefined || closed) return;
      const wait = Math.max(AFTER_EVENTS_MS, MIN_GAP_MS - (Date.now() - lastPass));
      soon = setTimeout(() => {
        soon = undefined;
        pass();
      }, wait);
      soon.unref();
    };
    /** The pass under way, run a slice per turn of the event loop. */
    let running = false;
    /** Asked for while a pass ran: another follows it. */
    let again = false;
    const pass = () => {
      if (closed) return;
      if (running) {
        again = true;
        return;
      }
      again = false;
      lastPass = Date.now();
      running = true;
      let slices: ReturnType<AlertEngine['beginPass']>;
      const failed = (err: unknown) => {
        running = false;
        app.log.error({ err }, 'supervision pass failed');
      };
      const slice = () => {
        if (closed) return;
        try {
          if (slices.step(SLICE_MS)) {
            setImmediate(slice);
            return;
          }
        } catch (err) {
          failed(err);
          return;
        }
        running = false;
        // Changes left for the next pass (a burst of alerts), or hall events
        // during this one: the next comes soon.
        if (engine.more || again) passSoon();
      };
      try {
        slices = engine.beginPass();
      } catch (err) {
        failed(err);
        return;
      }
      slice();
    };
    const unsubscribe = app.hall.onEvents((_stream, events) => {
      let hallEvents = false;
      for (const e of events) {
        const id = alertIdOf(e);
        if (id === undefined) {
          hallEvents = true;
          continue;
        }
        const alert = engine.table.byId(id);
        // `e` came on the site's supervision stream: its own siteId names the room.
        if (alert) app.io.to(supervisorsRoom(e.payload.siteId)).emit('alert', alert);
      }
      if (hallEvents) passSoon();
    });
    const timer = every > 0 ? setInterval(pass, every) : undefined;
    timer?.unref();
    app.addHook('preClose', async () => {
      closed = true;
      clearInterval(timer);
      clearTimeout(soon);
      unsubscribe();
    });
  },
  { name: 'supervision', dependencies: ['hall', 'realtime', 'admin'] },
);
