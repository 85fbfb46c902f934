/**
 * The one queue every spoken call goes through. A call is a chime followed by
 * its phrase `repeat` times; the next call waits until the previous one has
 * finished, so calls never overlap or cut each other off. Hand-written: it is
 * a few lines of promise chaining, and the ordering guarantee is the point.
 */
import type { VoiceOutput } from '@hallq/ui';

export type { VoiceOutput };

export interface Announcement {
  text: string;
  repeat: number;
}

export interface SpeechQueueOptions {
  /** Plays the chime; resolves when it has finished. */
  chime: () => Promise<void>;
  /** The current voice (it may be chosen after the queue exists); undefined = chime only. */
  output: () => VoiceOutput | undefined;
  /**
   * A screen that stays up all day must not grow without bound: past this many
   * waiting announcements the oldest is dropped (it is still on screen).
   */
  maxPending?: number;
  /** Resolves once the voice has been chosen; calls that arrive earlier wait for it. */
  ready?: Promise<unknown>;
}

export class SpeechQueue {
  private readonly pending: Announcement[] = [];
  private running = false;
  private disposed = false;
  private readonly maxPending: number;

  constructor(private readonly options: SpeechQueueOptions) {
    this.maxPending = options.maxPending ?? 24;
  }

  get size(): number {
    return this.pending.length + (this.running ? 1 : 0);
  }

  enqueue(announcement: Announcement): void {
    if (this.disposed) return;
    this.pending.push(announcement);
    while (this.pending.length > this.maxPending) this.pending.shift();
    if (!this.running) void this.drain();
  }

  /** Stops after the announcement in progress; nothing more is spoken. */
  dispose(): void {
    this.disposed = true;
    this.pending.length = 0;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      if (this.options.ready) await this.options.ready.catch(() => undefined);
      for (let next = this.pending.shift(); next; next = this.pending.shift()) {
        await this.options.chime().catch(() => undefined);
        const repeat = Math.max(1, Math.floor(next.repeat));
        for (let i = 0; i < repeat && !this.disposed; i++) {
          const output = this.options.output();
          if (!output) break;
          await output.speak(next.text).catch(() => undefined);
        }
        if (this.disposed) break;
      }
    } finally {
      this.running = false;
    }
  }
}
