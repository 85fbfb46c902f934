/**
 * Security headers on every reply (helmet): a Content-Security-Policy
 * the screens (kiosk, caller, display, the admin console), the status page
 * and /docs pass, nosniff, frame-ancestors 'none' and
 * Referrer-Policy: no-referrer (a status URL or a screen's ?device= must not
 * leak to another site).
 *
 * The hall runs on plain HTTP inside its LAN, so HSTS and
 * upgrade-insecure-requests are off: they would make every screen unreachable.
 * No inline script runs anywhere: every page loads its code from the server.
 */
import fp from 'fastify-plugin';
import helmet from 'helmet';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // React sets style attributes through the DOM (allowed); Swagger UI and
  // the screens' fit-to-box code set inline styles too.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  // Same-origin REST and socket.io (ws: to the same host counts as 'self').
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

export default fp(
  async (app) => {
    // helmet builds its middleware once, here. (@fastify/helmet built it anew
    // for every request: a tenth of the server's time while kiosks issued.)
    const headers = helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
    });
    app.addHook('onRequest', (request, reply, done) => {
      headers(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
    });
  },
  { name: 'security-headers' },
);
