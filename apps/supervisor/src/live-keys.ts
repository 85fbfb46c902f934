/**
 * Which reads a hall event makes old. The hall view itself is folded from
 * the feed; the supervision figures, the open alerts and a window's queue
 * are read over REST and read again when an event says they changed (an
 * alert's change comes in the supervisors room: alert-watch.ts). No
 * polling: a quiet hall reads nothing.
 */
import type { WireEvent } from '@hallq/protocol';

export const KEYS = {
  catalog: ['catalog'],
  supervision: ['supervision'],
  alerts: ['alerts'],
  /** Every window's queue (a prefix of ['queue', windowId]). */
  queues: ['queue'],
} as const;

export function keysForEvent(e: WireEvent): (readonly string[])[] {
  switch (e.name) {
    case 'alert.opened':
    case 'alert.escalated':
    case 'alert.acknowledged':
    case 'alert.closed':
      // A unit's mark follows its alerts' causes; read the figures with them.
      return [KEYS.alerts, KEYS.supervision];
    case 'catalog.changed':
      return [KEYS.catalog, KEYS.supervision, KEYS.queues];
    case 'notice.updated':
    case 'staff.changed':
    case 'device.changed':
    case 'device.fault':
      return [];
    default:
      return [KEYS.supervision, KEYS.queues];
  }
}
