/**
 * The three-level network (区、乡、村) as the admin API shows it: every site
 * the caller may see with its level and parent, and the items of the
 * district's master catalogue each township takes (core Q26).
 */
import { Type, type Static } from 'typebox';
import { Id } from './common';

const Level = Type.Union([
  Type.Literal('district'),
  Type.Literal('township'),
  Type.Literal('village'),
]);

export const SiteNode = Type.Object({
  id: Type.String(),
  name: Type.String(),
  level: Level,
  /** The site above it; absent for the root (the district hall). */
  parentId: Type.Optional(Type.String()),
  /** The sites right below it that the caller may see, in id order. */
  childIds: Type.Array(Type.String()),
  /** The unit of this site that queues its enabled master items (一窗受理). */
  intakeUnitId: Type.Optional(Type.String()),
  /** Items of the master catalogue this site takes, in the order set. */
  enabledItemIds: Type.Array(Type.String()),
});

/** GET /sites: depth first from each root the caller sees, parents before children. */
export const SiteTreeReply = Type.Object({ sites: Type.Array(SiteNode) });

/** PUT /sites/:id/items: the whole list of enabled master items (it replaces the last). */
export const SiteItemsBody = Type.Object(
  {
    itemIds: Type.Array(Id, { maxItems: 1000, uniqueItems: true }),
    /** The site's own unit that queues them; absent: the one it has. */
    intakeUnitId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export type SiteNode = Static<typeof SiteNode>;
export type SiteTreeReply = Static<typeof SiteTreeReply>;
export type SiteItemsBody = Static<typeof SiteItemsBody>;
