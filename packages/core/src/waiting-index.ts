/**
 * The waiting tickets of each queue, by call class, as sorted lists of their
 * queueOrder (Q10). A queue is a unit's (untargeted tickets) or a window's
 * (tickets transferred to it). A ticket's queueOrder is taken from a counter
 * that only grows, so joining a queue is an append; the people ahead of a
 * ticket are then two lengths and a binary search, not a scan of every
 * active ticket.
 *
 * Written here rather than taken from a library: three sorted arrays of
 * numbers per queue are all it needs, and they clone with the state.
 */
import { callClass } from './call-class';
import type { Ticket } from './model';
import type { HallState, QueueIndex } from './state';

export const queueKey = (ticket: Ticket): string =>
  ticket.targetWindowId !== undefined ? `w|${ticket.targetWindowId}` : `u|${ticket.unitId}`;

/** Index of the first entry of `sorted` that is ≥ `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function joinQueue(state: HallState, ticket: Ticket): void {
  const key = queueKey(ticket);
  const queue = (state.queues[key] ??= [[], [], []]);
  const list = queue[callClass(ticket)];
  const at = lowerBound(list, ticket.queueOrder);
  if (list[at] !== ticket.queueOrder) list.splice(at, 0, ticket.queueOrder);
}

export function leaveQueue(state: HallState, ticket: Ticket): void {
  const key = queueKey(ticket);
  const queue = state.queues[key];
  if (!queue) return;
  const list = queue[callClass(ticket)];
  const at = lowerBound(list, ticket.queueOrder);
  if (list[at] === ticket.queueOrder) list.splice(at, 1);
  if (queue.every((l) => l.length === 0)) delete state.queues[key];
}

/** Waiting tickets of the ticket's queue called before it. */
export function aheadInQueue(state: HallState, ticket: Ticket): number {
  const queue = state.queues[queueKey(ticket)];
  if (!queue) return 0;
  const cls = callClass(ticket);
  let ahead = lowerBound(queue[cls], ticket.queueOrder);
  for (let c = 0; c < cls; c++) ahead += (queue[c] as number[]).length;
  return ahead;
}

/** The index of the waiting tickets in `tickets` (a state read back from storage). */
export function indexWaiting(tickets: HallState['tickets']): QueueIndex {
  const queues: QueueIndex = {};
  for (const ticket of Object.values(tickets)) {
    if (ticket.status !== 'waiting') continue;
    (queues[queueKey(ticket)] ??= [[], [], []])[callClass(ticket)].push(ticket.queueOrder);
  }
  for (const queue of Object.values(queues)) for (const list of queue) list.sort((a, b) => a - b);
  return queues;
}
