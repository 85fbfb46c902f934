/**
 * HallStore in memory: the same contract as the SQLite store, without a
 * disk. It keeps the last committed core state as its projection (the core
 * state is plain data), so it shows what the contract requires and nothing
 * more. For tests and tools; the server runs on SqliteHallStore.
 */
import { randomUUID } from 'node:crypto';
import {
  cloneState,
  initialState,
  type Catalog,
  type HallEvent,
  type HallState,
  type Item,
  type Site,
  type Ticket,
  type TicketStatus,
  type Unit,
  type Window,
} from '@hallq/core';
import type { Sequenced } from '../domain/logged-event';
import type {
  CatalogKind,
  ClerkDay,
  EventRecord,
  HallStore,
  ProjectionContext,
  StoredReply,
  Sync,
} from './hall-store';

interface Data {
  catalog: Catalog;
  state: HallState | undefined;
  events: Map<string, EventRecord[]>;
  seqs: Record<string, number>;
  notices: Record<string, string>;
  tickets: Map<string, Ticket & { servedBy?: string }>;
  replies: Map<string, StoredReply & { at: number }>;
}

const TERMINAL: Partial<Record<HallEvent['type'], TicketStatus>> = {
  'ticket.finished': 'done',
  'ticket.noShow': 'noShow',
  'ticket.cancelled': 'cancelled',
};

const emptyCatalog = (): Catalog => ({ sites: {}, units: {}, items: {}, windows: {} });

export class MemoryHallStore implements HallStore {
  readonly epoch = randomUUID();
  private data: Data = {
    catalog: emptyCatalog(),
    state: undefined,
    events: new Map(),
    seqs: {},
    notices: {},
    tickets: new Map(),
    replies: new Map(),
  };

  transaction<T>(work: () => Sync<T>): T {
    // Copy-on-begin: cheap enough for tests, and a throw restores exactly.
    const saved: Data = {
      ...this.data,
      catalog: { ...this.data.catalog },
      events: new Map([...this.data.events].map(([k, v]) => [k, [...v]])),
      seqs: { ...this.data.seqs },
      notices: { ...this.data.notices },
      tickets: new Map(this.data.tickets),
      replies: new Map(this.data.replies),
    };
    try {
      return work() as T;
    } catch (err) {
      this.data = saved;
      throw err;
    }
  }

  loadCatalog(): Catalog {
    return structuredClone(this.data.catalog);
  }
  saveCatalogEntry(kind: CatalogKind, value: Site | Unit | Item | Window): void {
    const key = ({ site: 'sites', unit: 'units', item: 'items', window: 'windows' } as const)[kind];
    this.data.catalog = {
      ...this.data.catalog,
      [key]: { ...this.data.catalog[key], [value.id]: structuredClone(value) },
    };
  }
  loadState(catalog: Catalog): HallState {
    const base = initialState(catalog);
    const s = this.data.state;
    if (!s) return base;
    return structuredClone({ ...s, catalog, windows: { ...base.windows, ...s.windows } });
  }

  append(record: EventRecord): void {
    const list = this.data.events.get(record.siteId) ?? [];
    const last = list.at(-1);
    if (last && record.seq <= last.seq) throw new Error(`seq ${record.seq} already in the log`);
    list.push(structuredClone(record));
    this.data.events.set(record.siteId, list);
  }
  project(event: HallEvent, next: HallState, _ctx: ProjectionContext): void {
    // The server's model moves on in place: keep a copy, as a database would.
    this.data.state = cloneState(next);
    const touched =
      event.type === 'ticket.issued'
        ? event.ticket.id
        : 'ticketId' in event
          ? event.ticketId
          : undefined;
    if (event.type === 'ticket.issued') {
      this.data.tickets.set(event.ticket.id, { ...event.ticket });
    }
    if (touched) {
      const active = next.tickets[touched];
      const prev = this.data.tickets.get(touched);
      const servedBy = active?.windowId ? next.windows[active.windowId]?.staffId : prev?.servedBy;
      const status = TERMINAL[event.type];
      if (active) this.data.tickets.set(touched, { ...active, ...(servedBy ? { servedBy } : {}) });
      else if (prev && status) {
        this.data.tickets.set(touched, {
          ...prev,
          status,
          finishedAt: event.at,
          ...(status === 'done' && prev.startedAt === undefined && prev.calledAt !== undefined
            ? { startedAt: prev.calledAt }
            : {}),
        });
      }
    }
    if (event.type === 'day.closed') {
      for (const id of event.expiredTicketIds) {
        const t = this.data.tickets.get(id);
        if (t) this.data.tickets.set(id, { ...t, status: 'expired', finishedAt: event.at });
      }
    }
  }
  saveSiteState(siteId: string, seq: number): void {
    this.data.seqs = { ...this.data.seqs, [siteId]: seq };
  }
  siteSeqs(): Record<string, number> {
    return { ...this.data.seqs };
  }
  eventsSince(siteId: string, since: number, limit: number): Sequenced[] {
    return (this.data.events.get(siteId) ?? [])
      .filter((r) => r.seq > since)
      .slice(0, limit)
      .map((r) => ({ seq: r.seq, event: structuredClone(r.event) }));
  }
  recentCalls(siteId: string, limit: number): Sequenced[] {
    const out: Sequenced[] = [];
    for (const r of [...(this.data.events.get(siteId) ?? [])].reverse()) {
      if (r.event.type === 'day.closed' || out.length >= limit) break;
      if (r.event.type === 'ticket.called' || r.event.type === 'ticket.recalled')
        out.push({ seq: r.seq, event: structuredClone(r.event) });
    }
    return out;
  }

  saveNotice(siteId: string, text: string): void {
    this.data.notices = { ...this.data.notices, [siteId]: text };
  }
  notices(): Record<string, string> {
    return { ...this.data.notices };
  }

  ticket(id: string): Ticket | undefined {
    const t = this.data.tickets.get(id);
    if (!t) return undefined;
    const { servedBy: _by, ...ticket } = t;
    return structuredClone(ticket);
  }
  clerkDay(staffId: string, businessDay: string): ClerkDay {
    const done = [...this.data.tickets.values()].filter(
      (t) => t.servedBy === staffId && t.businessDay === businessDay && t.status === 'done',
    );
    const avg = (f: (t: Ticket) => number) =>
      done.length ? Math.round(done.reduce((sum, t) => sum + f(t), 0) / done.length) : 0;
    return {
      served: done.length,
      avgServiceMs: avg((t) => (t.finishedAt ?? 0) - (t.startedAt ?? t.calledAt ?? 0)),
      avgWaitMs: avg((t) => (t.calledAt ?? 0) - t.issuedAt),
    };
  }

  idempotentReply(scope: string, key: string): StoredReply | undefined {
    const r = this.data.replies.get(`${scope}\0${key}`);
    return r
      ? { requestHash: r.requestHash, status: r.status, body: structuredClone(r.body) }
      : undefined;
  }
  saveIdempotentReply(scope: string, key: string, reply: StoredReply, at: number): void {
    const k = `${scope}\0${key}`;
    if (this.data.replies.has(k)) throw new Error('idempotency key already stored');
    this.data.replies.set(k, { ...structuredClone(reply), at });
  }
  pruneIdempotentReplies(before: number): void {
    for (const [k, r] of this.data.replies) if (r.at < before) this.data.replies.delete(k);
  }
}
