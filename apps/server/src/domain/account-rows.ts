/**
 * The rows of the staff and devices tables as read, the principal a token
 * resolves to, what a new account is made from, and a staff member's view
 * on the wire (the accounts themselves: accounts.ts).
 */
import type { DeviceKind, Role, StaffView } from '@hallq/protocol';

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
