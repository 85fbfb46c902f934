/**
 * Admin changes, one part per concept: staff (staff-admin.ts), the catalogue
 * and site settings (catalog-admin.ts), devices (device-admin.ts), and the
 * audit log that records them all (audit-log.ts). Each change validates
 * against the running hall, then goes through HallService.recordAdmin: the
 * change, its event and its audit entry in one transaction, then the model
 * takes it and the screens get the event. Bad input throws a coded
 * HallqError before anything is written.
 */
import type Database from 'better-sqlite3';
import { AuditLog } from './audit-log';
import type { Accounts } from './accounts';
import { AdminScope, type AdminCaller } from './admin-scope';
import { CatalogAdmin } from './catalog-admin';
import { DeviceAdmin } from './device-admin';
import { SiteTreeAdmin } from './site-tree-admin';
import type { HallService } from './hall-service';
import { StaffAdmin } from './staff-admin';

export { CLI_STAFF_ID, type AdminCaller } from './admin-scope';
export { staffRecord } from './staff-admin';
export { deviceRecord } from './device-admin';

export class AdminService {
  readonly audit: AuditLog;
  readonly staff: StaffAdmin;
  readonly catalog: CatalogAdmin;
  readonly devices: DeviceAdmin;
  /** The site tree and each site's enabled master items (core Q26). */
  readonly sites: SiteTreeAdmin;
  private readonly scope: AdminScope;

  constructor(
    hall: HallService,
    accounts: Accounts,
    db: Database.Database,
    /** Ends the live connections of a revoked token (the socket server's). */
    disconnect: (tokenHash: string) => void = () => {},
  ) {
    this.scope = new AdminScope(hall);
    this.audit = new AuditLog(db);
    hall.addAdminReader(({ seq, event }) => this.audit.record(seq, event));
    this.staff = new StaffAdmin(this.scope, accounts, db, disconnect);
    this.catalog = new CatalogAdmin(this.scope);
    this.devices = new DeviceAdmin(this.scope, accounts, disconnect);
    this.sites = new SiteTreeAdmin(this.scope);
  }

  /** The sites a caller may read and change: their own, or every site for the district hall. */
  sitesOf(caller: AdminCaller): string[] {
    return this.scope.sitesOf(caller);
  }
}
