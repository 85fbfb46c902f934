/**
 * Broadcasts spread over turns of the event loop. A disk flush releases every
 * command committed while it ran at once (store/wal-sync.ts): sent in one go,
 * 34 calls to 5,000 screens queued 170,000 socket writes before any could
 * leave, held the loop for seconds and left 100 MB in the old generation
 * (bench run 14). Each turn sends queued batches until `budget` writes, then
 * lets them drain; the next turn starts a new budget. The order is kept, and
 * a batch to a quiet hall goes out at once.
 *
 * Written here: a dozen lines around setImmediate, with the budget counted in
 * the writes a batch makes (its events × the sockets of its room).
 */
export class TurnOutbox<T> {
  private readonly queue: T[] = [];
  private writes = 0;
  private turnEnds = false;

  constructor(
    /** Sends one batch; returns the socket writes it made. */
    private readonly send: (batch: T) => number,
    private readonly budget: number,
    private readonly nextTurn: (fn: () => void) => void = setImmediate,
  ) {}

  push(batch: T): void {
    this.queue.push(batch);
    this.flush();
  }

  /** Sends everything still queued, now (shutdown). */
  drainNow(): void {
    for (const batch of this.queue.splice(0)) this.send(batch);
  }

  get pending(): number {
    return this.queue.length;
  }

  private flush(): void {
    while (this.queue.length > 0 && this.writes < this.budget) {
      this.writes += this.send(this.queue.shift() as T);
    }
    if (this.turnEnds) return;
    this.turnEnds = true;
    this.nextTurn(() => {
      this.turnEnds = false;
      this.writes = 0;
      if (this.queue.length > 0) this.flush();
    });
  }
}
