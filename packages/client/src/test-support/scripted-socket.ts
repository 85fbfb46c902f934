/** A socket.io client socket whose server side a test plays by hand. */
import type { SyncReply } from '@hallq/protocol';

type Handler = (...args: unknown[]) => void;

/** A socket whose server side the test plays by hand. */
export class ScriptedSocket {
  connected = true;
  /** socket.io's own retries are on (false after a server refusal). */
  active = true;
  connects = 0;
  private readonly handlers = new Map<string, Handler[]>();
  /** Sync requests not yet answered, oldest first. */
  readonly syncs: Array<{ since: number | null; answer: (reply: SyncReply) => void }> = [];

  on(name: string, handler: Handler): this {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    return this;
  }
  timeout(): this {
    return this;
  }
  emit(name: string, request: { since: number | null }, ack: (err: unknown, r: SyncReply) => void) {
    if (name === 'sync') this.syncs.push({ since: request.since, answer: (r) => ack(null, r) });
    return this;
  }
  connect(): this {
    this.connects += 1;
    return this;
  }
  close(): this {
    this.connected = false;
    return this;
  }
  /** The server sends `name` with `payload`. */
  deliver(name: string, payload: unknown): void {
    for (const handler of this.handlers.get(name) ?? []) handler(payload);
  }
  answerNext(reply: SyncReply): void {
    const sync = this.syncs.shift();
    if (!sync) throw new Error('no sync request is waiting');
    sync.answer(reply);
  }
}
