/** What the clerk reads off the waiting queue: counts per unit and item, markers, the longest wait. */
import type { TicketView } from '@hallq/protocol';

export interface Count {
  id: string;
  count: number;
}

export interface QueueSummary {
  total: number;
  priority: number;
  transferred: number;
  /** Per unit and per item, most waiting first (ties by id, so the list does not jump). */
  byUnit: Count[];
  byItem: Count[];
  longestWaitMs: number;
  /** The ticket that has waited longest, if any. */
  longestTicketId: string | undefined;
}

const ranked = (m: Map<string, number>): Count[] =>
  [...m]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));

export function summariseQueue(tickets: readonly TicketView[], now: number): QueueSummary {
  const units = new Map<string, number>();
  const items = new Map<string, number>();
  let longestWaitMs = 0;
  let longestTicketId: string | undefined;
  let priority = 0;
  let transferred = 0;
  for (const t of tickets) {
    units.set(t.unitId, (units.get(t.unitId) ?? 0) + 1);
    items.set(t.itemId, (items.get(t.itemId) ?? 0) + 1);
    if (t.priority === 'priority') priority++;
    if (t.transferCount > 0) transferred++;
    const wait = Math.max(0, now - t.issuedAt);
    if (longestTicketId === undefined || wait > longestWaitMs) {
      longestWaitMs = wait;
      longestTicketId = t.id;
    }
  }
  return {
    total: tickets.length,
    priority,
    transferred,
    byUnit: ranked(units),
    byItem: ranked(items),
    longestWaitMs,
    longestTicketId,
  };
}
