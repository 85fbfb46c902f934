import { Type, type Static } from 'typebox';
import { Id } from './common';
import { CurrentTicket, TicketView } from './tickets';

export const WindowStatus = Type.Union([
  Type.Literal('signedOut'),
  Type.Literal('open'),
  Type.Literal('paused'),
]);

export const StaffBrief = Type.Object({
  id: Type.String(),
  name: Type.String(),
  staffNo: Type.String(),
});
export type StaffBrief = Static<typeof StaffBrief>;

const windowFields = {
  id: Type.String(),
  number: Type.Integer(),
  name: Type.String(),
  status: WindowStatus,
  pauseReason: Type.Optional(Type.String()),
  /** While paused: the expected return, local "HH:MM" (暂停服务，预计 14:30 恢复). */
  pauseUntil: Type.Optional(Type.String()),
  staff: Type.Optional(StaffBrief),
  todayUnitIds: Type.Array(Type.String()),
};

/** A window as the hall view keeps it (from events alone: see @hallq/hall-view). */
export const WindowStateView = Type.Object({
  ...windowFields,
  current: Type.Optional(CurrentTicket),
});
export type WindowStateView = Static<typeof WindowStateView>;

/** A window as its clerk reads it over REST: the ticket it holds in full (wait, estimate). */
export const WindowDetail = Type.Object({
  ...windowFields,
  current: Type.Optional(TicketView),
});
export type WindowDetail = Static<typeof WindowDetail>;

export const WindowReply = Type.Object({ window: WindowDetail });
export type WindowReply = Static<typeof WindowReply>;

export const PauseBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 64 }),
    /** Expected return, local "HH:MM" of the hall. */
    until: Type.Optional(Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' })),
  },
  { additionalProperties: false },
);
export type PauseBody = Static<typeof PauseBody>;

/** Call-next may carry the ticket the clerk's screen shows as current (none). */
export const CallNextBody = Type.Union([
  Type.Object(
    { expectedCurrentTicketId: Type.Optional(Type.Union([Id, Type.Null()])) },
    { additionalProperties: false },
  ),
  Type.Null(),
]);

/** 选号呼叫: the ticket by id (from the list) or by the number the visitor holds (exactly one). */
export const CallTicketBody = Type.Object(
  {
    ticketId: Type.Optional(Id),
    number: Type.Optional(
      Type.String({ minLength: 1, maxLength: 16, pattern: '^\\s*[A-Za-z]{0,2}[0-9]{1,6}\\s*$' }),
    ),
    reason: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type CallTicketBody = Static<typeof CallTicketBody>;
