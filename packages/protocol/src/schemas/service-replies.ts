/** Small replies of the service routes: health, a bare acknowledgement, the hall notice, an item's quota. */
import { Type, type Static } from 'typebox';

/** GET /health */
export const HealthReply = Type.Object({ status: Type.Literal('ok'), version: Type.String() });
export type HealthReply = Static<typeof HealthReply>;

/** A write whose only answer is that it was done (logout, a device's status report). */
export const OkReply = Type.Object({ ok: Type.Literal(true) });
export type OkReply = Static<typeof OkReply>;

/** GET and PUT /notice */
export const NoticeReply = Type.Object({ notice: Type.String() });
export type NoticeReply = Static<typeof NoticeReply>;

/**
 * PUT /notice: the scrolling notice of the hall screen ('' shows none);
 * `includeChildren` sets it at the site's child halls too (the district's
 * township centres), each on its own screen.
 */
export const NoticeBody = Type.Object(
  {
    notice: Type.String({ maxLength: 500 }),
    includeChildren: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type NoticeBody = Static<typeof NoticeBody>;

/** PUT /notice's answer: the notice and the sites it was set at. */
export const NoticeSetReply = Type.Object({
  notice: Type.String(),
  siteIds: Type.Array(Type.String()),
});
export type NoticeSetReply = Static<typeof NoticeSetReply>;

/** PATCH /items/:id */
export const ItemQuotaReply = Type.Object({
  id: Type.String(),
  dailyQuota: Type.Union([Type.Integer(), Type.Null()]),
});
export type ItemQuotaReply = Static<typeof ItemQuotaReply>;
