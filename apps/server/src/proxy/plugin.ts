/**
 * 全程代办 on the app (`app.proxies`): the proxy tables kept from the proxy
 * events in their own transaction, and the live feed. Proxy events travel
 * on the handling site's `#proxy` stream, which no screen mirrors (a proxy
 * ticket is never called, core Q28); after each commit the ticket as it
 * stands, the applicant masked (Q30), goes to the handling site's staff
 * (room `proxy-site:<siteId>`) and to the agent (`proxy-agent:<staffId>`).
 */
import fp from 'fastify-plugin';
import type { Socket } from 'socket.io';
import { isProxyEvent } from './proxy-events';
import { ProxyService } from './proxy-service';
import { ProxyTable } from './proxy-table';

declare module 'fastify' {
  interface FastifyInstance {
    proxies: ProxyService;
  }
}

export const proxySiteRoom = (siteId: string) => `proxy-site:${siteId}`;
export const proxyAgentRoom = (staffId: string) => `proxy-agent:${staffId}`;

export default fp(
  async (app) => {
    const table = new ProxyTable(app.db, {
      item: (id) => app.hall.catalog.items[id]?.name ?? id,
      site: (id) => app.hall.catalog.sites[id]?.name ?? id,
    });
    const service = new ProxyService(app.hall, table, () => app.ratings.workCalendar);
    app.decorate('proxies', service);
    const stopReader = app.hall.addAdminReader(({ event }) => {
      if (isProxyEvent(event)) table.record(event);
    });
    // A staff session's socket joins its site's proxy room and its own.
    const join = (socket: Socket) => {
      const data = socket.data as { siteId?: string; staffId?: string; tokenKind?: string };
      if (data.tokenKind !== 'staff' || !data.staffId || !data.siteId) return;
      void socket.join(proxySiteRoom(data.siteId));
      void socket.join(proxyAgentRoom(data.staffId));
    };
    app.io.on('connection', join);
    const stopFeed = app.hall.onEvents((_stream, events) => {
      for (const e of events) {
        if (e.name !== 'proxy.registered' && e.name !== 'proxy.stepped') continue;
        const row = table.row(e.payload.proxyId);
        if (!row) continue;
        const view = table.view(row, app.hall.now(), false);
        app.io.to([proxySiteRoom(row.site_id), proxyAgentRoom(row.agent_id)]).emit('proxy', view);
      }
    });
    app.addHook('preClose', async () => {
      stopReader();
      stopFeed();
      app.io.off('connection', join);
    });
  },
  { name: 'proxies', dependencies: ['hall', 'realtime', 'ratings'] },
);
