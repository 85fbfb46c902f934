/**
 * 首次设置: a hall set up without a shell. While the database holds no admin
 * account (not even a disabled one), the server keeps a one-time setup code
 * in memory and prints it in its log at start; whoever can read that log
 * (the installer at the server's console) enters it on the console's first
 * page with the hall's name and time zone and the first admin's account.
 * `complete` then creates the district site (or keeps the one a catalogue
 * file loaded) and that admin in one transaction, as a `catalog.changed` and
 * a `staff.changed` event audited with it, and forgets the code. Once any
 * admin exists the setup is refused, whatever the code.
 *
 * The code is 16 letters and digits from an alphabet without look-alikes
 * (80 bits); wrong codes are also throttled and answered late by the route,
 * so it cannot be guessed.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Site } from '@hallq/core';
import type { SetupBody, SetupStatusReply, StaffRecord } from '@hallq/protocol';
import { HallqError } from '../errors';
import { assertPasswordPolicy } from '../security/password-policy';
import { hashPasswordAsync } from '../security/password';
import type { Accounts } from './accounts';
import type { HallService } from './hall-service';
import type { CatalogChanged, StaffChanged } from './logged-event';
import { staffRecord } from './staff-admin';
import { checkTimeZone, newSite } from './new-site';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A fresh code, shown in groups of four: "K7QX-3MPA-…". */
export function newSetupCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What a person may type: any case, with or without the dashes and spaces. */
const normalise = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export class FirstRun {
  private code: string | undefined;

  constructor(
    private readonly hall: HallService,
    private readonly accounts: Accounts,
    private readonly db: Database.Database,
    private readonly defaultTimeZone: string,
  ) {}

  /** Whether no admin account exists yet (the setup is open). */
  needed(): boolean {
    return this.db.prepare(`SELECT 1 FROM staff WHERE role = 'admin' LIMIT 1`).get() === undefined;
  }

  /** The code while setup is needed (made on first ask), else undefined. */
  open(): string | undefined {
    if (!this.needed()) {
      this.code = undefined;
      return undefined;
    }
    this.code ??= newSetupCode();
    return this.code;
  }

  /** The district site a catalogue file loaded before setup, if any. */
  private existingRoot(): Site | undefined {
    return Object.values(this.hall.catalog.sites).find((s) => s.parentId === undefined);
  }

  status(): SetupStatusReply {
    const root = this.existingRoot();
    return {
      needed: this.needed(),
      ...(root ? { site: { id: root.id, name: root.name, timeZone: root.timeZone } } : {}),
      defaultTimeZone: this.defaultTimeZone,
    };
  }

  /** Whether `given` is the current code (compared in constant time). */
  matches(given: string): boolean {
    if (this.code === undefined) return false;
    const a = Buffer.from(normalise(given));
    const b = Buffer.from(normalise(this.code));
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /**
   * Creates the district site and the first admin, refused once an admin
   * exists (HALLQ_E_ALREADY_SET_UP) or with a wrong code (HALLQ_E_SETUP_CODE).
   */
  async complete(body: SetupBody): Promise<{ site: Site; staff: StaffRecord }> {
    if (!this.needed()) throw new HallqError('HALLQ_E_ALREADY_SET_UP');
    if (!this.matches(body.code)) throw new HallqError('HALLQ_E_SETUP_CODE');
    const timeZone = body.site.timeZone ?? this.defaultTimeZone;
    checkTimeZone(timeZone);
    assertPasswordPolicy(body.admin.password, body.admin.username);
    // Off the event loop; whether setup is still needed is asked again in the transaction.
    const passwordHash = await hashPasswordAsync(body.admin.password);
    const root = this.existingRoot();
    // A hall loaded from a catalogue file keeps its district site: setup only adds the admin.
    if (root && root.id !== body.site.id)
      throw new HallqError('HALLQ_E_VALIDATION', { field: 'id', expected: root.id });
    const site =
      root ?? newSite({ id: body.site.id, name: body.site.name, level: 'district', timeZone });
    const id = `staff-${body.admin.username}`;
    const staff: StaffRecord = {
      id,
      username: body.admin.username,
      name: body.admin.name,
      staffNo: '',
      role: 'admin',
      siteId: site.id,
      windowIds: [],
      active: true,
    };
    const at = this.hall.now();
    // The first admin sets the hall up: the audit names them.
    const actor = { kind: 'staff' as const, id, name: staff.name };
    const events: (CatalogChanged | StaffChanged)[] = [];
    if (!root)
      events.push({
        type: 'catalog.changed',
        siteId: site.id,
        at,
        actor,
        kind: 'site',
        id: site.id,
        after: site,
      });
    events.push({
      type: 'staff.changed',
      siteId: site.id,
      at,
      actor,
      action: 'created',
      id,
      after: staff,
    });
    const created = this.hall.recordAdmin(events, () => {
      if (!this.needed()) throw new HallqError('HALLQ_E_ALREADY_SET_UP');
      if (!root) this.hall.store.saveCatalogEntry('site', site);
      return staffRecord(this.accounts.createStaff({ ...staff, passwordHash }, at));
    });
    this.code = undefined;
    return { site, staff: created };
  }
}
