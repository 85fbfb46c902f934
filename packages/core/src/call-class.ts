/**
 * Call order between waiting tickets (Q10): transferred-to-front first, then
 * priority, then normal; within a class, smaller queueOrder first.
 */
import type { Ticket } from './model';

/** 0 = front, 1 = priority, 2 = ordinary. */
export type CallClass = 0 | 1 | 2;

export const callClass = (ticket: Ticket): CallClass =>
  ticket.front ? 0 : ticket.priority === 'priority' ? 1 : 2;

export const compareCallOrder = (a: Ticket, b: Ticket): number =>
  callClass(a) - callClass(b) || a.queueOrder - b.queueOrder;
