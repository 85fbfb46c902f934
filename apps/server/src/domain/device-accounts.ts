/**
 * Device accounts: the devices table (kiosks, callers, displays, rating
 * pads), each with its token, stored hashed, and the faults devices report.
 * Part of Accounts (accounts.ts), which shares its statements and its
 * resolved tokens: a device revoked or changed here is forgotten there.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../security/tokens';
import type { DeviceRow, NewDevice } from './account-rows';
import type { PrincipalCache } from './principal-cache';

export class DeviceAccounts {
  constructor(
    private readonly sql: (text: string) => Database.Statement,
    private readonly principals: PrincipalCache,
  ) {}

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

  deviceById(id: string): DeviceRow | undefined {
    return this.sql(`SELECT * FROM devices WHERE id = ?`).get(id) as DeviceRow | undefined;
  }
  listDevices(): DeviceRow[] {
    return this.sql(`SELECT * FROM devices ORDER BY kind, id`).all() as DeviceRow[];
  }

  /** The device a token (by its hash) belongs to, unless revoked. */
  deviceByTokenHash(hash: string): DeviceRow | undefined {
    return this.sql(`SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL`).get(
      hash,
    ) as DeviceRow | undefined;
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
    this.principals.invalidate(hash);
    return hash;
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
    this.principals.forgetWhere((p) => p.kind === 'device' && p.device.id === id);
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
}
