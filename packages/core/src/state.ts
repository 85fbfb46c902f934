/**
 * The state `decide` reads and `evolve` builds. It holds the catalogue, the
 * windows, and only the *active* tickets of each site's current business day
 * (waiting, called, serving): finished tickets leave the state and live on in
 * the server's projections. That keeps every step O(active tickets).
 */
import type { Catalog, Ticket, WindowState } from './model';

/**
 * queue key ("u|unitId" or "w|windowId") → the ids of its waiting tickets,
 * one list per call class (front, priority, ordinary), each in ascending
 * queueOrder.
 */
export type QueueIndex = Record<string, [string[], string[], string[]]>;

export interface HallState {
  catalog: Catalog;
  /** siteId → current business day "YYYY-MM-DD" (absent until the first event). */
  businessDays: Record<string, string>;
  /** "siteId|unitId|day" → last serial issued. */
  serials: Record<string, number>;
  /** "itemId|day" → tickets issued (for 限号). */
  itemIssued: Record<string, number>;
  /** Active tickets (waiting, called, serving) by id. */
  tickets: Record<string, Ticket>;
  /** The waiting tickets of `tickets`, by queue and call class (kept by apply). */
  queues: QueueIndex;
  windows: Record<string, WindowState>;
  /**
   * 过号 tickets of each site's current day, by id, as they ended (Q24): what
   * a restore puts back. Bounded by the day: a site's earlier days' are
   * dropped when its day closes.
   */
  noShows: Record<string, Ticket>;
  /** Monotonic counter for queue order (arrival and transfers). */
  orderCounter: number;
  /** unitId → recent service durations in ms, newest last, bounded. */
  serviceTimes: Record<string, number[]>;
}
