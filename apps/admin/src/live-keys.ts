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
  sites: ['admin', 'sites'],
  calendar: ['admin', 'calendar'],
  cases: ['admin', 'cases'],
} as const;

export function keysForEvent(event: WireEvent): (readonly string[])[] {
  switch (event.name) {
    case 'catalog.changed':
      return [KEYS.catalog, KEYS.sites, KEYS.audit];
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
    // 好差评: a case opened or stepped, the calendar its deadlines count on.
    case 'case.opened':
    case 'case.stepped':
    case 'case.visitorRated':
      return [KEYS.cases, KEYS.audit];
    case 'calendar.changed':
      return [KEYS.calendar, KEYS.audit];
    default:
      return [];
  }
}
