/**
 * Resolved tokens, kept in memory by token hash: every authenticated request
 * resolves its token (accounts.ts). A revocation takes effect on the very
 * next request all the same: whoever revokes, deactivates or changes a
 * cached row forgets it here, and a write by another connection (the
 * `pnpm hallq` CLI runs in its own process) empties the cache, noticed
 * through SQLite's `PRAGMA data_version`, which moves only when another
 * connection commits.
 */
import type { Principal } from './account-rows';

/**
 * Resolved tokens by token hash. A hall has a few dozen live tokens (its
 * clerks' sessions and its devices), far under the bound, so eviction order
 * hardly matters: a Map dropping its oldest entry (insertion order) is
 * enough here, without a dependency.
 */
const PRINCIPALS_KEPT = 1_000;

export interface Resolved {
  principal: Principal;
  /** A session's end; devices do not expire. */
  expiresAt: number;
}

export class PrincipalCache {
  private readonly principals = new Map<string, Resolved>();
  private dataVersion: number | undefined;

  /** Reads `PRAGMA data_version` on the accounts' connection. */
  constructor(private readonly readDataVersion: () => number) {}

  /** Forget one resolved token (by its hash), or every one. */
  invalidate(tokenHash?: string): void {
    if (tokenHash === undefined) this.principals.clear();
    else this.principals.delete(tokenHash);
  }

  forgetWhere(test: (p: Principal) => boolean): void {
    for (const [hash, r] of this.principals) if (test(r.principal)) this.principals.delete(hash);
  }

  /** Whether this turn of the event loop has already looked at data_version. */
  private lookedThisTurn = false;

  /**
   * Empties the cache when another connection committed since the last look,
   * at most once per turn of the event loop: the requests parsed in one turn
   * share one look (a PRAGMA takes the WAL's read lock, and it was 4% of the
   * server's busy time while kiosks issued). Another connection's commit is
   * seen by every request of the following turns.
   */
  noticeOtherWriters(): void {
    if (this.lookedThisTurn) return;
    this.lookedThisTurn = true;
    setImmediate(() => {
      this.lookedThisTurn = false;
    });
    const version = this.readDataVersion();
    if (version !== this.dataVersion) this.principals.clear();
    this.dataVersion = version;
  }

  /** The principal kept for a token hash, unless its session has ended. */
  get(hash: string, now: number): Principal | undefined {
    const kept = this.principals.get(hash);
    return kept && now < kept.expiresAt ? kept.principal : undefined;
  }

  /** Keeps a token just resolved, dropping the oldest kept one at the bound. */
  keep(hash: string, found: Resolved): void {
    if (this.principals.size >= PRINCIPALS_KEPT) {
      const oldest = this.principals.keys().next();
      if (!oldest.done) this.principals.delete(oldest.value);
    }
    this.principals.set(hash, found);
  }
}
