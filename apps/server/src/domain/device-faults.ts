/**
 * A device's fault reaches staff (issue 16): recorded for the admin's device
 * list (Accounts.recordFault) and, in the same transaction, logged as a
 * `device.fault` event of the device's site, which is broadcast to the
 * site's room (the supervisors' screens) and audited. The supervision issue's
 * alerts will read the same event.
 */
import type { FastifyInstance } from 'fastify';
import type { DeviceRow } from './accounts';

export interface Fault {
  code: string;
  message: string;
  ticketId?: string | undefined;
}

export function reportDeviceFault(app: FastifyInstance, device: DeviceRow, fault: Fault): void {
  const now = app.clock.now();
  // A ticket named by a device is trusted only as one of its own site's.
  const ticket = fault.ticketId
    ? ((Object.hasOwn(app.hall.state.tickets, fault.ticketId)
        ? app.hall.state.tickets[fault.ticketId]
        : undefined) ?? app.hall.store.ticket(fault.ticketId))
    : undefined;
  const own = ticket && ticket.siteId === device.site_id ? ticket : undefined;
  const message = fault.message.slice(0, 200);
  app.hall.recordAdmin(
    [
      {
        type: 'device.fault',
        siteId: device.site_id,
        at: now,
        deviceId: device.id,
        deviceName: device.name,
        code: fault.code,
        message,
        ...(own ? { ticketId: own.id, ticketNumber: own.number } : {}),
      },
    ],
    () => app.accounts.recordFault(device.id, fault.code, message, own?.id, now),
  );
}
