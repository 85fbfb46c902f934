/** Admin API, audit: 审计日志, append-only, one entry per admin change. */
import { Type, type Static } from 'typebox';
import { Id } from './common';

const Millis = Type.String({ pattern: '^[0-9]{1,15}$' });

export const AuditActor = Type.Object({
  kind: Type.Union([Type.Literal('staff'), Type.Literal('cli')]),
  id: Type.String(),
  name: Type.String(),
});

export const AuditEntry = Type.Object({
  at: Type.Integer(),
  /** The site the change belongs to. */
  siteId: Type.String(),
  actor: AuditActor,
  /** e.g. staff.created, unit.updated, site.updated, device.paired, auth.signedIn, auth.failed */
  action: Type.String(),
  /** kind:id, e.g. staff:staff-zhangsan, window:w7, site:district, auth:staff-w05 (a sign-in) */
  target: Type.String(),
  before: Type.Optional(Type.Unknown()),
  after: Type.Optional(Type.Unknown()),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object(
  {
    /** Epoch ms, inclusive (query strings are not coerced: digits). */
    from: Type.Optional(Millis),
    /** Epoch ms, exclusive. */
    to: Type.Optional(Millis),
    /** An actor's id. */
    actor: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** kind:id for one entry, or a kind (staff, auth, unit, item, window, site, device, notice). */
    target: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    /** At most this many, newest first (default 200, at most 1000). */
    limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$|^1000$' })),
    siteId: Type.Optional(Id),
    /** The next page: the `nextCursor` of the previous reply (entries older than it). */
    cursor: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,14}$' })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditReply = Type.Object({
  entries: Type.Array(AuditEntry),
  /** Present when older entries match: pass it as `cursor` for the next page. */
  nextCursor: Type.Optional(Type.String()),
});
export type AuditReply = Static<typeof AuditReply>;
