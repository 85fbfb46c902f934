/**
 * Staff accounts, their sessions, and device tokens. Tokens are opaque and
 * stored hashed; a session can be revoked at any time.
 *
 * Every authenticated request resolves its token, so resolved tokens are
 * kept in memory by token hash (principal-cache.ts). A revocation takes
 * effect on the very next request all the same: every method here (and in
 * device-accounts.ts) that revokes, deactivates or changes a cached row
 * forgets it, and a write by another connection (the `pnpm hallq` CLI runs
 * in its own process) empties the cache, noticed through SQLite's
 * `PRAGMA data_version`, which moves only when another connection commits.
 *
 * The row types and the staff view are account-rows.ts's, re-exported here
 * with the rest, so this module stays the one to import.
 */
import type Database from 'better-sqlite3';
import { belowCurrentCost, hashPasswordAsync, verifyPasswordAsync } from '../security/password';
import { hashToken, newToken, tokenKind } from '../security/tokens';
import { statementCache } from '../store/statements';
import type { DeviceRow, NewDevice, NewStaff, Principal, StaffRow } from './account-rows';
import { DeviceAccounts } from './device-accounts';
import { PrincipalCache, type Resolved } from './principal-cache';

export type { DeviceRow, NewDevice, NewStaff, Principal, StaffRow } from './account-rows';
export { staffView } from './account-rows';

export class Accounts {
  private readonly principals: PrincipalCache;
  private readonly devices: DeviceAccounts;

  /** Forget one resolved token (by its hash), or every one. */
  invalidate(tokenHash?: string): void {
    this.principals.invalidate(tokenHash);
  }

  /** Statements are prepared once: every authenticated request resolves a token. */
  private readonly sql: (text: string) => Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly sessionHours: number,
  ) {
    this.sql = statementCache(db);
    this.principals = new PrincipalCache(
      () => this.sql(`PRAGMA data_version`).pluck().get() as number,
    );
    this.devices = new DeviceAccounts(this.sql, this.principals);
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

  /** A staff member by username, enabled or not (whose account a refused sign-in named). */
  staffByUsername(username: string): StaffRow | undefined {
    return this.sql(`SELECT * FROM staff WHERE username = ?`).get(username) as StaffRow | undefined;
  }
  staffById(id: string): StaffRow | undefined {
    return this.sql(`SELECT * FROM staff WHERE id = ?`).get(id) as StaffRow | undefined;
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
    this.principals.forgetWhere((p) => p.kind === 'staff' && p.staff.id === staffId);
  }

  /** The token hashes of a staff member's live sessions (to close their sockets). */
  sessionHashes(staffId: string): string[] {
    return this.sql(`SELECT token_hash FROM sessions WHERE staff_id = ? AND revoked_at IS NULL`)
      .pluck()
      .all(staffId) as string[];
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
    this.principals.forgetWhere((p) => p.kind === 'staff' && p.staff.id === staffId);
  }

  resolve(token: string | undefined, now: number): Principal | undefined {
    if (!token || token.length > 200) return undefined;
    const kind = tokenKind(token);
    if (!kind) return undefined;
    this.principals.noticeOtherWriters();
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
    this.principals.noticeOtherWriters();
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
    const kept = this.principals.get(hash, now);
    if (kept) return kept;
    const found = this.lookup(kind, hash, now);
    if (!found) {
      this.principals.invalidate(hash);
      return undefined;
    }
    this.principals.keep(hash, found);
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
    const device = this.devices.deviceByTokenHash(hash);
    return device ? { principal: { kind: 'device', device }, expiresAt: Infinity } : undefined;
  }

  // Devices: device-accounts.ts.

  createDevice(d: NewDevice, now: number): { device: DeviceRow; token: string } {
    return this.devices.createDevice(d, now);
  }
  deviceById(id: string): DeviceRow | undefined {
    return this.devices.deviceById(id);
  }
  listDevices(): DeviceRow[] {
    return this.devices.listDevices();
  }
  /** The revoked token's hash (to close its sockets), or undefined when it was revoked already. */
  revokeDevice(id: string, now: number): string | undefined {
    return this.devices.revokeDevice(id, now);
  }
  touchDevice(
    id: string,
    now: number,
    fields: { printerStatus?: string; voiceSource?: string } = {},
  ): void {
    this.devices.touchDevice(id, now, fields);
  }
  recordFault(
    deviceId: string,
    code: string,
    message: string,
    ticketId: string | undefined,
    now: number,
  ): void {
    this.devices.recordFault(deviceId, code, message, ticketId, now);
  }
  recentFaults(limit = 50) {
    return this.devices.recentFaults(limit);
  }

  hasDemoCredentials(): boolean {
    const row = this.sql(
      `SELECT (SELECT COUNT(*) FROM staff WHERE demo = 1 AND active = 1) + (SELECT COUNT(*) FROM devices WHERE demo = 1 AND revoked_at IS NULL) AS n`,
    ).get() as { n: number };
    return row.n > 0;
  }
}

/**
 * Verified against when the user does not exist, so timing does not reveal
 * usernames. A fixed scrypt hash at the current cost (PASSWORD_COST) of a
 * random password nobody kept: hashing one at start cost the boot ~60 ms.
 * A hash stored at a lower cost is raised to this one at its next sign-in.
 */
export const DUMMY_HASH =
  'scrypt$16384$8$1$-AfUx9EIVJmT0fZmaRJRPA$IBv1KZSyi8VDat-NBr3vXzjs4mHq2tGpdeFw-yNa6WI';
