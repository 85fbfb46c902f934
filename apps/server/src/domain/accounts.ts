/**
 * Staff accounts, their sessions, and device tokens. Tokens are opaque and
 * stored hashed; a session can be revoked at any time.
 *
 * Every authenticated request resolves its token, so resolved tokens are
 * kept in memory by token hash. A revocation takes effect on the very next
 * request all the same: every method here that revokes, deactivates or
 * changes a cached row forgets it, and a write by another connection (the
 * `pnpm hallq` CLI runs in its own process) empties the cache, noticed
 * through SQLite's `PRAGMA data_version`, which moves only when another
 * connection commits.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { DeviceKind, Role, StaffView } from '@hallq/protocol';
import { belowCurrentCost, hashPasswordAsync, verifyPasswordAsync } from '../security/password';
import { hashToken, newToken, tokenKind } from '../security/tokens';
import { statementCache } from '../store/statements';

export interface StaffRow {
  id: string;
  username: string;
  name: string;
  staff_no: string;
  role: Role;
  site_id: string;
  window_ids: string;
  password_hash: string;
  demo: number;
  active: number;
}
export interface DeviceRow {
  id: string;
  kind: DeviceKind;
  site_id: string;
  name: string;
  printer_url: string | null;
  window_id: string | null;
  zone: string | null;
  demo: number;
  revoked_at: number | null;
  last_seen_at: number | null;
  printer_status: string | null;
  voice_source: string | null;
}

export type Principal =
  | { kind: 'staff'; staff: StaffRow; windowId: string | undefined; tokenHash: string }
  | { kind: 'device'; device: DeviceRow };

export interface NewStaff {
  username: string;
  /** Its stored form (security/password.ts), hashed before the write's transaction. */
  passwordHash: string;
  name: string;
  staffNo: string;
  role: Role;
  siteId: string;
  windowIds?: string[];
  demo?: boolean;
}

export interface NewDevice {
  kind: DeviceKind;
  siteId: string;
  name: string;
  printerUrl?: string;
  windowId?: string;
  zone?: string;
  demo?: boolean;
  id?: string;
}

/**
 * Resolved tokens by token hash. A hall has a few dozen live tokens (its
 * clerks' sessions and its devices), far under the bound, so eviction order
 * hardly matters: a Map dropping its oldest entry (insertion order) is
 * enough here, without a dependency.
 */
const PRINCIPALS_KEPT = 1_000;

interface Resolved {
  principal: Principal;
  /** A session's end; devices do not expire. */
  expiresAt: number;
}

export class Accounts {
  private readonly principals = new Map<string, Resolved>();
  private dataVersion: number | undefined;

  /** Forget one resolved token (by its hash), or every one. */
  invalidate(tokenHash?: string): void {
    if (tokenHash === undefined) this.principals.clear();
    else this.principals.delete(tokenHash);
  }

  private forgetWhere(test: (p: Principal) => boolean): void {
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
  private noticeOtherWriters(): void {
    if (this.lookedThisTurn) return;
    this.lookedThisTurn = true;
    setImmediate(() => {
      this.lookedThisTurn = false;
    });
    const version = this.sql(`PRAGMA data_version`).pluck().get() as number;
    if (version !== this.dataVersion) this.principals.clear();
    this.dataVersion = version;
  }

  /** Statements are prepared once: every authenticated request resolves a token. */
  private readonly sql: (text: string) => Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly sessionHours: number,
  ) {
    this.sql = statementCache(db);
  }

  createStaff(s: NewStaff, now: number): StaffRow {
    const id = `staff-${s.username}`;
    this.sql(
      `INSERT INTO staff (id, username, name, staff_no, role, site_id, window_ids, password_hash, demo, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      s.username,
      s.name,
      s.staffNo,
      s.role,
      s.siteId,
      JSON.stringify(s.windowIds ?? []),
      s.passwordHash,
      s.demo ? 1 : 0,
      now,
    );
    return this.staffById(id) as StaffRow;
  }

  createDevice(d: NewDevice, now: number): { device: DeviceRow; token: string } {
    const token = newToken('device');
    const id = d.id ?? `${d.kind}-${randomUUID().slice(0, 8)}`;
    this.sql(
      `INSERT INTO devices (id, kind, site_id, name, token_hash, printer_url, window_id, zone, demo, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      d.kind,
      d.siteId,
      d.name,
      hashToken(token),
      d.printerUrl ?? null,
      d.windowId ?? null,
      d.zone ?? null,
      d.demo ? 1 : 0,
      now,
    );
    return { device: this.deviceById(id) as DeviceRow, token };
  }

  /** A staff member by username, enabled or not (whose account a refused sign-in named). */
  staffByUsername(username: string): StaffRow | undefined {
    return this.sql(`SELECT * FROM staff WHERE username = ?`).get(username) as StaffRow | undefined;
  }
  staffById(id: string): StaffRow | undefined {
    return this.sql(`SELECT * FROM staff WHERE id = ?`).get(id) as StaffRow | undefined;
  }
  deviceById(id: string): DeviceRow | undefined {
    return this.sql(`SELECT * FROM devices WHERE id = ?`).get(id) as DeviceRow | undefined;
  }
  listDevices(): DeviceRow[] {
    return this.sql(`SELECT * FROM devices ORDER BY kind, id`).all() as DeviceRow[];
  }

  /**
   * A staff member's name and number, for window screens and the caller. Read
   * from the table on each use (a primary-key lookup), never from a copy made
   * at boot, so a clerk added or renamed while the server runs shows at once.
   */
  staffBrief(id: string): { id: string; name: string; staffNo: string } | undefined {
    const row = this.sql(`SELECT id, name, staff_no FROM staff WHERE id = ?`).get(id) as
      { id: string; name: string; staff_no: string } | undefined;
    return row && { id: row.id, name: row.name, staffNo: row.staff_no };
  }

  /**
   * Checks a password off the event loop; the same work whether or not the
   * user exists. The account is read again after the hash, so one disabled
   * meanwhile is refused.
   */
  async checkPassword(username: string, password: string): Promise<StaffRow | undefined> {
    const byName = this.sql(`SELECT * FROM staff WHERE username = ? AND active = 1`);
    const row = byName.get(username) as StaffRow | undefined;
    const ok = await verifyPasswordAsync(password, row?.password_hash ?? DUMMY_HASH);
    if (!ok || !row) return undefined;
    const still = byName.get(username) as StaffRow | undefined;
    if (still?.id !== row.id || still.password_hash !== row.password_hash) return undefined;
    if (belowCurrentCost(row.password_hash)) {
      // Stored at a former, lower cost: the same password at the current one.
      // Only if nothing changed it meanwhile. Not an event: the account,
      // its password and its sessions are as they were.
      const upgraded = await hashPasswordAsync(password);
      this.sql(`UPDATE staff SET password_hash = ? WHERE id = ? AND password_hash = ?`).run(
        upgraded,
        row.id,
        row.password_hash,
      );
      return (this.staffById(row.id) as StaffRow | undefined) ?? still;
    }
    return still;
  }

  /** As checkPassword, for a signed-in staff member known by id (their own password change). */
  async verifyPassword(staffId: string, password: string): Promise<StaffRow | undefined> {
    const row = this.staffById(staffId);
    const ok = await verifyPasswordAsync(password, row?.password_hash ?? DUMMY_HASH);
    if (!ok || !row || row.active !== 1) return undefined;
    const still = this.staffById(staffId);
    return still?.password_hash === row.password_hash && still.active === 1 ? still : undefined;
  }

  /**
   * A new password, in its stored form (hashed before the transaction; the
   * caller checked the policy); sessions are the caller's business.
   */
  setPasswordHash(staffId: string, passwordHash: string): void {
    this.sql(`UPDATE staff SET password_hash = ? WHERE id = ?`).run(passwordHash, staffId);
    this.forgetWhere((p) => p.kind === 'staff' && p.staff.id === staffId);
  }

  /** The token hashes of a staff member's live sessions (to close their sockets). */
  sessionHashes(staffId: string): string[] {
    return this.sql(`SELECT token_hash FROM sessions WHERE staff_id = ? AND revoked_at IS NULL`)
      .pluck()
      .all(staffId) as string[];
  }

  /**
   * Revokes a device's token; returns its hash (to close its sockets), or
   * undefined when it was revoked already.
   */
  revokeDevice(id: string, now: number): string | undefined {
    const hash = this.sql(`SELECT token_hash FROM devices WHERE id = ? AND revoked_at IS NULL`)
      .pluck()
      .get(id) as string | undefined;
    if (hash === undefined) return undefined;
    this.sql(`UPDATE devices SET revoked_at = ? WHERE id = ?`).run(now, id);
    this.invalidate(hash);
    return hash;
  }

  openSession(staffId: string, windowId: string | undefined, now: number): string {
    const token = newToken('staff');
    this.sql(
      `INSERT INTO sessions (token_hash, staff_id, window_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
    ).run(hashToken(token), staffId, windowId ?? null, now, now + this.sessionHours * 3_600_000);
    return token;
  }

  revokeSession(tokenHash: string, now: number): void {
    this.sql(`UPDATE sessions SET revoked_at = ? WHERE token_hash = ?`).run(now, tokenHash);
    this.invalidate(tokenHash);
  }

  revokeStaffSessions(staffId: string, now: number): void {
    this.sql(`UPDATE sessions SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL`).run(
      now,
      staffId,
    );
    this.forgetWhere((p) => p.kind === 'staff' && p.staff.id === staffId);
  }

  resolve(token: string | undefined, now: number): Principal | undefined {
    if (!token || token.length > 200) return undefined;
    const kind = tokenKind(token);
    if (!kind) return undefined;
    this.noticeOtherWriters();
    return this.resolveKnown(kind, hashToken(token), now);
  }

  /**
   * The tokens among `tokens` that no longer resolve (a revoked device, a
   * signed-out or disabled clerk), for the sweep over every live socket:
   * other connections' writes are looked for once for the whole sweep, and
   * each token once however many sockets share it. (Per socket, 5,000
   * screens cost 5,000 `PRAGMA data_version` reads a second.)
   */
  revoked(tokens: Iterable<{ kind: 'staff' | 'device'; hash: string }>, now: number): Set<string> {
    this.noticeOtherWriters();
    const seen = new Set<string>();
    const gone = new Set<string>();
    for (const { kind, hash } of tokens) {
      if (seen.has(hash)) continue;
      seen.add(hash);
      if (!this.resolveKnown(kind, hash, now)) gone.add(hash);
    }
    return gone;
  }

  private resolveKnown(kind: 'staff' | 'device', hash: string, now: number): Principal | undefined {
    const kept = this.principals.get(hash);
    if (kept && now < kept.expiresAt) return kept.principal;
    const found = this.lookup(kind, hash, now);
    if (!found) {
      this.principals.delete(hash);
      return undefined;
    }
    if (this.principals.size >= PRINCIPALS_KEPT) {
      const oldest = this.principals.keys().next();
      if (!oldest.done) this.principals.delete(oldest.value);
    }
    this.principals.set(hash, found);
    return found.principal;
  }

  private lookup(kind: 'staff' | 'device', hash: string, now: number): Resolved | undefined {
    if (kind === 'staff') {
      const s = this.sql(
        `SELECT staff_id, window_id, expires_at FROM sessions WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?`,
      ).get(hash, now) as
        { staff_id: string; window_id: string | null; expires_at: number } | undefined;
      const staff = s && this.staffById(s.staff_id);
      if (!s || !staff || staff.active !== 1) return undefined;
      return {
        principal: { kind: 'staff', staff, windowId: s.window_id ?? undefined, tokenHash: hash },
        expiresAt: s.expires_at,
      };
    }
    const device = this.sql(
      `SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL`,
    ).get(hash) as DeviceRow | undefined;
    return device ? { principal: { kind: 'device', device }, expiresAt: Infinity } : undefined;
  }

  touchDevice(
    id: string,
    now: number,
    fields: { printerStatus?: string; voiceSource?: string } = {},
  ): void {
    this.sql(
      `UPDATE devices SET last_seen_at = ?, printer_status = COALESCE(?, printer_status),
         voice_source = COALESCE(?, voice_source) WHERE id = ?`,
    ).run(now, fields.printerStatus ?? null, fields.voiceSource ?? null, id);
    // The cached row would show the old last-seen time and printer status.
    this.forgetWhere((p) => p.kind === 'device' && p.device.id === id);
  }

  recordFault(
    deviceId: string,
    code: string,
    message: string,
    ticketId: string | undefined,
    now: number,
  ): void {
    this.sql(
      `INSERT INTO device_faults (device_id, code, message, ticket_id, at) VALUES (?, ?, ?, ?, ?)`,
    ).run(deviceId, code, message, ticketId ?? null, now);
  }

  recentFaults(limit = 50) {
    return this.sql(`SELECT * FROM device_faults ORDER BY id DESC LIMIT ?`).all(limit) as {
      id: number;
      device_id: string;
      code: string;
      message: string;
      ticket_id: string | null;
      at: number;
    }[];
  }

  hasDemoCredentials(): boolean {
    const row = this.sql(
      `SELECT (SELECT COUNT(*) FROM staff WHERE demo = 1 AND active = 1) + (SELECT COUNT(*) FROM devices WHERE demo = 1 AND revoked_at IS NULL) AS n`,
    ).get() as { n: number };
    return row.n > 0;
  }
}

export function staffView(s: StaffRow, windowId?: string): StaffView {
  return {
    id: s.id,
    username: s.username,
    name: s.name,
    staffNo: s.staff_no,
    role: s.role,
    siteId: s.site_id,
    windowIds: JSON.parse(s.window_ids) as string[],
    ...(windowId ? { windowId } : {}),
  };
}

/**
 * Verified against when the user does not exist, so timing does not reveal
 * usernames. A fixed scrypt hash at the current cost (PASSWORD_COST) of a
 * random password nobody kept: hashing one at start cost the boot ~60 ms.
 * A hash stored at a lower cost is raised to this one at its next sign-in.
 */
export const DUMMY_HASH =
  'scrypt$16384$8$1$-AfUx9EIVJmT0fZmaRJRPA$IBv1KZSyi8VDat-NBr3vXzjs4mHq2tGpdeFw-yNa6WI';
