/**
 * 人员: staff accounts as the admin API changes them (list, create, edit,
 * disable, enable, reset a password) and a staff member's own password
 * change. Each change is a `staff.changed` event with the record before and
 * after, audited in the change's transaction (HallService.recordAdmin).
 *
 * Ending someone's sessions (disable, password reset or change) ends them
 * everywhere at once: the sessions are revoked in the same transaction, the
 * windows they held are signed out (a ticket held there stays for the
 * supervisor, core Q12), and their open sockets are closed.
 *
 * A supervisor manages clerks and supervisors, never admins: they may not
 * create, change, disable, enable or reset an admin, nor make anyone one.
 */
import type Database from 'better-sqlite3';
import type { CreateStaffBody, Role, StaffRecord, UpdateStaffBody } from '@hallq/protocol';
import { HallqError } from '../errors';
import { assertPasswordPolicy } from '../security/password-policy';
import { hashPasswordAsync } from '../security/password';
import type { Accounts, StaffRow } from './accounts';
import { CLI_STAFF_ID, type AdminCaller, type AdminScope } from './admin-scope';

export function staffRecord(s: StaffRow): StaffRecord {
  return {
    id: s.id,
    username: s.username,
    name: s.name,
    staffNo: s.staff_no,
    role: s.role,
    siteId: s.site_id,
    windowIds: JSON.parse(s.window_ids) as string[],
    active: s.active === 1,
  };
}

type StaffAction =
  'created' | 'updated' | 'disabled' | 'enabled' | 'passwordReset' | 'passwordChanged';

export class StaffAdmin {
  constructor(
    private readonly scope: AdminScope,
    private readonly accounts: Accounts,
    private readonly db: Database.Database,
    /** Ends the live connections of a revoked session (the socket server's). */
    private readonly disconnect: (tokenHash: string) => void,
  ) {}

  private get hall() {
    return this.scope.hall;
  }

  list(caller: AdminCaller): StaffRecord[] {
    const sites = this.scope.sitesOf(caller);
    const rows = this.db
      .prepare(`SELECT * FROM staff WHERE id != ? ORDER BY site_id, username`)
      .all(CLI_STAFF_ID) as StaffRow[];
    return rows.filter((r) => sites.includes(r.site_id)).map(staffRecord);
  }

  private inScope(caller: AdminCaller, id: string): StaffRow {
    const row = id === CLI_STAFF_ID ? undefined : this.accounts.staffById(id);
    const found = this.scope.inScope(
      caller,
      row && { siteId: row.site_id, row },
      'HALLQ_E_STAFF_NOT_FOUND',
      id,
    );
    if (caller.role === 'supervisor' && found.row.role === 'admin')
      throw new HallqError('HALLQ_E_FORBIDDEN', { staffId: id, role: 'admin' });
    return found.row;
  }

  private checkRole(caller: AdminCaller, role: Role | undefined): void {
    if (caller.role === 'supervisor' && role === 'admin')
      throw new HallqError('HALLQ_E_FORBIDDEN', { role });
  }

  /** Every window exists and belongs to the staff member's site. */
  private checkWindows(siteId: string, windowIds: readonly string[]): void {
    for (const id of windowIds) {
      const w = this.scope.catalog.windows[id];
      if (!w) throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND', { windowId: id });
      if (w.siteId !== siteId) throw new HallqError('HALLQ_E_OTHER_SITE', { windowId: id });
    }
  }

  private event(
    actor: AdminCaller['actor'],
    action: StaffAction,
    before: StaffRecord | undefined,
    after: StaffRecord,
  ) {
    return {
      type: 'staff.changed' as const,
      siteId: after.siteId,
      at: this.scope.now(),
      actor,
      action,
      id: after.id,
      ...(before ? { before } : {}),
      after,
    };
  }

  async create(caller: AdminCaller, body: CreateStaffBody): Promise<StaffRecord> {
    const id = `staff-${body.username}`;
    const check = () => {
      const site = this.scope.site(caller, body.siteId);
      this.checkRole(caller, body.role);
      this.checkWindows(site.id, body.windowIds);
      // Usernames are unique whatever their case: "Wang" and "wang" would be one person to a clerk.
      const taken = this.db
        .prepare(`SELECT 1 FROM staff WHERE lower(username) = lower(?) OR id = ?`)
        .get(body.username, id);
      if (taken || body.username === CLI_STAFF_ID)
        throw new HallqError('HALLQ_E_USERNAME_TAKEN', { username: body.username });
      return site;
    };
    const site = check();
    assertPasswordPolicy(body.password, body.username);
    // Hashed on the thread pool before the transaction; everything is
    // checked again in it, for a change that committed meanwhile.
    const passwordHash = await hashPasswordAsync(body.password);
    const after: StaffRecord = {
      id,
      username: body.username,
      name: body.name,
      staffNo: body.staffNo ?? '',
      role: body.role,
      siteId: site.id,
      windowIds: [...body.windowIds],
      active: true,
    };
    const event = this.event(caller.actor, 'created', undefined, after);
    return this.hall.recordAdmin([event], () => {
      check();
      return staffRecord(this.accounts.createStaff({ ...after, passwordHash }, event.at));
    });
  }

  update(caller: AdminCaller, id: string, body: UpdateStaffBody): StaffRecord {
    const row = this.inScope(caller, id);
    this.checkRole(caller, body.role);
    const before = staffRecord(row);
    if (body.windowIds) this.checkWindows(row.site_id, body.windowIds);
    const after: StaffRecord = {
      ...before,
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.staffNo !== undefined ? { staffNo: body.staffNo } : {}),
      ...(body.role !== undefined ? { role: body.role } : {}),
      ...(body.windowIds !== undefined ? { windowIds: [...body.windowIds] } : {}),
    };
    this.hall.recordAdmin([this.event(caller.actor, 'updated', before, after)], () => {
      this.db
        .prepare(`UPDATE staff SET name = ?, staff_no = ?, role = ?, window_ids = ? WHERE id = ?`)
        .run(after.name, after.staffNo, after.role, JSON.stringify(after.windowIds), id);
    });
    // A session resolved before keeps the old role in memory: forget them all.
    this.accounts.invalidate();
    return after;
  }

  /** Disabled: they cannot sign in, and every session of theirs ends at once. */
  disable(caller: AdminCaller, id: string): StaffRecord {
    const row = this.inScope(caller, id);
    if (caller.actor.kind === 'staff' && caller.actor.id === id)
      throw new HallqError('HALLQ_E_CONFLICT', { reason: 'self' });
    const before = staffRecord(row);
    const after = { ...before, active: false };
    this.endSessions(id, this.event(caller.actor, 'disabled', before, after), () => {
      this.db.prepare(`UPDATE staff SET active = 0 WHERE id = ?`).run(id);
    });
    return after;
  }

  enable(caller: AdminCaller, id: string): StaffRecord {
    const row = this.inScope(caller, id);
    const before = staffRecord(row);
    const after = { ...before, active: true };
    this.hall.recordAdmin([this.event(caller.actor, 'enabled', before, after)], () => {
      this.db.prepare(`UPDATE staff SET active = 1 WHERE id = ?`).run(id);
    });
    return after;
  }

  /** An admin sets a new password (the old one forgotten or leaked): every session ends. */
  async resetPassword(caller: AdminCaller, id: string, password: string): Promise<StaffRecord> {
    const row = this.inScope(caller, id);
    assertPasswordPolicy(password, row.username);
    const passwordHash = await hashPasswordAsync(password);
    // Read again after the hash: the account may have gone out of scope meanwhile.
    const record = staffRecord(this.inScope(caller, id));
    this.endSessions(id, this.event(caller.actor, 'passwordReset', record, record), () =>
      this.accounts.setPasswordHash(id, passwordHash),
    );
    return record;
  }

  /**
   * A staff member's own change (POST /auth/password): the current password
   * must match. Every session of theirs ends, the caller's too, and the
   * caller gets a new one at the same window (which stays signed in), so a
   * copied token is worthless afterwards while the clerk works on.
   */
  async changeOwnPassword(
    staffId: string,
    windowId: string | undefined,
    current: string,
    next: string,
  ): Promise<{ token: string; staff: StaffRow }> {
    const row = await this.accounts.verifyPassword(staffId, current);
    if (!row) throw new HallqError('HALLQ_E_BAD_PASSWORD');
    assertPasswordPolicy(next, row.username);
    if (next === current) throw new HallqError('HALLQ_E_WEAK_PASSWORD', { reason: 'unchanged' });
    const record = staffRecord(row);
    const actor = { kind: 'staff' as const, id: row.id, name: row.name };
    const passwordHash = await hashPasswordAsync(next);
    // As it was when the current password was checked: not changed or disabled meanwhile.
    const still = this.accounts.staffById(staffId);
    if (still?.password_hash !== row.password_hash || still.active !== 1)
      throw new HallqError('HALLQ_E_BAD_PASSWORD');
    let token = '';
    this.revokeAll(staffId, this.event(actor, 'passwordChanged', record, record), () => {
      this.accounts.setPasswordHash(staffId, passwordHash);
      token = this.accounts.openSession(staffId, windowId, this.scope.now());
    });
    return { token, staff: this.accounts.staffById(staffId) as StaffRow };
  }

  /**
   * The change and the revocation of every session of `staffId`, in one
   * transaction; their sockets are closed after it.
   */
  private revokeAll(
    staffId: string,
    event: ReturnType<StaffAdmin['event']>,
    write: () => void,
  ): void {
    const sessions = this.accounts.sessionHashes(staffId);
    this.hall.recordAdmin([event], () => {
      this.accounts.revokeStaffSessions(staffId, event.at);
      write();
    });
    this.accounts.invalidate();
    for (const hash of sessions) this.disconnect(hash);
  }

  /** As revokeAll, and every window the staff member holds is signed out. */
  private endSessions(
    staffId: string,
    event: ReturnType<StaffAdmin['event']>,
    write: () => void,
  ): void {
    this.revokeAll(staffId, event, write);
    for (const [windowId, ws] of Object.entries(this.hall.state.windows)) {
      if (ws.staffId !== staffId || ws.status === 'signedOut') continue;
      // Core Q12: a window signs out even holding a ticket, which stays there for the supervisor.
      this.hall.execute({ type: 'signOut', windowId, at: event.at });
    }
  }
}
