/**
 * `pnpm hallq` writing the database itself, allowed only while it holds the
 * data directory's lock (no server runs). It uses the server's own admin
 * service, so a direct change is checked, logged as an event and audited
 * exactly as one made through the API, with the actor `cli`.
 *
 * busy_timeout is set to 0: with the lock held nobody else should write, and
 * if something does (a server started without the lock) the CLI answers at
 * once rather than stalling it.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Site } from '@hallq/core';
import type { Config } from '../config';
import { systemClock } from '../clock';
import { openDatabase } from '../store/open-database';
import { SqliteHallStore } from '../store/sqlite-hall-store';
import { Accounts } from '../domain/accounts';
import { HallService } from '../domain/hall-service';
import { AdminService, CLI_STAFF_ID, type AdminCaller } from '../domain/admin-service';
import { HallqError } from '../errors';
import { allowedPrinterHosts, printerUrlProblem } from '../security/printer-url';
import type { DataDirLock } from '../data-dir-lock';
import type { AdminPort, DeviceInfo } from './admin-port';
import { CliError } from './cli-error';

export function openDirectAdmin(config: Config, lock: DataDirLock): AdminPort {
  const db = openDatabase(path.join(config.HALLQ_DATA_DIR, 'hallq.sqlite'));
  db.pragma('busy_timeout = 0');
  return new DirectAdmin(db, config, lock);
}

class DirectAdmin implements AdminPort {
  readonly siteFromSession = false;
  readonly via: string;
  private readonly accounts: Accounts;
  private readonly hall: HallService;
  private readonly admin: AdminService;

  constructor(
    private readonly db: Database.Database,
    private readonly config: Config,
    private readonly lock: DataDirLock,
  ) {
    this.via = `${path.resolve(config.HALLQ_DATA_DIR)} directly (no server running)`;
    this.accounts = new Accounts(db, config.HALLQ_SESSION_HOURS);
    this.hall = new HallService(new SqliteHallStore(db), systemClock, (id) =>
      this.accounts.staffBrief(id),
    );
    this.admin = new AdminService(this.hall, this.accounts, db);
  }

  /** The CLI on the server's machine acts for the site it names (and, for a district hall, every site). */
  private caller(siteId: string): AdminCaller {
    return { actor: { kind: 'cli', id: CLI_STAFF_ID, name: 'pnpm hallq' }, siteId };
  }

  private run<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      throw busyAsLocked(err);
    }
  }

  /** As run, for work that awaits (a password hashed on the thread pool first). */
  private async runAsync<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw busyAsLocked(err);
    }
  }

  async createStaff(body: Parameters<AdminPort['createStaff']>[0]) {
    const siteId = body.siteId as string;
    return this.runAsync(() => this.admin.staff.create(this.caller(siteId), body));
  }

  async createDevice(body: Parameters<AdminPort['createDevice']>[0]) {
    const problem =
      body.printerUrl === undefined
        ? undefined
        : printerUrlProblem(body.printerUrl, allowedPrinterHosts(this.config.HALLQ_PRINTER_HOSTS));
    if (problem) throw new HallqError('HALLQ_E_VALIDATION', { field: 'printerUrl', problem });
    const siteId = body.siteId as string;
    const { device, token } = this.run(() => this.admin.devices.create(this.caller(siteId), body));
    return {
      token,
      device: {
        id: device.id,
        kind: device.kind,
        siteId: device.site_id,
        name: device.name,
        revoked: false,
        ...(device.printer_url ? { printerUrl: device.printer_url } : {}),
      },
    };
  }

  async createSite(site: Site) {
    if (this.hall.catalog.sites[site.id]) throw new HallqError('HALLQ_E_ID_TAKEN', { id: site.id });
    const event = {
      type: 'catalog.changed' as const,
      siteId: site.id,
      at: this.hall.now(),
      actor: this.caller(site.id).actor,
      kind: 'site' as const,
      id: site.id,
      after: site,
    };
    this.run(() =>
      this.hall.recordAdmin([event], () => this.hall.store.saveCatalogEntry('site', site)),
    );
  }

  async updateSite(id: string, body: Parameters<AdminPort['updateSite']>[1]) {
    return this.run(() => this.admin.catalog.updateSite(this.caller(id), id, body));
  }

  async revokeDemo() {
    const staff = this.db
      .prepare(`SELECT id, site_id FROM staff WHERE demo = 1 AND active = 1`)
      .all() as { id: string; site_id: string }[];
    const devices = this.db
      .prepare(`SELECT id, site_id FROM devices WHERE demo = 1 AND revoked_at IS NULL`)
      .all() as { id: string; site_id: string }[];
    for (const s of staff) this.run(() => this.admin.staff.disable(this.caller(s.site_id), s.id));
    for (const d of devices)
      this.run(() => this.admin.devices.revoke(this.caller(d.site_id), d.id));
    return { staff: staff.length, devices: devices.length };
  }

  async listDevices(): Promise<DeviceInfo[]> {
    return this.accounts.listDevices().map((d) => ({
      id: d.id,
      kind: d.kind,
      siteId: d.site_id,
      name: d.name,
      revoked: d.revoked_at != null,
      ...(d.printer_url ? { printerUrl: d.printer_url } : {}),
    }));
  }

  async close() {
    try {
      this.db.close();
    } finally {
      this.lock.release();
    }
  }
}

/** SQLITE_BUSY here means another process writes the file: say so. */
function busyAsLocked(err: unknown): unknown {
  if ((err as { code?: string }).code !== 'SQLITE_BUSY') return err;
  return new CliError(
    'HALLQ_E_DATA_DIR_LOCKED',
    'the database is being written by another process (a server started without its lock?): stop it, or run this against its API with HALLQ_URL',
  );
}
