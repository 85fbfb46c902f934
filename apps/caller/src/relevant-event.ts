/**
 * Which of this window's reads (its state, its queue, the clerk's figures) a
 * hall event may have changed. Events are only signals here: the screen reads
 * the answer from the server. Beyond the event's name it relies on
 * `payload.window.id` and `payload.ticket.id` only; where a finer field
 * (a ticket's unit, a transfer's target) is present it narrows the reads,
 * and where it is missing the queue is simply read again.
 */
import type { WireEvent } from '@hallq/protocol';

export type WindowRead = 'window' | 'queue' | 'stats';

const ALL: readonly WindowRead[] = ['window', 'queue', 'stats'];

/** A string field the wire may or may not carry (read without trusting the payload's type). */
function optional(value: unknown, field: string): string | undefined {
  const v = (value as Record<string, unknown> | undefined)?.[field];
  return typeof v === 'string' ? v : undefined;
}

export function readsAffectedBy(
  e: WireEvent,
  windowId: string,
  unitIds: readonly string[],
  currentTicketId: string | undefined,
): readonly WindowRead[] {
  if (e.name === 'day.closed') return ALL;
  if (e.name === 'notice.updated') return [];
  const p = e.payload as { window?: { id?: unknown }; ticket?: { id?: unknown } };
  if (p.window?.id === windowId) return e.name.startsWith('window.') ? ['window'] : ALL;
  if (e.name.startsWith('window.')) return [];

  // A ticket event at another window (or at none: issued, cancelled).
  const reads = new Set<WindowRead>();
  if (currentTicketId !== undefined && p.ticket?.id === currentTicketId) reads.add('window');
  const inMyUnits = (unitId: string | undefined) =>
    unitId === undefined || unitIds.includes(unitId);
  let queue = inMyUnits(optional(p.ticket, 'unitId'));
  if (e.name === 'ticket.transferred') {
    const toWindow = optional(e.payload, 'toWindowId');
    const toUnit = optional(e.payload, 'toUnitId');
    queue ||= toWindow === windowId || inMyUnits(toUnit);
  }
  if (queue) reads.add('queue');
  return [...reads];
}
