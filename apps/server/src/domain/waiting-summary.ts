/**
 * A window's waiting queue in figures (GET /windows/:id/queue's `summary`):
 * counts per unit and item, the priority and transferred tickets, the issue
 * times oldest first and the ticket that has waited longest. Figured over
 * the whole queue however few tickets the reply lists, so a clerk's panel
 * that shows the next fifty still counts all two thousand.
 */
import type { Ticket } from '@hallq/core';
import type { QueueCount, WindowQueueSummary } from '@hallq/protocol';

const ranked = (m: Map<string, number>): QueueCount[] =>
  [...m]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function summariseWaiting(tickets: readonly Ticket[]): WindowQueueSummary {
  const units = new Map<string, number>();
  const items = new Map<string, number>();
  const issuedAts: number[] = [];
  let priority = 0;
  let transferred = 0;
  let oldest: Ticket | undefined;
  for (const t of tickets) {
    units.set(t.unitId, (units.get(t.unitId) ?? 0) + 1);
    items.set(t.itemId, (items.get(t.itemId) ?? 0) + 1);
    if (t.priority === 'priority') priority++;
    if (t.transferCount > 0) transferred++;
    issuedAts.push(t.issuedAt);
    if (!oldest || t.issuedAt < oldest.issuedAt) oldest = t;
  }
  return {
    total: tickets.length,
    priority,
    transferred,
    byUnit: ranked(units),
    byItem: ranked(items),
    issuedAts: issuedAts.sort((a, b) => a - b),
    ...(oldest
      ? { oldest: { ticketId: oldest.id, number: oldest.number, issuedAt: oldest.issuedAt } }
      : {}),
  };
}
