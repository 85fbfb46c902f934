/**
 * transfer (Q16): a held ticket goes back to waiting — to another unit, item
 * and/or one window of the same site — keeping its number.
 */
import type { Transfer } from './commands';
import { accept, reject } from './decision';
import { ticketFacts } from './events';
import { staffAt } from './staff-at';
import type { DecideContext, Decision } from './decision';
import { heldTicket } from './decide-ticket';
import { servedWeekdays, windowsServingUnit } from './catalog-index';
import { unitForItemAt } from './site-items';

export function decideTransfer(ctx: DecideContext, command: Transfer): Decision {
  const { state, site, time } = ctx;
  const { catalog } = state;
  const held = heldTicket(ctx, command.windowId, command.ticketId);
  if (!('id' in held)) return held;
  const { toUnitId, toItemId, toWindowId } = command;
  if (toUnitId === undefined && toItemId === undefined && toWindowId === undefined) {
    return reject('HALLQ_E_TRANSFER_TARGET', { reason: 'noTarget' });
  }
  const item = toItemId === undefined ? undefined : catalog.items[toItemId];
  if (toItemId !== undefined && !item) {
    return reject('HALLQ_E_TRANSFER_TARGET', { reason: 'unknownItem', itemId: toItemId });
  }
  // An item's unit here: its own, or this site's intake unit where enabled (Q26).
  const itemUnitId = item && (unitForItemAt(catalog, site.id, item.id) ?? item.unitId);
  if (item && toUnitId !== undefined && itemUnitId !== toUnitId) {
    return reject('HALLQ_E_TRANSFER_TARGET', {
      reason: 'itemNotOfUnit',
      itemId: item.id,
      unitId: toUnitId,
    });
  }
  // To another unit, the visitor's matter must be named there: an item of
  // that unit (its own item is kept only when it already belongs to it).
  if (
    toUnitId !== undefined &&
    item === undefined &&
    unitForItemAt(catalog, site.id, held.itemId) !== toUnitId
  ) {
    return reject('HALLQ_E_TRANSFER_TARGET', { reason: 'itemRequired', unitId: toUnitId });
  }
  // Without a unit or item the ticket stays with its unit; without an item it
  // keeps its item (the visitor's matter does not change with the desk).
  const unitId = itemUnitId ?? toUnitId ?? held.unitId;
  const unit = catalog.units[unitId];
  if (!unit || unit.siteId !== site.id) {
    return reject('HALLQ_E_TRANSFER_TARGET', { reason: 'unitNotInSite', unitId });
  }
  const toWindow = toWindowId === undefined ? undefined : catalog.windows[toWindowId];
  if (toWindowId !== undefined && (!toWindow || toWindow.siteId !== site.id)) {
    return reject('HALLQ_E_TRANSFER_TARGET', { reason: 'windowNotInSite', windowId: toWindowId });
  }
  // A ticket sent to one window is called there whatever that window's rota;
  // otherwise some window must serve the unit today, or nobody could call it.
  if (toWindowId === undefined && windowsServingUnit(catalog, unitId, time.weekday).length === 0) {
    return reject('HALLQ_E_UNIT_NOT_SERVED_TODAY', {
      unitId,
      weekdays: servedWeekdays(catalog, unitId),
    });
  }
  return accept({
    type: 'ticket.transferred',
    at: command.at,
    siteId: site.id,
    ticketId: held.id,
    ticket: ticketFacts(held),
    ...staffAt(ctx, command.windowId),
    fromWindowId: command.windowId,
    toUnitId: unitId,
    toItemId: item?.id ?? held.itemId,
    ...(toWindowId !== undefined ? { toWindowId } : {}),
    position: command.position,
    queueOrder: state.orderCounter + 1,
    ...(command.note?.trim() ? { note: command.note.trim() } : {}),
  });
}
