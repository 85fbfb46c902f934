/** Whether a hall event can change what this window's screen shows (its ticket, queue or figures). */
import type { WireEvent } from '@hallq/protocol';

export function concernsWindow(
  e: WireEvent,
  windowId: string,
  unitIds: readonly string[],
): boolean {
  switch (e.name) {
    case 'ticket.issued':
    case 'ticket.cancelled':
      return unitIds.includes(e.payload.ticket.unitId);
    case 'ticket.called':
    case 'ticket.recalled':
    case 'ticket.started':
    case 'ticket.finished':
    case 'ticket.noShow':
      return e.payload.window.id === windowId || unitIds.includes(e.payload.ticket.unitId);
    case 'ticket.transferred':
      return (
        e.payload.window.id === windowId ||
        e.payload.toWindowId === windowId ||
        unitIds.includes(e.payload.toUnitId) ||
        unitIds.includes(e.payload.ticket.unitId)
      );
    case 'window.signedIn':
    case 'window.signedOut':
    case 'window.paused':
    case 'window.resumed':
      return e.payload.window.id === windowId;
    case 'day.closed':
      return true;
    case 'notice.updated':
      return false;
  }
}
