import { Type, type Static } from 'typebox';
import { TicketView } from './tickets';
import { ItemGuide } from './item-guide';

/** One of the ticket's windows as the visitor's phone shows it: the number it serves now. */
export const PhoneWindow = Type.Object({
  number: Type.Integer(),
  zone: Type.String(),
  /** signedOut reads 暂未开放, paused 暂停服务. */
  status: Type.Union([Type.Literal('open'), Type.Literal('paused'), Type.Literal('signedOut')]),
  /** The number called or served there now. */
  serving: Type.Optional(Type.String()),
});
export type PhoneWindow = Static<typeof PhoneWindow>;

/**
 * What the visitor's phone page (/t/<id>) is sent, first and on every change,
 * over its event stream (/t/<id>/events, text/event-stream): this ticket and
 * its windows only. The ticket id is the capability; nothing else is asked.
 */
export const PhoneStatus = Type.Object({
  ticket: TicketView,
  hallName: Type.String(),
  /** The site's zone, for the time of the last update. */
  timeZone: Type.String(),
  /** When this was built (server clock, epoch ms). */
  at: Type.Integer(),
  /** The ticket's windows today, with what each serves now. */
  windows: Type.Array(PhoneWindow),
  /** Where a 过号 visitor goes to be restored: the 咨询导办 windows of the site. */
  helpDesks: Type.Array(Type.Object({ number: Type.Integer(), zone: Type.String() })),
  /** The item's 办事指南, when it has a full one: what to bring (一次性告知). */
  guide: Type.Optional(ItemGuide),
});
export type PhoneStatus = Static<typeof PhoneStatus>;
