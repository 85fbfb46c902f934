/**
 * HallStore on better-sqlite3 (WAL, see open-database.ts). Each command is
 * one transaction. On the server's connection the WAL is flushed to disk
 * off the event loop (wal-sync.ts) and nothing is acknowledged before that
 * flush, so what the server acknowledged survives kill -9 or a power cut.
 */
import type Database from 'better-sqlite3';
import type { Catalog, HallState, Item, Site, Ticket, Unit, Window } from '@hallq/core';
import { EVENT_VERSION } from '@hallq/core';
import type { LoggedEvent, Sequenced } from '../domain/logged-event';
import { loadCatalog, saveCatalogEntry } from '../domain/catalog-store';
import type { CatalogKind, EventRecord, HallStore, StoredReply, Sync } from './hall-store';
import { readEpoch } from './open-database';
import type { WalSync } from './wal-sync';
import { loadState, ticketFromRow, type TicketRow } from './sqlite-load-state';
import { createProjector } from './sqlite-projector';
import { dayFiguresReader } from './sqlite-day-figures';
import type { DayFigures, FigureKind } from './day-figures';

/**
 * A stream's last seq (stream, stream): its row in site_state is written only
 * when its business day changes (migration 17), so the log's own key says
 * where it is.
 */
export const STREAM_SEQ_SQL = `SELECT MAX(
    COALESCE((SELECT seq FROM site_state WHERE site_id = ?), 0),
    COALESCE((SELECT MAX(seq) FROM events WHERE site_id = ?), 0))`;

/**
 * The day's last calls (site, site, limit), by the log's type index
 * (`type <> 'ticket.issued'` is that partial index's own condition;
 * lean-writes.test.ts checks the plan).
 */
export const RECENT_CALLS_SQL = `SELECT seq, event FROM events
  WHERE site_id = ? AND type IN ('ticket.called','ticket.recalled') AND type <> 'ticket.issued'
    AND seq > (SELECT COALESCE(MAX(seq), 0) FROM events WHERE site_id = ? AND type = 'day.closed'
      AND type <> 'ticket.issued')
  ORDER BY seq DESC LIMIT ?`;

export class SqliteHallStore implements HallStore {
  readonly epoch: string;
  readonly project: HallStore['project'];
  private readonly q;
  private readonly figures;

  /**
   * `durability`: the server's connection commits with synchronous=NORMAL and
   * is made durable by it; without one (the CLI, synchronous=FULL) a
   * transaction that returned is already on disk.
   */
  constructor(
    readonly db: Database.Database,
    private readonly durability?: WalSync,
  ) {
    this.epoch = readEpoch(db);
    this.inTransaction = db.transaction((work: () => unknown) => work());
    this.project = createProjector(db);
    this.figures = dayFiguresReader(db);
    this.q = {
      append: db.prepare(
        `INSERT INTO events (site_id, seq, type, at, v, event, order_counter)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      siteState: db.prepare(`INSERT INTO site_state (site_id, seq, business_day, order_counter)
        VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET seq=excluded.seq,
        business_day=excluded.business_day, order_counter=excluded.order_counter`),
      storedDay: db.prepare(`SELECT business_day FROM site_state WHERE site_id = ?`),
      streams: db.prepare(`SELECT site_id FROM site_state`).pluck(),
      streamSeq: db.prepare(STREAM_SEQ_SQL).pluck(),
      since: db.prepare(
        `SELECT seq, event FROM events WHERE site_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
      ),
      calls: db.prepare(RECENT_CALLS_SQL),
      notice: db.prepare(`INSERT INTO notices (site_id, text, updated_at) VALUES (?, ?, ?)
        ON CONFLICT DO UPDATE SET text=excluded.text, updated_at=excluded.updated_at`),
      notices: db.prepare(`SELECT site_id, text FROM notices`),
      ticket: db.prepare(`SELECT * FROM tickets WHERE id = ?`),
      reply: db.prepare(
        `SELECT request_hash, status, response FROM idempotency WHERE scope = ? AND key = ?`,
      ),
      saveReply:
        db.prepare(`INSERT INTO idempotency (scope, key, request_hash, status, response, created_at)
        VALUES (?, ?, ?, ?, ?, ?)`),
      pruneReplies: db.prepare(`DELETE FROM idempotency WHERE created_at < ?`),
    };
  }

  /**
   * One wrapper for every command: better-sqlite3's `db.transaction(fn)`
   * builds four wrapper functions each time it is called, which was 1.6% of
   * the server's busy time while kiosks issued.
   */
  private readonly inTransaction: (work: () => unknown) => unknown;

  transaction<T>(work: () => Sync<T>): T {
    return this.inTransaction(work) as T;
  }
  committed(): Promise<void> {
    return this.durability?.durable() ?? Promise.resolve();
  }
  afterCommit(fn: () => void): void {
    if (this.durability) this.durability.afterCommit(fn);
    else fn();
  }

  loadCatalog(): Catalog {
    return loadCatalog(this.db);
  }
  saveCatalogEntry(kind: CatalogKind, value: Site | Unit | Item | Window): void {
    saveCatalogEntry(this.db, kind, value);
  }
  loadState(catalog: Catalog): HallState {
    return loadState(this.db, catalog);
  }

  append(r: EventRecord): void {
    this.q.append.run(
      r.siteId,
      r.seq,
      r.event.type,
      r.at,
      EVENT_VERSION,
      JSON.stringify(r.event),
      r.orderCounter ?? null,
    );
  }
  saveSiteState(
    siteId: string,
    seq: number,
    businessDay: string | undefined,
    orderCounter: number,
  ): void {
    // The stream's seq and the counter are on its last event (migration 17):
    // the row is written when its day changes or the stream is new. Read in
    // the command's own transaction, so a rolled-back write is never taken
    // for a stored one; a read dirties no page.
    const stored = this.q.storedDay.get(siteId) as { business_day: string | null } | undefined;
    if (stored && stored.business_day === (businessDay ?? null)) return;
    this.q.siteState.run(siteId, seq, businessDay ?? null, orderCounter);
  }
  siteSeqs(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const stream of this.q.streams.all() as string[])
      out[stream] = this.q.streamSeq.get(stream, stream) as number;
    return out;
  }
  eventsSince(siteId: string, since: number, limit: number): Sequenced[] {
    return (this.q.since.all(siteId, since, limit) as EventRow[]).map(sequenced);
  }
  recentCalls(siteId: string, limit: number): Sequenced[] {
    return (this.q.calls.all(siteId, siteId, limit) as EventRow[]).map(sequenced);
  }

  saveNotice(siteId: string, text: string, at: number): void {
    this.q.notice.run(siteId, text, at);
  }
  notices(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const r of this.q.notices.all() as { site_id: string; text: string }[])
      out[r.site_id] = r.text;
    return out;
  }

  ticket(id: string): Ticket | undefined {
    const row = this.q.ticket.get(id) as TicketRow | undefined;
    return row ? ticketFromRow(row) : undefined;
  }
  dayFigures(kind: FigureKind, id: string, businessDay: string): DayFigures | undefined {
    return this.figures.dayFigures(kind, id, businessDay);
  }
  siteDayFigures(siteId: string, businessDay: string): DayFigures[] {
    return this.figures.siteDayFigures(siteId, businessDay);
  }

  idempotentReply(scope: string, key: string): StoredReply | undefined {
    const row = this.q.reply.get(scope, key) as
      { request_hash: string; status: number; response: string } | undefined;
    return row
      ? { requestHash: row.request_hash, status: row.status, body: JSON.parse(row.response) }
      : undefined;
  }
  saveIdempotentReply(scope: string, key: string, reply: StoredReply, at: number): void {
    this.q.saveReply.run(
      scope,
      key,
      reply.requestHash,
      reply.status,
      JSON.stringify(reply.body),
      at,
    );
  }
  pruneIdempotentReplies(before: number): void {
    this.q.pruneReplies.run(before);
  }
}

interface EventRow {
  seq: number;
  event: string;
}
const sequenced = (r: EventRow): Sequenced => ({
  seq: r.seq,
  event: JSON.parse(r.event) as LoggedEvent,
});
