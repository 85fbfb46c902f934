/**
 * The hall: the only writer. A command is decided by the pure core, then in
 * ONE synchronous store transaction its events are appended to the log with
 * the site's next `seq`, the projections are updated and the model moves on;
 * the events go out to screens (and fold into the hall views) only once they
 * are on disk (store/wal-sync.ts). The store is synchronous and Node runs one
 * command at a time, so two clerks pressing "next" at the same instant are
 * simply two commands in a row.
 */
import {
  apply,
  decide,
  type Catalog,
  type Command,
  type HallEvent,
  type HallState,
} from '@hallq/core';
import { MAX_RECENT_CALLS } from '@hallq/hall-view';
import type { HallSnapshot, WireEvent } from '@hallq/protocol';
import type { Clock } from '../clock';
import { HallqError } from '../errors';
import type { HallStore, ProjectionContext, Sync } from '../store/hall-store';
import type { Actor, AdminEvent, Sequenced } from './logged-event';
import { streamOf } from './event-streams';
import { PublishedHall, recentCall, type HallListener } from './published-hall';
import { toWire } from './wire';
import { hallViewOf, type StaffBrief } from './views';

export type { HallListener } from './published-hall';
/** A read model of admin events, written in the change's own transaction. */
export type AdminReader = (record: { seq: number; event: AdminEvent }) => void;

export interface CommandResult {
  events: HallEvent[];
  wire: WireEvent[];
  state: HallState;
}

/** A reconnecting screen further behind than this gets a snapshot instead. */
export const REPLAY_LIMIT = 500;

export class HallService {
  private current: HallState;
  /** Each site's last seq written (perhaps not yet flushed to disk: store/wal-sync.ts). */
  private readonly seqs = new Map<string, number>();
  /** What is on disk and sent to screens: what replays and snapshots stand on (published-hall.ts). */
  private readonly published: PublishedHall;
  private readonly adminReaders = new Set<AdminReader>();

  constructor(
    readonly store: HallStore,
    private readonly clock: Clock,
    /** Looks a staff member up where staff are kept (no copy here: see Accounts.staffBrief). */
    private readonly findStaff: (id: string) => StaffBrief | undefined,
  ) {
    this.published = new PublishedHall(clock);
    this.current = store.loadState(store.loadCatalog());
    this.loadSeqs();
    this.rebuildViews(store.notices());
  }

  private loadSeqs(): void {
    const stored = this.store.siteSeqs();
    this.seqs.clear();
    for (const [siteId, seq] of Object.entries(stored)) this.seqs.set(siteId, seq);
    this.published.reset(stored);
  }

  /** Every site's hall view from the model, the log's recent calls and the notices. */
  private rebuildViews(notices: Record<string, string>, only?: (siteId: string) => boolean): void {
    const now = this.clock.now();
    for (const siteId of Object.keys(this.current.catalog.sites)) {
      if (only && !only(siteId)) continue;
      const calls = this.store
        .recentCalls(siteId, MAX_RECENT_CALLS)
        .map((e) => recentCall(this.wire(e)))
        .filter((c) => c !== undefined);
      this.published.setView(
        siteId,
        hallViewOf(
          this.current,
          siteId,
          this.seq(siteId),
          now,
          this.staff,
          calls,
          notices[siteId] ?? this.published.notice(siteId) ?? '',
        ),
      );
    }
  }

  private wire(e: Sequenced): WireEvent {
    return toWire(e, this.current.catalog, this.staff);
  }

  /** Reload the catalogue after a change made outside recordAdmin; the views are rebuilt. */
  refreshCatalog(): void {
    this.reloadCatalog();
    // Windows renamed or added: the views start again from the model, once
    // what the model holds is committed (the views show committed state only).
    this.store.afterCommit(() => this.rebuildViews({}));
  }

  /** The model takes the stored catalogue; active state is kept, new windows start signed out. */
  private reloadCatalog(): void {
    const catalog = this.store.loadCatalog();
    this.current = {
      ...this.current,
      catalog,
      windows: { ...initialWindows(catalog), ...this.current.windows },
    };
  }

  get state(): HallState {
    return this.current;
  }
  get catalog(): Catalog {
    return this.current.catalog;
  }
  now(): number {
    return this.clock.now();
  }
  /** The site's last committed seq: what screens have been (or are being) sent. */
  seq(siteId: string): number {
    return this.published.seq(siteId);
  }
  staff = (id: string): StaffBrief | undefined => this.findStaff(id);

  onEvents(listener: HallListener): () => void {
    return this.published.onEvents(listener);
  }

  /**
   * Decide, persist, publish. `within` runs inside the transaction after the
   * events are written (e.g. to store an idempotent reply); if it throws,
   * nothing is written and the state does not move.
   */
  execute<T>(
    command: Command,
    ctx: ProjectionContext = {},
    within?: (result: CommandResult) => T,
  ): CommandResult & { extra: T | undefined } {
    const decision = decide(this.current, command);
    if (!decision.ok) throw new HallqError(decision.error.code, decision.error.details);
    const seqs = new Map(this.seqs);
    // The one model moves in place, event by event, inside the transaction
    // (the projections and the wire form read it). Should the transaction
    // throw, the model is read back from the store, which rolled back.
    const next = this.current;
    const wire: WireEvent[] = [];
    let extra: T | undefined;
    try {
      this.store.transaction(() => {
        for (const event of decision.events) {
          apply(next, event);
          const seq = (seqs.get(event.siteId) ?? 0) + 1;
          seqs.set(event.siteId, seq);
          this.store.append({
            siteId: event.siteId,
            seq,
            at: event.at,
            event,
            orderCounter: next.orderCounter,
          });
          this.store.project(event, ctx);
          wire.push(this.wire({ seq, event }));
        }
        for (const siteId of new Set(decision.events.map((e) => e.siteId))) {
          this.store.saveSiteState(
            siteId,
            seqs.get(siteId) ?? 0,
            next.businessDays[siteId],
            next.orderCounter,
          );
        }
        if (within) extra = within({ events: decision.events, wire, state: next });
      });
    } catch (err) {
      this.current = this.store.loadState(this.current.catalog);
      throw err;
    }
    for (const [k, v] of seqs) this.seqs.set(k, v);
    this.store.afterCommit(() => this.published.publish(wire));
    return { events: decision.events, wire, state: next, extra };
  }

  /** The scrolling notice: a server-level event like any admin change. */
  setNotice(siteId: string, text: string, actor?: Actor): void {
    this.setNotices([siteId], text, actor);
  }

  /**
   * One notice at several sites at once (the district's to its township
   * halls): one transaction, and each site its own notice.updated on its own
   * stream, audited there.
   */
  setNotices(siteIds: readonly string[], text: string, actor?: Actor): void {
    const at = this.clock.now();
    this.recordAdmin(
      siteIds.map((siteId) => ({
        type: 'notice.updated' as const,
        siteId,
        at,
        notice: text,
        ...(actor ? { actor } : {}),
      })),
      () => {
        for (const siteId of siteIds) this.store.saveNotice(siteId, text, at);
      },
    );
  }

  /**
   * Keeps a read model of admin events (the audit) in the same transaction
   * as the change and its event.
   */
  addAdminReader(reader: AdminReader): () => void {
    this.adminReaders.add(reader);
    return () => this.adminReaders.delete(reader);
  }

  /**
   * An admin change (catalogue, staff, devices, settings, notice): `write`
   * makes the change itself (a catalogue row, a staff row…), and in the same
   * transaction its events are appended with their sites' next seq and the
   * admin readers (the audit) record them. If anything throws, nothing is
   * written. After the commit the model takes the new catalogue (the next
   * issue or call sees it) and the events go out to the screens, whose views
   * (and the server's) fold them with @hallq/hall-view.
   */
  recordAdmin<T>(events: readonly AdminEvent[], write: () => Sync<T>): T {
    const seqs = new Map(this.seqs);
    const sequenced: Sequenced[] = [];
    const result = this.store.transaction(() => {
      const value = write();
      for (const event of events) {
        // A site's alerts are numbered in their own stream (event-streams.ts).
        const stream = streamOf(event);
        const seq = (seqs.get(stream) ?? 0) + 1;
        seqs.set(stream, seq);
        this.store.append({
          siteId: stream,
          seq,
          at: event.at,
          event,
          orderCounter: this.current.orderCounter,
        });
        sequenced.push({ seq, event });
        for (const reader of this.adminReaders) reader({ seq, event });
      }
      for (const stream of new Set(events.map(streamOf))) {
        this.store.saveSiteState(
          stream,
          seqs.get(stream) ?? 0,
          this.current.businessDays[stream],
          this.current.orderCounter,
        );
      }
      return value;
    });
    for (const [k, v] of seqs) this.seqs.set(k, v);
    if (events.some((e) => e.type === 'catalog.changed')) this.reloadCatalog();
    const wire = sequenced.map((e) => this.wire(e));
    this.store.afterCommit(() => {
      // A site made just now (首次设置, POST /sites) gets its view before its first event.
      this.rebuildViews({}, (siteId) => !this.published.hasView(siteId));
      this.published.publish(wire);
    });
    return result;
  }

  notice(siteId: string): string {
    return this.published.notice(siteId) ?? '';
  }

  /** Events after `since`, or undefined when the gap is too old to replay. */
  eventsSince(siteId: string, since: number): WireEvent[] | undefined {
    const head = this.published.seq(siteId);
    if (since > head || since < 0) return undefined;
    if (head - since > REPLAY_LIMIT) return undefined;
    return this.store
      .eventsSince(siteId, since, Math.min(REPLAY_LIMIT, head - since))
      .map((e) => this.wire(e));
  }

  /** The site's hall view at its current seq (published-hall.ts). */
  snapshot(siteId: string): HallSnapshot {
    return this.published.snapshot(siteId);
  }
}

function initialWindows(catalog: Catalog): HallState['windows'] {
  const windows: HallState['windows'] = {};
  for (const id of Object.keys(catalog.windows)) {
    windows[id] = { id, status: 'signedOut', priorityStreak: 0 };
  }
  return windows;
}
