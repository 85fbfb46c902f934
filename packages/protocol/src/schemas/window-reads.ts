/** What a clerk's screen reads about its window besides the window itself: its queue and the clerk's figures. */
import { Type, type Static } from 'typebox';
import { TicketView } from './tickets';

/**
 * The rows a clerk's and a supervisor's queue panel ask for (`?limit=`): the
 * next visitors in call order. The rest of the queue is in the summary; 选号
 * takes any waiting number typed in.
 */
export const QUEUE_PANEL_ROWS = 50;

export const WindowQueueQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.String({
        pattern: '^[1-9][0-9]{0,3}$|^10000$',
        description: 'only the first `limit` tickets in call order, 1–10000 (default: all)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type WindowQueueQuery = Static<typeof WindowQueueQuery>;

/** How many of the waiting tickets are of one unit or item. */
export const QueueCount = Type.Object({ id: Type.String(), count: Type.Integer({ minimum: 0 }) });
export type QueueCount = Static<typeof QueueCount>;

/** The whole waiting queue of the window in figures, however many tickets the reply lists. */
export const WindowQueueSummary = Type.Object({
  total: Type.Integer({ minimum: 0 }),
  priority: Type.Integer({ minimum: 0, description: 'priority tickets (优先)' }),
  transferred: Type.Integer({ minimum: 0, description: 'tickets sent on from another window' }),
  /** Most waiting first; ties by id, so a list does not jump about. */
  byUnit: Type.Array(QueueCount),
  byItem: Type.Array(QueueCount),
  issuedAts: Type.Array(Type.Integer(), {
    description:
      "every waiting ticket's issue time (ms), oldest first: a screen counts those past the wait limit as the minutes go by",
  }),
  oldest: Type.Optional(
    Type.Object(
      { ticketId: Type.String(), number: Type.String(), issuedAt: Type.Integer() },
      { description: 'the ticket that has waited longest' },
    ),
  ),
});
export type WindowQueueSummary = Static<typeof WindowQueueSummary>;

/** The summary of a queue nobody waits in (before the first answer, too). */
export const EMPTY_QUEUE_SUMMARY: WindowQueueSummary = Object.freeze({
  total: 0,
  priority: 0,
  transferred: 0,
  byUnit: [],
  byItem: [],
  issuedAts: [],
});

/** A list of tickets (GET /windows/:id/no-shows: today's 过号, newest first). */
export const TicketListReply = Type.Object({ tickets: Type.Array(TicketView) });
export type TicketListReply = Static<typeof TicketListReply>;

/** GET /windows/:id/queue — the tickets this window may call now, in call order. */
export const WindowQueueReply = Type.Object({
  tickets: Type.Array(TicketView),
  summary: WindowQueueSummary,
});
export type WindowQueueReply = Static<typeof WindowQueueReply>;

/** GET /windows/:id/stats — the signed-in clerk's figures for today. */
export const WindowStatsReply = Type.Object({
  served: Type.Integer(),
  avgServiceMs: Type.Integer(),
  avgWaitMs: Type.Integer(),
});
export type WindowStatsReply = Static<typeof WindowStatsReply>;
