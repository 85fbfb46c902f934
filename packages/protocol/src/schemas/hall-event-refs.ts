/**
 * How hall events name the things they are about: a ticket, a window, the
 * actor of an admin change, a catalogue entry, a staff member, a device and
 * an alert, each as much as a screen needs, never a whole stored record.
 */
import { Type } from 'typebox';
import { AlertView } from './alerts';
import { Ms, Str } from './hall-event-base';

/**
 * A ticket as an event names it: enough for a screen to show it and count it.
 * `unitId` is the ticket's unit when the event happened (before a transfer
 * moves it).
 */
export const TicketRef = Type.Object({
  id: Str,
  number: Type.String({ description: 'as printed, e.g. A001' }),
  unitId: Str,
  itemId: Str,
  priority: Type.Union([Type.Literal('normal'), Type.Literal('priority')]),
  issuedAt: Ms,
  transferCount: Type.Integer({ minimum: 0 }),
});
export const WindowRef = Type.Object({ id: Str, number: Type.Integer(), name: Str });

/** Who made an admin change: a staff member, or `pnpm hallq` writing while no server ran. */
export const ActorRef = Type.Object({
  kind: Type.Union([Type.Literal('staff'), Type.Literal('cli')]),
  id: Str,
  name: Str,
});

/** A catalogue entry as it was stored (the core's Site, Unit, Item or Window). */
export const CatalogEntry = Type.Intersect([
  Type.Object({ id: Str }),
  Type.Record(Type.String(), Type.Unknown()),
]);

/** A staff member as an admin event names them (never a password hash). */
export const StaffRecord = Type.Object({
  id: Str,
  username: Str,
  name: Str,
  staffNo: Str,
  role: Type.Union([
    Type.Literal('admin'),
    Type.Literal('supervisor'),
    Type.Literal('clerk'),
    Type.Literal('agent'),
  ]),
  siteId: Str,
  windowIds: Type.Array(Str),
  active: Type.Boolean(),
});

export const DeviceRecord = Type.Object({
  id: Str,
  kind: Type.Union([
    Type.Literal('kiosk'),
    Type.Literal('caller'),
    Type.Literal('display'),
    Type.Literal('rater'),
  ]),
  siteId: Str,
  name: Str,
  revoked: Type.Boolean(),
});

/** An alert as its opening event names it (AlertView has it with its later facts). */
export const AlertRef = Type.Pick(AlertView, [
  'id',
  'rule',
  'level',
  'windowId',
  'ticketId',
  'unitId',
  'staffId',
  'deviceId',
  'detail',
]);
