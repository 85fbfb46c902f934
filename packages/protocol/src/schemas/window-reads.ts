/** What a clerk's screen reads about its window besides the window itself: its queue and the clerk's figures. */
import { Type, type Static } from 'typebox';
import { TicketView } from './tickets';

/** GET /windows/:id/queue — the tickets this window may call now, in call order. */
export const WindowQueueReply = Type.Object({ tickets: Type.Array(TicketView) });
export type WindowQueueReply = Static<typeof WindowQueueReply>;

/** GET /windows/:id/stats — the signed-in clerk's figures for today. */
export const WindowStatsReply = Type.Object({
  served: Type.Integer(),
  avgServiceMs: Type.Integer(),
  avgWaitMs: Type.Integer(),
});
export type WindowStatsReply = Static<typeof WindowStatsReply>;
