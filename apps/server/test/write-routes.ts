/**
 * Every write route of the API, with who may call it, a valid body, and
 * malformed bodies specific to it. The auth and validation suites walk this
 * table; a test checks that it lists every write route the OpenAPI document
 * has, so a new route cannot escape them.
 */
import { ADMIN_ROUTES } from './admin-write-routes';
import { DEVICE_AND_SERVICE_ROUTES } from './device-and-service-write-routes';
import { QUEUE_WRITE_ROUTES } from './queue-write-routes';
import type { WriteRoute } from './write-route';

export { hallFixture, type Caller, type HallFixture } from './hall-fixture';
export type { WriteRoute } from './write-route';

export const WRITE_ROUTES: WriteRoute[] = [
  ...QUEUE_WRITE_ROUTES,
  ...ADMIN_ROUTES,
  ...DEVICE_AND_SERVICE_ROUTES,
];

/**
 * The write routes open without a token: signing in, a screen asking for a
 * pairing code, and the visitor rating from the phone page (the ticket id is
 * the capability).
 */
export const OPEN_WRITE_ROUTES = [
  'POST /api/v1/auth/login',
  'POST /api/v1/devices/pairing',
  'POST /api/v1/setup',
  'POST /api/v1/tickets/{id}/rating',
  'POST /api/v1/tickets/{id}/rating/rectification',
];
