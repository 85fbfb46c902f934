/**
 * HallStore: everything the hall keeps durably — the catalogue, the
 * append-only event log with its per-site seq, the projections (tickets,
 * windows, counters, each day's figures), the scrolling notices and the idempotent replies —
 * behind one interface. The server uses SqliteHallStore; MemoryHallStore
 * runs the same contract suite (hall-store.contract.ts), and another
 * database is an added implementation, not a rewrite.
 *
 * Transactions are synchronous: the hall's single writer decides, appends
 * and projects in one go. A callback that returns a promise is a type error.
 */
import type { Catalog, HallEvent, HallState, Item, Site, Ticket, Unit, Window } from '@hallq/core';
import type { LoggedEvent, Sequenced } from '../domain/logged-event';
import type { DayFigures, FigureKind } from './day-figures';

export type CatalogKind = 'site' | 'unit' | 'item' | 'window';

/** Who caused an event, for the projections (the kiosk that issued a ticket). */
export interface ProjectionContext {
  deviceId?: string;
}

export interface EventRecord {
  siteId: string;
  seq: number;
  at: number;
  /** Stored once, as itself (the wire form is built from it: domain/wire.ts). */
  event: LoggedEvent;
  /** The hall's order counter after this event (boot reads it from the stream's last event). */
  orderCounter?: number;
}

export interface StoredReply {
  status: number;
  body: unknown;
  requestHash: string;
}

/** A value that is not a promise: transactions never span an await. */
export type Sync<T> = T extends PromiseLike<unknown> ? never : T;

export interface HallStore {
  /** Changes whenever the database is replaced; screens resync from scratch. */
  readonly epoch: string;
  /**
   * Runs `work` atomically: all its writes land, or (when it throws) none.
   * Its writes may reach the disk a moment later (store/wal-sync.ts):
   * acknowledge them only after `committed()`.
   */
  transaction<T>(work: () => Sync<T>): T;
  /** Resolves when every write made so far is on disk. */
  committed(): Promise<void>;
  /** Runs `fn` once the writes made so far are on disk (at once when none are pending). */
  afterCommit(fn: () => void): void;

  loadCatalog(): Catalog;
  saveCatalogEntry(kind: CatalogKind, value: Site | Unit | Item | Window): void;
  /** The core state as of the last commit: active tickets, windows, counters. */
  loadState(catalog: Catalog): HallState;

  append(record: EventRecord): void;
  /** Moves the projections by one event, read from the event alone (call after append). */
  project(event: HallEvent, ctx: ProjectionContext): void;
  /**
   * A stream's business day and counters after a command (call after its
   * appends). A store may keep only what the log cannot tell: the SQLite
   * store writes its row when the business day changes or the stream is new.
   */
  saveSiteState(
    siteId: string,
    seq: number,
    businessDay: string | undefined,
    orderCounter: number,
  ): void;
  /** Each stream's last seq. */
  siteSeqs(): Record<string, number>;
  /** Events after `since`, oldest first, at most `limit`. */
  eventsSince(siteId: string, since: number, limit: number): Sequenced[];
  /** The newest calls and recalls since the site's last day close, newest first. */
  recentCalls(siteId: string, limit: number): Sequenced[];

  saveNotice(siteId: string, text: string, at: number): void;
  notices(): Record<string, string>;

  /** Any ticket ever issued (active or finished, any day). */
  ticket(id: string): Ticket | undefined;
  /** One clerk's (window's, unit's, item's) figures of a business day; undefined: nothing counted. */
  dayFigures(kind: FigureKind, id: string, businessDay: string): DayFigures | undefined;
  /** Every figures row of a site's business day (all kinds), by kind then id. */
  siteDayFigures(siteId: string, businessDay: string): DayFigures[];

  idempotentReply(scope: string, key: string): StoredReply | undefined;
  saveIdempotentReply(scope: string, key: string, reply: StoredReply, at: number): void;
  pruneIdempotentReplies(before: number): void;
}
