/**
 * The alert engine on the app (`app.supervision`): a pass every
 * HALLQ_SUPERVISION_SECONDS and shortly after hall events (0: only when
 * called, as the tests do on their manual clock). Each alert event, once
 * committed and sent to the site's room, also goes to the site's
 * supervisors room as the alert now stands (`alert`, with its note).
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

/** A pass this soon after hall events (several events in a row make one pass). */
const AFTER_EVENTS_MS = 250;

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
    const pass = () => {
      if (closed) return;
      try {
        engine.tick();
      } catch (err) {
        app.log.error({ err }, 'supervision pass failed');
      }
    };
    let soon: NodeJS.Timeout | undefined;
    const unsubscribe = app.hall.onEvents((siteId, events) => {
      let hallEvents = false;
      for (const e of events) {
        const id = alertIdOf(e);
        if (id === undefined) {
          hallEvents = true;
          continue;
        }
        const alert = engine.table.byId(id);
        if (alert) app.io.to(supervisorsRoom(siteId)).emit('alert', alert);
      }
      if (every > 0 && hallEvents && soon === undefined) {
        soon = setTimeout(() => {
          soon = undefined;
          pass();
        }, AFTER_EVENTS_MS);
        soon.unref();
      }
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
