/**
 * Which of the console's reads a hall event makes old. The console reads
 * with TanStack Query and never polls: the site's event stream says when to
 * read again (an admin in another browser, the CLI, a clerk's sign-in).
 */
import type { WireEvent } from '@hallq/protocol';

export const KEYS = {
  catalog: ['admin', 'catalog'],
  staff: ['admin', 'staff'],
  devices: ['admin', 'devices'],
  notice: ['admin', 'notice'],
  audit: ['admin', 'audit'],
} as const;

export function keysForEvent(event: WireEvent): (readonly string[])[] {
  switch (event.name) {
    case 'catalog.changed':
      return [KEYS.catalog, KEYS.audit];
    case 'staff.changed':
      return [KEYS.staff, KEYS.audit];
    case 'device.changed':
      return [KEYS.devices, KEYS.audit];
    case 'device.fault':
      return [KEYS.devices];
    case 'notice.updated':
      return [KEYS.notice, KEYS.audit];
    // Today's remaining quota and who holds which window move with the day's work.
    case 'ticket.issued':
    case 'day.closed':
      return [KEYS.catalog];
    default:
      return [];
  }
}
