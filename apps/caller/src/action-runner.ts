/**
 * One clerk action at a time, never lost and never fired twice.
 *
 * Every user action gets a fresh Idempotency-Key. While one is in flight,
 * further presses are refused (a double press is one call). If it fails with
 * a NetworkError the request may or may not have reached the server, so the
 * attempt is kept — same key, same body — until the clerk retries it
 * (pressing its key again, or the retry button) or dismisses it. Nothing is
 * ever retried automatically.
 */
import { NetworkError } from '@hallq/client';

export type ActionId =
  | 'callNext'
  | 'recall'
  | 'start'
  | 'finish'
  | 'noShow'
  | 'transfer'
  | 'pause'
  | 'resume'
  | 'callTicket'
  | 'restore'
  | 'signOut';

export interface Attempt {
  id: ActionId;
  key: string;
  run: (key: string) => Promise<void>;
}

export interface RunnerState {
  busy: ActionId | undefined;
  /** An attempt that ended in a NetworkError, waiting for the clerk. */
  failed: Attempt | undefined;
}

export type Outcome =
  | { kind: 'done' }
  | { kind: 'refused'; why: 'busy' | 'failedPending' }
  | { kind: 'error'; error: unknown };

export class ActionRunner {
  private current: RunnerState = { busy: undefined, failed: undefined };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly newKey: () => string) {}

  get state(): RunnerState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Start a new action. While a failed attempt is pending, the same action
   * retries it (its original key and body); any other action is refused.
   */
  run(id: ActionId, run: (key: string) => Promise<void>): Promise<Outcome> {
    if (this.current.busy) return Promise.resolve({ kind: 'refused', why: 'busy' });
    const failed = this.current.failed;
    if (failed) {
      if (failed.id === id) return this.retry();
      return Promise.resolve({ kind: 'refused', why: 'failedPending' });
    }
    return this.attempt({ id, key: this.newKey(), run });
  }

  /** Send the pending failed attempt again, with its original key. */
  retry(): Promise<Outcome> {
    const failed = this.current.failed;
    if (this.current.busy || !failed) return Promise.resolve({ kind: 'refused', why: 'busy' });
    return this.attempt(failed);
  }

  /** The clerk gives up on the failed attempt (after checking the screen). */
  dismiss(): void {
    if (this.current.failed && !this.current.busy) this.set({ failed: undefined });
  }

  private async attempt(a: Attempt): Promise<Outcome> {
    this.set({ busy: a.id });
    try {
      await a.run(a.key);
      this.set({ busy: undefined, failed: undefined });
      return { kind: 'done' };
    } catch (error) {
      if (error instanceof NetworkError) {
        this.set({ busy: undefined, failed: a });
      } else {
        this.set({ busy: undefined, failed: undefined });
      }
      return { kind: 'error', error };
    }
  }

  private set(patch: Partial<RunnerState>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l();
  }
}
