import { Type, type Static } from 'typebox';
import { Id } from './common';
import { TicketView } from './tickets';

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

export const WindowStateView = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  name: Type.String(),
  status: WindowStatus,
  pauseReason: Type.Optional(Type.String()),
  staff: Type.Optional(StaffBrief),
  current: Type.Optional(TicketView),
  todayUnitIds: Type.Array(Type.String()),
});
export type WindowStateView = Static<typeof WindowStateView>;

export const WindowReply = Type.Object({ window: WindowStateView });
export type WindowReply = Static<typeof WindowReply>;

export const PauseBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 64 }) },
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

/** 选号呼叫 */
export const CallTicketBody = Type.Object(
  { ticketId: Id, reason: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type CallTicketBody = Static<typeof CallTicketBody>;
