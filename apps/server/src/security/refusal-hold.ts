/**
 * A refused sign-in is answered late: its 429 waits `holdMs` (a second)
 * before it goes out. A laptop spraying sign-ins over 32 connections then
 * gets 32 answers a second instead of thousands, and the hall's event loop
 * stays free for the kiosks and callers; a clerk who mistyped eleven times
 * waits one second more for the refusal. Held replies cost a socket and a
 * timer, not CPU, and are capped per address and overall: past a cap the
 * 429 goes out at once and the connection is closed, so an address that
 * opens more connections only pays for new TCP handshakes.
 */
export interface HoldLimits {
  holdMs: number;
  perAddress: number;
  overall: number;
}

export const HOLD_LIMITS: HoldLimits = { holdMs: 1_000, perAddress: 64, overall: 4_096 };

export class RefusalHold {
  private readonly byAddress = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: HoldLimits = HOLD_LIMITS) {}

  /** Held replies now (for tests). */
  get held(): number {
    return this.total;
  }

  /**
   * Resolves `true` after the hold when the refusal may be held; resolves
   * `false` at once when a cap is reached (answer now and close).
   */
  async hold(address: string): Promise<boolean> {
    const mine = this.byAddress.get(address) ?? 0;
    if (mine >= this.limits.perAddress || this.total >= this.limits.overall) return false;
    this.byAddress.set(address, mine + 1);
    this.total += 1;
    try {
      await new Promise((resolve) => setTimeout(resolve, this.limits.holdMs));
      return true;
    } finally {
      this.total -= 1;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    }
  }
}
