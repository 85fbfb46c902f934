/**
 * 设备: kiosks, callers and displays as the admin API makes and revokes them.
 * Each change is a `device.changed` event, audited in the change's own
 * transaction. A revoked device's token is refused by the very next request
 * (401) and its open sockets are closed at once.
 */
import type { DeviceKind, DeviceRecord } from '@hallq/protocol';
import type { Accounts, DeviceRow } from './accounts';
import type { AdminCaller, AdminScope } from './admin-scope';

export function deviceRecord(d: DeviceRow): DeviceRecord {
  return { id: d.id, kind: d.kind, siteId: d.site_id, name: d.name, revoked: d.revoked_at != null };
}

export class DeviceAdmin {
  constructor(
    private readonly scope: AdminScope,
    private readonly accounts: Accounts,
    /** Ends the live connections of a revoked token (the socket server's). */
    private readonly disconnect: (tokenHash: string) => void,
  ) {}

  create(
    caller: AdminCaller,
    d: {
      kind: DeviceKind;
      name: string;
      siteId?: string;
      printerUrl?: string;
      windowId?: string;
      /** Bound by a pairing code rather than created with its token shown. */
      paired?: boolean;
    },
  ): { device: DeviceRow; token: string } {
    const site = this.scope.site(caller, d.siteId);
    const at = this.scope.now();
    let created: { device: DeviceRow; token: string } | undefined;
    // The id is chosen by Accounts: the event is completed inside the transaction.
    const event = {
      type: 'device.changed' as const,
      siteId: site.id,
      at,
      actor: caller.actor,
      action: 'created' as const,
      id: '',
      after: { id: '', kind: d.kind, siteId: site.id, name: d.name, revoked: false },
      ...(d.paired ? { paired: true as const } : {}),
    };
    this.scope.hall.recordAdmin([event], () => {
      created = this.accounts.createDevice(
        {
          kind: d.kind,
          name: d.name,
          siteId: site.id,
          ...(d.printerUrl ? { printerUrl: d.printerUrl } : {}),
          ...(d.windowId ? { windowId: d.windowId } : {}),
        },
        at,
      );
      event.id = created.device.id;
      event.after = deviceRecord(created.device);
    });
    return created as { device: DeviceRow; token: string };
  }

  /**
   * Revokes a device of a site the caller may change (another site's device
   * is unknown to them: 404). Revoking one already revoked changes nothing
   * and answers it as it is.
   */
  revoke(caller: AdminCaller, id: string): DeviceRecord {
    const row = this.accounts.deviceById(id);
    const device = this.scope.inScope(
      caller,
      row && { siteId: row.site_id, row },
      'HALLQ_E_DEVICE_NOT_FOUND',
      id,
    ).row;
    if (device.revoked_at != null) return deviceRecord(device);
    const at = this.scope.now();
    let hash: string | undefined;
    const after: DeviceRecord = { ...deviceRecord(device), revoked: true };
    this.scope.hall.recordAdmin(
      [
        {
          type: 'device.changed',
          siteId: device.site_id,
          at,
          actor: caller.actor,
          action: 'revoked',
          id,
          after,
        },
      ],
      () => {
        hash = this.accounts.revokeDevice(id, at);
      },
    );
    if (hash !== undefined) this.disconnect(hash);
    return after;
  }
}
