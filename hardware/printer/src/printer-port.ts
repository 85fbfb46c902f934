/**
 * The transport under a Printer: one PrinterPort per job, opened, used, closed.
 * Ports report failures as PortError; timeouts are the Printer's business
 * (it bounds every call and closes the port when one overruns), so a port
 * needs no timers of its own.
 */
import type { StatusQuery } from './escpos-raw';

export interface PrinterPort {
  /** Whether the printer answers DLE EOT on this transport. */
  readonly canQueryStatus: boolean;
  open(): Promise<void>;
  /** Resolves when the transport has taken all the bytes. */
  write(bytes: Uint8Array): Promise<void>;
  /** Send DLE EOT n and resolve with the one status byte the printer answers. */
  queryStatus(n: StatusQuery): Promise<number>;
  /** Release the transport gracefully. Never rejects; safe to call at any time, more than once. */
  close(): Promise<void>;
  /** Drop the transport at once, unsent bytes and all (a call overran its timeout). */
  abort(): void;
}

/**
 * - `unreachable`: could not open (connection refused, no such device);
 * - `dropped`: the connection went away while in use (worth one retry);
 * - `io`: any other transport failure.
 */
export type PortErrorKind = 'unreachable' | 'dropped' | 'io';

export class PortError extends Error {
  readonly kind: PortErrorKind;
  constructor(kind: PortErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PortError';
    this.kind = kind;
  }
}

/** Turns incoming chunks into single status bytes for waiting `queryStatus` calls. */
export class StatusReader {
  private readonly bytes: number[] = [];
  private readonly waiters: Array<{ resolve: (b: number) => void; reject: (e: Error) => void }> =
    [];
  private failure: Error | null = null;

  push(chunk: Uint8Array): void {
    for (const byte of chunk) {
      const waiter = this.waiters.shift();
      if (waiter) waiter.resolve(byte);
      else this.bytes.push(byte);
    }
  }

  /** The connection is gone: every pending and future read rejects with `error`. */
  fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  next(): Promise<number> {
    const byte = this.bytes.shift();
    if (byte !== undefined) return Promise.resolve(byte);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }
}
