/**
 * The site a command acts on, found from what it names (item, window, ticket
 * or site). Unknown ids become the matching NOT_FOUND error.
 */
import type { Command } from './commands';
import { domainError } from './errors';
import type { DomainError } from './errors';
import type { Site } from './model';
import type { HallState } from './state';

function siteById(state: HallState, siteId: string | undefined): Site | DomainError {
  const site = siteId === undefined ? undefined : state.catalog.sites[siteId];
  return site ?? domainError('HALLQ_E_SITE_NOT_FOUND', { siteId });
}

export function locateSite(state: HallState, command: Command): Site | DomainError {
  const { catalog } = state;
  switch (command.type) {
    case 'issueTicket': {
      // Issued at a named site (a township's kiosk, Q26), else at the item's home.
      if (command.siteId !== undefined) return siteById(state, command.siteId);
      const item = catalog.items[command.itemId];
      if (!item) return domainError('HALLQ_E_ITEM_NOT_FOUND', { itemId: command.itemId });
      const unit = catalog.units[item.unitId];
      if (!unit) return domainError('HALLQ_E_UNIT_NOT_FOUND', { unitId: item.unitId });
      return siteById(state, unit.siteId);
    }
    case 'cancel': {
      const ticket = state.tickets[command.ticketId];
      if (!ticket) return domainError('HALLQ_E_TICKET_NOT_FOUND', { ticketId: command.ticketId });
      return siteById(state, ticket.siteId);
    }
    case 'restore': {
      const ticket = Object.hasOwn(state.noShows, command.ticketId)
        ? state.noShows[command.ticketId]
        : Object.hasOwn(state.tickets, command.ticketId)
          ? state.tickets[command.ticketId]
          : undefined;
      if (!ticket) return domainError('HALLQ_E_TICKET_NOT_FOUND', { ticketId: command.ticketId });
      return siteById(state, ticket.siteId);
    }
    case 'closeDay':
      return siteById(state, command.siteId);
    default: {
      const window = catalog.windows[command.windowId];
      if (!window || !state.windows[command.windowId]) {
        return domainError('HALLQ_E_WINDOW_NOT_FOUND', { windowId: command.windowId });
      }
      return siteById(state, window.siteId);
    }
  }
}
