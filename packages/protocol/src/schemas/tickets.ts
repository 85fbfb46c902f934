import { Type, type Static } from 'typebox';
import { Id } from './common';
import { ProxyTicketView } from './proxy';

export const TicketStatus = Type.Union([
  Type.Literal('waiting'),
  Type.Literal('called'),
  Type.Literal('serving'),
  Type.Literal('done'),
  Type.Literal('noShow'),
  Type.Literal('cancelled'),
  Type.Literal('expired'),
]);
export const Priority = Type.Union([Type.Literal('normal'), Type.Literal('priority')]);

export const TicketView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: TicketStatus,
  siteId: Type.String(),
  unitId: Type.String(),
  itemId: Type.String(),
  priority: Priority,
  businessDay: Type.String(),
  issuedAt: Type.Integer(),
  /** People ahead in the same queue; 0 once called. */
  ahead: Type.Integer(),
  estimatedWaitMs: Type.Integer(),
  windowId: Type.Optional(Type.String()),
  windowNumber: Type.Optional(Type.Integer()),
  calledAt: Type.Optional(Type.Integer()),
  startedAt: Type.Optional(Type.Integer()),
  finishedAt: Type.Optional(Type.Integer()),
  recallCount: Type.Integer(),
  transferCount: Type.Integer(),
  front: Type.Boolean(),
  targetWindowId: Type.Optional(Type.String()),
  /** Where to go (issue 16): the unit's and item's names as the visitor reads them. */
  unitName: Type.Optional(Type.String()),
  itemName: Type.Optional(Type.String()),
  /** The hall zone of the windows that serve it (A区). */
  zone: Type.Optional(Type.String()),
  /**
   * The windows that serve this ticket today, ascending: its target window, or
   * the windows serving its unit by today's rota ("请到 5–8 号窗口等候").
   */
  windowNumbers: Type.Optional(Type.Array(Type.Integer())),
  /** Waiting while no window of its queue is signed in: no estimate, 窗口暂未开放 (core Q24). */
  noWindowOpen: Type.Optional(Type.Boolean()),
  /** Its last transfer: from which window, and why (转移说明), for the receiving window (core Q16). */
  transferredFrom: Type.Optional(
    Type.Object({
      windowId: Type.String(),
      windowNumber: Type.Optional(Type.Integer()),
      note: Type.Optional(Type.String()),
    }),
  ),
  /** A proxy ticket (代办件, core Q28) followed by its id: its state, the applicant masked. */
  proxy: Type.Optional(ProxyTicketView),
});
export type TicketView = Static<typeof TicketView>;

/** The ticket a window holds, as the hall view keeps it (built from events alone). */
export const CurrentTicket = Type.Object({
  id: Type.String(),
  number: Type.String(),
  unitId: Type.String(),
  itemId: Type.String(),
  priority: Priority,
  issuedAt: Type.Integer(),
  transferCount: Type.Integer(),
  status: Type.Union([Type.Literal('called'), Type.Literal('serving')]),
  calledAt: Type.Integer(),
  startedAt: Type.Optional(Type.Integer()),
  recallCount: Type.Integer(),
});
export type CurrentTicket = Static<typeof CurrentTicket>;

export const IssueTicketBody = Type.Object(
  {
    itemId: Id,
    priority: Type.Optional(Priority),
    /** Ask the server to print on this kiosk's network printer (plain-browser kiosks). */
    print: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type IssueTicketBody = Static<typeof IssueTicketBody>;

export const PrintOutcome = Type.Union([
  Type.Object({ ok: Type.Literal(true) }),
  Type.Object({ ok: Type.Literal(false), code: Type.String(), message: Type.String() }),
]);
export type PrintOutcome = Static<typeof PrintOutcome>;

export const TicketReply = Type.Object({
  ticket: TicketView,
  print: Type.Optional(PrintOutcome),
  /** On issue: the status page's URL for the QR code, reachable from a phone (HALLQ_PUBLIC_URL or the LAN address). */
  statusUrl: Type.Optional(Type.String()),
});
export type TicketReply = Static<typeof TicketReply>;

export const TransferBody = Type.Object(
  {
    toUnitId: Type.Optional(Id),
    toItemId: Type.Optional(Id),
    toWindowId: Type.Optional(Id),
    position: Type.Union([Type.Literal('front'), Type.Literal('back')]),
    /** Why (转移说明), shown at the receiving window. */
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type TransferBody = Static<typeof TransferBody>;

/** 过号恢复: back in the queue at the front or the back. */
export const RestoreBody = Type.Object(
  { position: Type.Union([Type.Literal('front'), Type.Literal('back')]) },
  { additionalProperties: false },
);
export type RestoreBody = Static<typeof RestoreBody>;

/** Optional guard on ticket actions: the ticket the clerk's screen shows. */
export const TicketActionBody = Type.Union([
  Type.Object({}, { additionalProperties: false }),
  Type.Null(),
]);

export const CancelBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
