/** The recent receipts, newest last, and waiting for the next one. */
import type { DecodedReceipt, Receipt } from './receipt';

interface Waiter {
  resolve: (receipt: Receipt) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class JobStore {
  private receipts: Receipt[] = [];
  private nextId = 1;
  /** Id of the last receipt handed out by `next()`. */
  private cursor = 0;
  private waiters: Waiter[] = [];

  constructor(private readonly maxJobs: number) {}

  add(decoded: DecodedReceipt, job: { startedAt: number; interrupted: boolean }): Receipt {
    const receipt: Receipt = { ...decoded, id: this.nextId++, receivedAt: Date.now(), ...job };
    this.receipts.push(receipt);
    if (this.receipts.length > this.maxJobs)
      this.receipts.splice(0, this.receipts.length - this.maxJobs);
    const waiter = this.waiters.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      this.cursor = receipt.id;
      waiter.resolve(receipt);
    }
    return receipt;
  }

  list(): Receipt[] {
    return [...this.receipts];
  }

  get(id: number): Receipt | undefined {
    return this.receipts.find((r) => r.id === id);
  }

  clear(): void {
    this.receipts = [];
    this.cursor = this.nextId - 1;
  }

  /** The oldest receipt not handed out yet, waiting up to `timeoutMs` for one to arrive. */
  next(timeoutMs: number): Promise<Receipt> {
    const ready = this.receipts.find((r) => r.id > this.cursor);
    if (ready) {
      this.cursor = ready.id;
      return Promise.resolve(ready);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new Error(`no print job arrived within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  close(): void {
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('the printer emulator was closed'));
    }
  }
}
