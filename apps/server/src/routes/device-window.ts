/**
 * A rater (好差评 pad) is bound to one window of its site; no other kind of
 * device takes one. Checked alike when a device is created (POST /devices)
 * and when one is paired by its code (POST /devices/pair), before anything
 * is written.
 */
import type { FastifyInstance } from 'fastify';
import type { DeviceKind } from '@hallq/protocol';
import { HallqError } from '../errors';

export function checkDeviceWindow(
  app: FastifyInstance,
  kind: DeviceKind,
  windowId: string | undefined,
  siteId: string,
): void {
  if ((kind === 'rater') !== (windowId !== undefined))
    throw new HallqError('HALLQ_E_VALIDATION', { field: 'windowId', kind });
  if (windowId !== undefined && app.hall.catalog.windows[windowId]?.siteId !== siteId)
    throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND', { windowId });
}
