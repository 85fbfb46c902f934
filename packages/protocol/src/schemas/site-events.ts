/**
 * The hall events of the site itself: its business day closing, the scrolling
 * notice, admin changes to the catalogue, staff and devices, a device's fault,
 * and the official calendar. Part of `HallEventSchemas` (hall-events.ts).
 */
import { Type } from 'typebox';
import { event, Str } from './hall-event-base';
import { ActorRef, CatalogEntry, DeviceRecord, StaffRecord, WindowRef } from './hall-event-refs';

export const SiteEventSchemas = {
  'day.closed': event(
    {
      businessDay: Str,
      currentDay: Str,
      expired: Type.Integer({ minimum: 0 }),
      todayUnitIds: Type.Record(Type.String(), Type.Array(Str)),
    },
    "`businessDay` closed; `currentDay` is the site's day after the close; `todayUnitIds` is each window's units on it (the rota moves with the day).",
  ),
  'notice.updated': event(
    { notice: Str, actor: Type.Optional(ActorRef) },
    'The scrolling notice (公告) changed.',
  ),
  'catalog.changed': event(
    {
      actor: ActorRef,
      kind: Type.Union([
        Type.Literal('site'),
        Type.Literal('unit'),
        Type.Literal('item'),
        Type.Literal('window'),
      ]),
      id: Str,
      before: Type.Optional(CatalogEntry),
      after: CatalogEntry,
      window: Type.Optional(
        Type.Intersect([WindowRef, Type.Object({ todayUnitIds: Type.Array(Str) })]),
      ),
    },
    "An admin changed the catalogue: `after` as now stored, `before` absent for a new entry. A window's event carries the units it serves today.",
  ),
  'staff.changed': event(
    {
      actor: ActorRef,
      action: Type.Union([
        Type.Literal('created'),
        Type.Literal('updated'),
        Type.Literal('disabled'),
        Type.Literal('enabled'),
        Type.Literal('passwordReset'),
        Type.Literal('passwordChanged'),
      ]),
      before: Type.Optional(StaffRecord),
      after: StaffRecord,
    },
    'An admin changed a staff member (never a password hash).',
  ),
  'device.changed': event(
    {
      actor: ActorRef,
      action: Type.Union([Type.Literal('created'), Type.Literal('revoked')]),
      after: DeviceRecord,
    },
    'A device was registered or revoked.',
  ),
  'device.fault': event(
    {
      deviceId: Str,
      deviceName: Str,
      code: Str,
      message: Str,
      ticketId: Type.Optional(Str),
      ticketNumber: Type.Optional(Str),
    },
    "A device reported a fault (a kiosk's printer out of paper, offline…).",
  ),
} as const;

/**
 * A site event kept apart from the others only for its place in
 * `HallEventSchemas`, after the supervision events: that order is the order of
 * the AsyncAPI document's messages.
 */
export const CalendarEventSchemas = {
  'calendar.changed': event(
    { year: Type.Integer() },
    'An admin entered a year of the official calendar (holidays, 调休).',
  ),
} as const;
