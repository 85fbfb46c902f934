/**
 * The hall: the only writer. A command is decided by the pure core, then in
 * ONE synchronous store transaction its events are appended to the log with
 * the site's next `seq` and the projections are updated; only after the
 * commit does the in-memory state move on and the events go out to screens.
 * The store is synchronous and Node runs one command at a time, so two
 * clerks pressing "next" at the same instant are simply two commands in a row.
 */
import {
  apply,
  decide,
  type Catalog,
  type Command,
  type HallEvent,
  type HallState,
} from '@hallq/core';
import type { HallEventPayloads, RecentCall, WireEvent } from '@hallq/protocol';
import type { Clock } from '../clock';
import { HallqError } from '../errors';
import type { HallStore, ProjectionContext } from '../store/hall-store';
import { toWire } from './wire';
import { snapshot, type StaffBrief } from './views';

export type HallListener = (siteId: string, events: WireEvent[]) => void;

export interface CommandResult {
  events: HallEvent[];
  wire: WireEvent[];
  state: HallState;
}

const RECENT_CALLS = 12;
/** A reconnecting screen further behind than this gets a snapshot instead. */
export const REPLAY_LIMIT = 500;

export class HallService {
  private current: HallState;
  private readonly seqs = new Map<string, number>();
  private readonly recent = new Map<string, RecentCall[]>();
  private readonly notices = new Map<string, string>();
  private readonly listeners = new Set<HallListener>();

  constructor(
    readonly store: HallStore,
    private readonly clock: Clock,
    /** Looks a staff member up where staff are kept (no copy here: see Accounts.staffBrief). */
    private readonly findStaff: (id: string) => StaffBrief | undefined,
  ) {
    this.current = store.loadState(store.loadCatalog());
    for (const [siteId, seq] of Object.entries(store.siteSeqs())) this.seqs.set(siteId, seq);
    for (const siteId of Object.keys(this.current.catalog.sites)) {
      this.recent.set(
        siteId,
        store
          .recentCalls(siteId, RECENT_CALLS)
          .map(recentCall)
          .filter((c) => c !== undefined),
      );
    }
    for (const [siteId, text] of Object.entries(store.notices())) this.notices.set(siteId, text);
  }

  /** Reload the catalogue after an admin change; active state is kept. */
  refreshCatalog(): void {
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
  seq(siteId: string): number {
    return this.seqs.get(siteId) ?? 0;
  }
  staff = (id: string): StaffBrief | undefined => this.findStaff(id);

  onEvents(listener: HallListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
          const before = 'ticketId' in event ? next.tickets[event.ticketId] : undefined;
          apply(next, event);
          const seq = (seqs.get(event.siteId) ?? 0) + 1;
          seqs.set(event.siteId, seq);
          const w = toWire(event, seq, before, next, this.staff);
          this.store.append({ siteId: event.siteId, seq, at: event.at, domain: event, wire: w });
          this.store.project(event, next, ctx);
          wire.push(w);
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
    this.publish(wire);
    return { events: decision.events, wire, state: next, extra };
  }

  /** A server-level event that is not a queue fact (e.g. the scrolling notice). */
  setNotice(siteId: string, text: string): void {
    const at = this.clock.now();
    const seq = this.seq(siteId) + 1;
    const w: WireEvent = { name: 'notice.updated', payload: { seq, siteId, at, notice: text } };
    this.store.transaction(() => {
      this.store.append({ siteId, seq, at, domain: null, wire: w });
      this.store.saveSiteState(
        siteId,
        seq,
        this.current.businessDays[siteId],
        this.current.orderCounter,
      );
      this.store.saveNotice(siteId, text, at);
    });
    this.seqs.set(siteId, seq);
    this.notices.set(siteId, text);
    this.publish([w]);
  }

  notice(siteId: string): string {
    return this.notices.get(siteId) ?? '';
  }

  /** Events after `since`, or undefined when the gap is too old to replay. */
  eventsSince(siteId: string, since: number): WireEvent[] | undefined {
    const head = this.seq(siteId);
    if (since > head || since < 0) return undefined;
    if (head - since > REPLAY_LIMIT) return undefined;
    return this.store.eventsSince(siteId, since, REPLAY_LIMIT);
  }

  snapshot(siteId: string) {
    return snapshot(
      this.current,
      siteId,
      this.seq(siteId),
      this.clock.now(),
      this.staff,
      this.recent.get(siteId) ?? [],
      this.notice(siteId),
    );
  }

  private publish(wire: WireEvent[]): void {
    const bySite = new Map<string, WireEvent[]>();
    for (const w of wire) {
      // A closed day's calls leave the screens with it.
      if (w.name === 'day.closed') this.recent.set(w.payload.siteId, []);
      const call = recentCall(w);
      if (call) {
        const list = [call, ...(this.recent.get(w.payload.siteId) ?? [])].slice(0, RECENT_CALLS);
        this.recent.set(w.payload.siteId, list);
      }
      const list = bySite.get(w.payload.siteId) ?? [];
      list.push(w);
      bySite.set(w.payload.siteId, list);
    }
    for (const [siteId, events] of bySite) {
      for (const listener of this.listeners) listener(siteId, events);
    }
  }
}

function initialWindows(catalog: Catalog): HallState['windows'] {
  const windows: HallState['windows'] = {};
  for (const id of Object.keys(catalog.windows)) {
    windows[id] = { id, status: 'signedOut', priorityStreak: 0 };
  }
  return windows;
}

function recentCall(w: WireEvent): RecentCall | undefined {
  if (w.name !== 'ticket.called' && w.name !== 'ticket.recalled') return undefined;
  const p = w.payload as HallEventPayloads['ticket.called'];
  return {
    seq: p.seq,
    at: p.at,
    ticket: { id: p.ticket.id, number: p.ticket.number, unitId: p.ticket.unitId },
    window: { id: p.window.id, number: p.window.number },
    recall: w.name === 'ticket.recalled',
  };
}
