/** issueTicket (Q4–Q8, Q23, Q26): checks opening hours, rota and quota, then numbers the ticket. */
import type { IssueTicket } from './commands';
import { accept, reject } from './decision';
import type { DecideContext, Decision } from './decision';
import { itemIssuedKey, serialKey } from './keys';
import type { Ticket } from './model';
import { formatNumber } from './numbering';
import { isOpenAt } from './opening-hours';
import { servedWeekdays, windowsServingUnit } from './catalog-index';
import { unitForItemAt } from './site-items';

export function decideIssue(ctx: DecideContext, command: IssueTicket): Decision {
  const { state, site, time } = ctx;
  const item = Object.hasOwn(state.catalog.items, command.itemId)
    ? state.catalog.items[command.itemId]
    : undefined;
  if (!item || !state.catalog.units[item.unitId]) {
    return reject('HALLQ_E_ITEM_NOT_FOUND', { itemId: command.itemId });
  }
  // Its own unit at its home site, the site's intake unit where enabled (Q26).
  const unitId = unitForItemAt(state.catalog, site.id, item.id);
  const unit = unitId === undefined ? undefined : state.catalog.units[unitId];
  if (!unit) return reject('HALLQ_E_ITEM_NOT_AT_SITE', { itemId: item.id, siteId: site.id });
  const home = state.catalog.units[item.unitId];
  if (item.enabled === false || unit.enabled === false || home?.enabled === false) {
    return reject('HALLQ_E_ITEM_DISABLED', { itemId: item.id });
  }
  // A 过号 ticket of the day keeps its id: a restore (Q24) puts it back.
  if (command.ticketId in state.tickets || Object.hasOwn(state.noShows, command.ticketId)) {
    return reject('HALLQ_E_DUPLICATE_ID', { ticketId: command.ticketId });
  }
  if (!isOpenAt(site, time)) {
    return reject('HALLQ_E_OUTSIDE_HOURS', {
      openingHours: site.openingHours,
      workingWeekdays: site.workingWeekdays,
    });
  }
  if (windowsServingUnit(state.catalog, unit.id, time.weekday).length === 0) {
    return reject('HALLQ_E_UNIT_NOT_SERVED_TODAY', {
      unitId: unit.id,
      weekdays: servedWeekdays(state.catalog, unit.id),
    });
  }
  const issued = state.itemIssued[itemIssuedKey(item.id, time.day)] ?? 0;
  const limited = item.dailyQuota !== undefined && unit.id === item.unitId;
  if (limited && item.dailyQuota !== undefined && issued >= item.dailyQuota) {
    return reject('HALLQ_E_QUOTA_EXHAUSTED', { itemId: item.id, quota: item.dailyQuota });
  }
  const serial = (state.serials[serialKey(site.id, unit.id, time.day)] ?? 0) + 1;
  const ticket: Ticket = {
    id: command.ticketId,
    siteId: site.id,
    unitId: unit.id,
    itemId: item.id,
    number: formatNumber(unit.ticketPrefix, serial, site.numberWidth),
    serial,
    businessDay: time.day,
    priority: command.priority,
    status: 'waiting',
    issuedAt: command.at,
    queueOrder: state.orderCounter + 1,
    front: false,
    recallCount: 0,
    transferCount: 0,
  };
  return accept({ type: 'ticket.issued', at: command.at, siteId: site.id, ticket });
}
