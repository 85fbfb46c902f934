/**
 * The base of the status URL each ticket carries (its QR code). startServer
 * sets it at boot (public-url.ts: HALLQ_PUBLIC_URL, or the LAN address in
 * demo mode); an app built without it (tests) answers with the address the
 * request came to, as before. A site's own publicUrl (大厅设置) comes first.
 */
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    publicUrl: {
      /** Fix the base, e.g. `http://192.168.1.10:8080` (no trailing slash). */
      set(url: string): void;
      /** The status page URL of a ticket, as printed and shown in its QR code. */
      statusUrl(ticketId: string, request: FastifyRequest): string;
    };
  }
}

export default fp(
  async (app) => {
    let base = app.config.HALLQ_PUBLIC_URL?.replace(/\/+$/, '');
    app.decorate('publicUrl', {
      set(url: string) {
        base = url.replace(/\/+$/, '');
      },
      statusUrl(ticketId: string, request: FastifyRequest) {
        // A site that set its own address (大厅设置) has its tickets point there.
        const siteId = app.hall.state.tickets[ticketId]?.siteId;
        const own = siteId === undefined ? undefined : app.hall.catalog.sites[siteId]?.publicUrl;
        const root = own ?? base ?? `${request.protocol}://${request.host}`;
        return `${root}/t/${encodeURIComponent(ticketId)}`;
      },
    });
  },
  { name: 'public-url', dependencies: ['hall'] },
);
