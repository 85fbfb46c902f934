/**
 * 全程代办 (core Q27–Q30): a village agent's proxy ticket (代办件), as the
 * agent registers it, as the handling clerk steps it, and as everyone reads
 * it. The applicant's name and phone are masked (`masked: true`) except in
 * the record read by the agent who registered it or the handling site's staff.
 */
import { Type, type Static } from 'typebox';
import { Id } from './common';

const Note = Type.String({ maxLength: 500 });
const MaterialName = Type.String({ minLength: 1, maxLength: 64 });
const Materials = Type.Array(MaterialName, { maxItems: 30 });

export const ProxyStatus = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('accepted'),
  Type.Literal('materialsMissing'),
  Type.Literal('done'),
]);
export type ProxyStatus = Static<typeof ProxyStatus>;

export const ProxyStepKind = Type.Union([
  Type.Literal('accept'),
  Type.Literal('askMaterials'),
  Type.Literal('resubmit'),
  Type.Literal('finish'),
]);
export type ProxyStepKind = Static<typeof ProxyStepKind>;

export const ProxyTicketBody = Type.Object(
  {
    /** Where it is handled: the room's township, or the district. */
    siteId: Id,
    itemId: Id,
    applicant: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 32 }),
        phone: Type.String({ pattern: '^[0-9][0-9 -]{4,19}$' }),
      },
      { additionalProperties: false },
    ),
    /** The materials received, by their names in the item's office guide. */
    materials: Materials,
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export type ProxyTicketBody = Static<typeof ProxyTicketBody>;

export const ProxyStepBody = Type.Object(
  {
    kind: ProxyStepKind,
    note: Type.Optional(Note),
    /** askMaterials: what is missing; resubmit: what the agent brought. */
    materials: Type.Optional(Materials),
  },
  { additionalProperties: false },
);
export type ProxyStepBody = Static<typeof ProxyStepBody>;

export const ProxyTicketsQuery = Type.Object(
  {
    /** The handling site (staff of the district may name a township); agents list their own. */
    siteId: Type.Optional(Id),
    unitId: Type.Optional(Id),
    status: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('done'), Type.Literal('all')]),
    ),
  },
  { additionalProperties: false },
);
export type ProxyTicketsQuery = Static<typeof ProxyTicketsQuery>;

export const ProxyStepView = Type.Object({
  kind: ProxyStepKind,
  note: Type.String(),
  materials: Type.Array(Type.String()),
  status: ProxyStatus,
  at: Type.Integer(),
  by: Type.Object({ id: Type.String(), name: Type.String() }),
});

export const ProxyTicketView = Type.Object({
  id: Type.String(),
  siteId: Type.String(),
  unitId: Type.String(),
  itemId: Type.String(),
  itemName: Type.String(),
  agentSiteId: Type.String(),
  agentSiteName: Type.String(),
  agent: Type.Object({ id: Type.String(), name: Type.String() }),
  applicant: Type.Object({ name: Type.String(), phone: Type.String() }),
  /** The applicant as masked (core Q30): anywhere but the record itself. */
  masked: Type.Boolean(),
  materials: Type.Array(Type.String()),
  /** What the clerk asked for while `materialsMissing`. */
  missing: Type.Array(Type.String()),
  note: Type.String(),
  status: ProxyStatus,
  /** The agent's trips for it (跑一次: 1). */
  trips: Type.Integer(),
  registeredAt: Type.Integer(),
  /** The promised date (core Q29), in the handling site's zone. */
  dueDay: Type.String(),
  dueAt: Type.Integer(),
  overdue: Type.Boolean(),
  calendarConfirmed: Type.Boolean(),
  updatedAt: Type.Integer(),
  doneAt: Type.Optional(Type.Integer()),
  steps: Type.Array(ProxyStepView),
});
export type ProxyTicketView = Static<typeof ProxyTicketView>;

export const ProxyTicketReply = Type.Object({ ticket: ProxyTicketView });
export type ProxyTicketReply = Static<typeof ProxyTicketReply>;
export const ProxyTicketsReply = Type.Object({ tickets: Type.Array(ProxyTicketView) });
export type ProxyTicketsReply = Static<typeof ProxyTicketsReply>;
