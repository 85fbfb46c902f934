/**
 * The waiting tickets of each queue, by call class, as lists of their ids in
 * queueOrder (Q10). A queue is a unit's (untargeted tickets) or a window's
 * (tickets transferred to it). A ticket's queueOrder is taken from a counter
 * that only grows, so joining a queue is an append; the people ahead of a
 * ticket are then two lengths and a binary search, and the next ticket of a
 * window is the head of a few lists, not a scan of every active ticket.
 *
 * Written here rather than taken from a library: three sorted arrays per
 * queue are all it needs, and they clone with the state.
 */
import { callClass } from './call-class';
import { earliestIssuedAt, heapJoined } from './queue-oldest';
import type { Ticket } from './model';
import type { HallState, QueueIndex } from './state';

export const queueKey = (ticket: Ticket): string =>
  ticket.targetWindowId !== undefined ? `w|${ticket.targetWindowId}` : `u|${ticket.unitId}`;

const orderOf = (state: HallState, id: string): number =>
  state.tickets[id]?.queueOrder ?? Number.POSITIVE_INFINITY;

/** Index of the first id of `sorted` whose ticket's queueOrder is ≥ `value`. */
function lowerBound(state: HallState, sorted: readonly string[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (orderOf(state, sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function joinQueue(state: HallState, ticket: Ticket): void {
  const key = queueKey(ticket);
  const queue = (state.queues[key] ??= [[], [], []]);
  const list = queue[callClass(ticket)];
  const at = lowerBound(state, list, ticket.queueOrder);
  if (list[at] !== ticket.id) {
    list.splice(at, 0, ticket.id);
    heapJoined(list, ticket.issuedAt, ticket.id);
  }
}

export function leaveQueue(state: HallState, ticket: Ticket): void {
  const key = queueKey(ticket);
  const queue = state.queues[key];
  if (!queue) return;
  const list = queue[callClass(ticket)];
  const at = lowerBound(state, list, ticket.queueOrder);
  if (list[at] === ticket.id) list.splice(at, 1);
  if (queue.every((l) => l.length === 0)) delete state.queues[key];
}

/** Waiting tickets of the ticket's queue called before it. */
export function aheadInQueue(state: HallState, ticket: Ticket): number {
  const queue = state.queues[queueKey(ticket)];
  if (!queue) return 0;
  const cls = callClass(ticket);
  let ahead = lowerBound(state, queue[cls], ticket.queueOrder);
  for (let c = 0; c < cls; c++) ahead += (queue[c] as string[]).length;
  return ahead;
}

/**
 * The earliest issue time among the waiting tickets of one queue ("u|unitId"
 * or "w|windowId"), every class; undefined when nobody waits. Kept beside
 * the index (queue-oldest.ts), not found by a pass over the queue.
 */
export function oldestWaiting(state: HallState, key: string): number | undefined {
  const queue = state.queues[key];
  if (!queue) return undefined;
  let oldest: number | undefined;
  queue.forEach((list, cls) => {
    const at = earliestIssuedAt(list, (id) => {
      const t = state.tickets[id];
      return t && t.status === 'waiting' && callClass(t) === cls && queueKey(t) === key
        ? t.issuedAt
        : undefined;
    });
    if (at !== undefined && (oldest === undefined || at < oldest)) oldest = at;
  });
  return oldest;
}

/** The index of the waiting tickets in `tickets` (a state read back from storage). */
export function indexWaiting(tickets: HallState['tickets']): QueueIndex {
  const queues: QueueIndex = {};
  const waiting = Object.values(tickets)
    .filter((ticket) => ticket.status === 'waiting')
    .sort((a, b) => a.queueOrder - b.queueOrder);
  for (const ticket of waiting) {
    (queues[queueKey(ticket)] ??= [[], [], []])[callClass(ticket)].push(ticket.id);
  }
  return queues;
}

/** The waiting ticket ids of `keys`' queues, by call class (each list in queueOrder). */
export function queuesOf(
  state: HallState,
  keys: readonly string[],
): [string[], string[], string[]][] {
  const out: [string[], string[], string[]][] = [];
  for (const key of keys) {
    const queue = state.queues[key];
    if (queue) out.push(queue);
  }
  return out;
}
