/**
 * The district roll-up (区、乡、村三级联动): each site the caller may see, live,
 * from the read models (the hall model, the open alerts, the proxy tickets);
 * `total` is their sum (the longest wait: their maximum).
 */
import { Type, type Static } from 'typebox';

export const RollupFigures = Type.Object({
  windowsOpen: Type.Integer(),
  windows: Type.Integer(),
  waiting: Type.Integer(),
  longestWaitMs: Type.Integer(),
  alertsOpen: Type.Integer(),
  alertsRed: Type.Integer(),
  /** 代办 handled here, not done; and of them, past their promised date. */
  proxiesOpen: Type.Integer(),
  proxiesOverdue: Type.Integer(),
});
export type RollupFigures = Static<typeof RollupFigures>;

export const SiteRollup = Type.Object({
  siteId: Type.String(),
  name: Type.String(),
  level: Type.String(),
  parentId: Type.Optional(Type.String()),
  childIds: Type.Array(Type.String()),
  /** The site's own figures. */
  own: RollupFigures,
  /** The site and every site below it that the caller may see. */
  withChildren: RollupFigures,
});
export type SiteRollup = Static<typeof SiteRollup>;

export const SiteRollupReply = Type.Object({
  at: Type.Integer(),
  /** Depth first from the root, parents before children. */
  sites: Type.Array(SiteRollup),
  total: RollupFigures,
});
export type SiteRollupReply = Static<typeof SiteRollupReply>;
