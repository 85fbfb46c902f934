/**
 * What `pnpm hallq` can change, whichever way it reaches the hall: through a
 * running server's admin API (api-admin.ts), or, when no server holds the
 * data directory, by writing the database itself with the server's own
 * admin service (direct-admin.ts). The commands (commands.ts) are written
 * once against this.
 */
import type { Site } from '@hallq/core';
import type { CreateStaffBody, DeviceKind, StaffRecord, UpdateSiteBody } from '@hallq/protocol';

export interface DeviceInfo {
  id: string;
  kind: DeviceKind;
  siteId: string;
  name: string;
  printerUrl?: string;
  revoked: boolean;
}

export interface NewDevice {
  kind: DeviceKind;
  name: string;
  siteId?: string;
  printerUrl?: string;
}

export interface AdminPort {
  /** Where the changes go, for the messages: "the server at …" or "… directly". */
  readonly via: string;
  /** Whether a command may leave the site out (the server then takes the admin's own). */
  readonly siteFromSession: boolean;
  createStaff(body: CreateStaffBody): Promise<StaffRecord>;
  createDevice(body: NewDevice): Promise<{ device: DeviceInfo; token: string }>;
  createSite(site: Site): Promise<void>;
  updateSite(id: string, body: UpdateSiteBody): Promise<Site>;
  /** Deactivates every demo account and device; answers how many. */
  revokeDemo(): Promise<{ staff: number; devices: number }>;
  listDevices(): Promise<DeviceInfo[]>;
  /** Signs out / closes the database and frees the lock. */
  close(): Promise<void>;
}
