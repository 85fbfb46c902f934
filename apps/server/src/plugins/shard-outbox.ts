/**
 * Broadcasts sent a shard of the room at a time, each shard everything it
 * has waiting at once.
 *
 * The turn outbox (turn-outbox.ts) bounds how many socket writes one turn
 * of the event loop queues. Fed one event at a time, it let each socket's
 * send finish between turns, so engine.io sent every packet on its own
 * (a send, its callback and a flush for each). With 5,000 screens that
 * made a round of calls reach the last screen about twice as late as a
 * bare socket.io server that sends the round in one go (RESULTS.md, run
 * 18). Here each site's screens are split into shard rooms; the
 * turn outbox carries shard names, and a shard sent gets every event that
 * waits for it in one run. engine.io then gathers each socket's packets
 * into one send, and the writes a turn queues stay bounded by the shard's
 * size. Each shard's events keep their order, which is all a socket sees.
 */
import { TurnOutbox } from './turn-outbox';

export class ShardOutbox<E> {
  /** Events not yet sent, by shard; a shard is in the turn outbox once while it has some. */
  private readonly waiting = new Map<string, E[]>();
  private readonly outbox: TurnOutbox<string>;

  constructor(
    /** Sends these events to the shard's room; returns the socket writes it made. */
    send: (shard: string, events: readonly E[]) => number,
    budget: number,
    nextTurn?: (fn: () => void) => void,
  ) {
    this.outbox = new TurnOutbox<string>(
      (shard) => {
        const events = this.waiting.get(shard) ?? [];
        this.waiting.delete(shard);
        return send(shard, events);
      },
      budget,
      nextTurn,
    );
  }

  /** Queues the events for every one of the shards (a quiet hall's go out at once). */
  push(shards: readonly string[], events: readonly E[]): void {
    for (const shard of shards) {
      const list = this.waiting.get(shard);
      if (list) list.push(...events);
      else {
        this.waiting.set(shard, [...events]);
        this.outbox.push(shard);
      }
    }
  }

  /** Sends everything still waiting, now (shutdown). */
  drainNow(): void {
    this.outbox.drainNow();
  }

  /** Shards with events waiting. */
  get pending(): number {
    return this.outbox.pending;
  }
}

/**
 * The shard a new screen joins: the first with fewer than `cap`, else the
 * least full. Shards fill in order, so a small hall's screens share the
 * first and each event is encoded once for them.
 */
export function fillingShard(
  shards: readonly string[],
  size: (shard: string) => number,
  cap: number,
): string {
  let least: string | undefined;
  let leastSize = Infinity;
  for (const shard of shards) {
    const n = size(shard);
    if (n < cap) return shard;
    if (n < leastSize) [least, leastSize] = [shard, n];
  }
  if (least === undefined) throw new Error('no shards');
  return least;
}
