import { Type, type Static } from 'typebox';
import { WindowStateView } from './windows';

export const UnitQueue = Type.Object({
  unitId: Type.String(),
  waiting: Type.Integer(),
  priorityWaiting: Type.Integer(),
});

export const RecentCall = Type.Object({
  seq: Type.Integer(),
  at: Type.Integer(),
  ticket: Type.Object({ id: Type.String(), number: Type.String(), unitId: Type.String() }),
  window: Type.Object({ id: Type.String(), number: Type.Integer() }),
  recall: Type.Boolean(),
});
export type RecentCall = Static<typeof RecentCall>;

/**
 * The hall view of one site at one `seq`: what a screen needs to draw itself.
 * The server keeps it by folding its own events with `@hallq/hall-view`, and
 * screens mirror it with the same function, so a snapshot and a fold of the
 * events it covers are equal.
 */
export const HallSnapshot = Type.Object({
  seq: Type.Integer(),
  siteId: Type.String(),
  businessDay: Type.String(),
  at: Type.Integer(),
  units: Type.Array(UnitQueue),
  windows: Type.Array(WindowStateView),
  recentCalls: Type.Array(RecentCall),
  notice: Type.String(),
});
export type HallSnapshot = Static<typeof HallSnapshot>;
export type UnitQueue = Static<typeof UnitQueue>;

export const QueuesReply = HallSnapshot;
export type QueuesReply = HallSnapshot;
