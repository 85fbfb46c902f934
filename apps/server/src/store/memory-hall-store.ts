/**
 * HallStore in memory: the same contract as the SQLite store, without a
 * disk. Its projections are moved by each event from the event alone
 * (memory-projection.ts), as the SQLite projector moves its tables, and
 * loadState rebuilds the core state from them. For tests and tools; the
 * server runs on SqliteHallStore.
 */
import { randomUUID } from 'node:crypto';
import {
  indexWaiting,
  initialState,
  type Catalog,
  type HallEvent,
  type HallState,
  type Item,
  type Site,
  type Ticket,
  type Unit,
  type Window,
} from '@hallq/core';
import type { Sequenced } from '../domain/logged-event';
import type { DayFigures, FigureKind } from './day-figures';
import type {
  CatalogKind,
  EventRecord,
  HallStore,
  ProjectionContext,
  StoredReply,
  Sync,
} from './hall-store';
import {
  copyProjections,
  emptyProjections,
  figureKey,
  projectInMemory,
  type Projections,
} from './memory-projection';

interface SiteState {
  seq: number;
  businessDay: string | undefined;
}

interface Data {
  catalog: Catalog;
  projections: Projections;
  events: Map<string, EventRecord[]>;
  sites: Record<string, SiteState>;
  orderCounter: number;
  notices: Record<string, string>;
  replies: Map<string, StoredReply & { at: number }>;
}

const emptyCatalog = (): Catalog => ({ sites: {}, units: {}, items: {}, windows: {} });

/** As the SQLite store rebuilds them at boot (sqlite-load-state.ts). */
const SERVICE_SAMPLES = 20;
const ACTIVE = new Set(['waiting', 'called', 'serving']);

export class MemoryHallStore implements HallStore {
  readonly epoch = randomUUID();
  private data: Data = {
    catalog: emptyCatalog(),
    projections: emptyProjections(),
    events: new Map(),
    sites: {},
    orderCounter: 0,
    notices: {},
    replies: new Map(),
  };

  transaction<T>(work: () => Sync<T>): T {
    // Copy-on-begin: cheap enough for tests, and a throw restores exactly.
    const saved: Data = {
      ...this.data,
      catalog: { ...this.data.catalog },
      projections: copyProjections(this.data.projections),
      events: new Map([...this.data.events].map(([k, v]) => [k, [...v]])),
      sites: { ...this.data.sites },
      notices: { ...this.data.notices },
      replies: new Map(this.data.replies),
    };
    try {
      return work() as T;
    } catch (err) {
      this.data = saved;
      throw err;
    }
  }
  // In memory a transaction is "on disk" when it returns: no group to wait for.
  committed(): Promise<void> {
    return Promise.resolve();
  }
  afterCommit(fn: () => void): void {
    fn();
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
    const p = this.data.projections;
    const businessDays: Record<string, string> = {};
    for (const [siteId, s] of Object.entries(this.data.sites))
      if (s.businessDay) businessDays[siteId] = s.businessDay;

    const serials: Record<string, number> = {};
    for (const [key, last] of p.serials) {
      const [siteId, , day] = key.split('|');
      if (businessDays[siteId ?? ''] === day) serials[key] = last;
    }
    const itemIssued: Record<string, number> = {};
    for (const [key, count] of p.itemIssued) {
      const [itemId = '', day] = key.split('|');
      const unit = catalog.units[catalog.items[itemId]?.unitId ?? ''];
      if (unit && businessDays[unit.siteId] === day) itemIssued[key] = count;
    }

    const tickets: Record<string, Ticket> = {};
    const noShows: Record<string, Ticket> = {};
    const done: Ticket[] = [];
    for (const t of p.tickets.values()) {
      if (ACTIVE.has(t.status)) tickets[t.id] = plain(t);
      else if (t.status === 'done') done.push(t);
      // 过号 of the site's current day: restorable (core Q24).
      else if (t.status === 'noShow' && businessDays[t.siteId] === t.businessDay)
        noShows[t.id] = plain(t);
    }
    const serviceTimes: Record<string, number[]> = {};
    done.sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    for (const t of done) {
      const times = (serviceTimes[t.unitId] ??= []);
      times.push((t.finishedAt ?? 0) - (t.startedAt ?? t.calledAt ?? 0));
      if (times.length > SERVICE_SAMPLES) times.shift();
    }

    const windows = { ...base.windows };
    for (const [id, w] of p.windows) if (windows[id]) windows[id] = structuredClone(w);

    return {
      ...base,
      businessDays,
      serials,
      itemIssued,
      tickets,
      queues: indexWaiting(tickets),
      windows,
      noShows,
      orderCounter: this.data.orderCounter,
      serviceTimes,
    };
  }

  append(record: EventRecord): void {
    const list = this.data.events.get(record.siteId) ?? [];
    const last = list.at(-1);
    if (last && record.seq <= last.seq) throw new Error(`seq ${record.seq} already in the log`);
    list.push(structuredClone(record));
    this.data.events.set(record.siteId, list);
  }
  project(event: HallEvent, ctx: ProjectionContext): void {
    projectInMemory(this.data.projections, this.data.catalog, event, ctx);
  }
  saveSiteState(
    siteId: string,
    seq: number,
    businessDay: string | undefined,
    orderCounter: number,
  ): void {
    this.data.sites = { ...this.data.sites, [siteId]: { seq, businessDay } };
    this.data.orderCounter = orderCounter;
  }
  siteSeqs(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.data.sites).map(([id, s]) => [id, s.seq]));
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
    const t = this.data.projections.tickets.get(id);
    return t ? plain(t) : undefined;
  }
  dayFigures(kind: FigureKind, id: string, businessDay: string): DayFigures | undefined {
    const row = this.data.projections.figures.get(figureKey(kind, id, businessDay));
    return row ? structuredClone(row) : undefined;
  }
  siteDayFigures(siteId: string, businessDay: string): DayFigures[] {
    return [...this.data.projections.figures.values()]
      .filter((r) => r.siteId === siteId && r.businessDay === businessDay)
      .sort((a, b) => (a.kind + '|' + a.id < b.kind + '|' + b.id ? -1 : 1))
      .map((r) => structuredClone(r));
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

/** The ticket as the core knows it, without what only the store keeps. */
function plain(t: Ticket & { servedBy?: string; deviceId?: string }): Ticket {
  const { servedBy: _by, deviceId: _device, ...ticket } = t;
  return structuredClone(ticket);
}
