/**
 * Security headers on every reply (@fastify/helmet): a Content-Security-Policy
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
import helmet from '@fastify/helmet';

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
    await app.register(helmet, {
      global: true,
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
    });
  },
  { name: 'security-headers' },
);
