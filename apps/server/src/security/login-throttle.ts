/**
 * Sign-in attempts, limited four ways at once: per address and username (one
 * account guessed from one terminal), per address (a laptop on the hall
 * Wi-Fi spraying usernames), per username (one account guessed from many
 * addresses, with a higher limit so that guesses from one terminal cannot
 * lock the account out everywhere) and for the whole server (so hashing can
 * never take the hall's CPU, whatever the spread). Fixed one-minute windows.
 *
 * Written here rather than with @fastify/rate-limit: that plugin keys a
 * route on one value, and a login must pass all four counters together
 * (counting an attempt only when every limit allows it). The maps hold at
 * most `global` entries, because nothing is counted past the global limit.
 */
export interface LoginLimits {
  perAddressAndUsername: number;
  perAddress: number;
  perUsername: number;
  global: number;
}

export const LOGIN_LIMITS: LoginLimits = {
  // A hall's 60 clerks sign in around 08:30, often from behind one NAT.
  perAddressAndUsername: 10,
  perAddress: 60,
  perUsername: 30,
  global: 600,
};

export type Throttled = { ok: true } | { ok: false; retryAfterSeconds: number };

export class LoginThrottle {
  private windowStart = Number.NEGATIVE_INFINITY;
  private total = 0;
  private readonly byPair = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();
  private readonly byUsername = new Map<string, number>();

  constructor(
    private readonly limits: LoginLimits = LOGIN_LIMITS,
    private readonly windowMs = 60_000,
  ) {}

  private roll(now: number): void {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.total = 0;
      this.byPair.clear();
      this.byAddress.clear();
      this.byUsername.clear();
    }
  }

  private refused(now: number): Throttled {
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)),
    };
  }

  /**
   * Before the body is read: refuses an address (or a server) that has used
   * its minute, so a spray costs the event loop no parse and no validation.
   * Counts nothing; `take` counts the attempt once the username is known.
   */
  precheck(address: string, now: number): Throttled {
    this.roll(now);
    if ((this.byAddress.get(address) ?? 0) >= this.limits.perAddress) return this.refused(now);
    if (this.total >= this.limits.global) return this.refused(now);
    return { ok: true };
  }

  /** Counts one attempt if every limit allows it. */
  take(address: string, username: string, now: number): Throttled {
    this.roll(now);
    const user = username.normalize('NFC').toLowerCase();
    const pair = `${address}\u0000${user}`;
    const p = this.byPair.get(pair) ?? 0;
    const a = this.byAddress.get(address) ?? 0;
    const u = this.byUsername.get(user) ?? 0;
    if (
      p >= this.limits.perAddressAndUsername ||
      a >= this.limits.perAddress ||
      u >= this.limits.perUsername ||
      this.total >= this.limits.global
    ) {
      return this.refused(now);
    }
    this.total += 1;
    this.byPair.set(pair, p + 1);
    this.byAddress.set(address, a + 1);
    this.byUsername.set(user, u + 1);
    return { ok: true };
  }
}
