/**
 * For the HallStore contract: a hall driven the way HallService drives it
 * (decide, then append + project each event in one transaction), beside
 * what the store should then hold, worked out without the projections:
 * the core's own fold of the log (`evolveAll`), each ended ticket as the
 * core last held it, and each day's figures counted by brute force from the
 * core's ticket and window records before and after every command (never
 * from the events' payloads, which is what the projections read).
 */
import {
  decide,
  evolveAll,
  initialState,
  type Command,
  type HallEvent,
  type HallState,
  type Ticket,
} from '@hallq/core';
import { datasetCatalog } from '../demo/dataset';
import {
  addChange,
  emptyFigures,
  type CountName,
  type DayFigures,
  type FigureKind,
} from './day-figures';
import type { HallStore } from './hall-store';

/** A command before the clock stamps it (distributes over the union). */
export type Unstamped<C> = C extends unknown ? Omit<C, 'at'> & { at?: number } : never;

export const MONDAY_10AM = Date.UTC(2026, 10, 23, 2, 0);
export const catalog = datasetCatalog({ timeZone: 'Asia/Shanghai' });

export function hallOn(store: HallStore) {
  store.transaction(() => {
    for (const s of Object.values(catalog.sites)) store.saveCatalogEntry('site', s);
    for (const u of Object.values(catalog.units)) store.saveCatalogEntry('unit', u);
    for (const i of Object.values(catalog.items)) store.saveCatalogEntry('item', i);
    for (const w of Object.values(catalog.windows)) store.saveCatalogEntry('window', w);
  });
  let state: HallState = store.loadState(store.loadCatalog());
  const seqs = new Map<string, number>();
  let at = MONDAY_10AM;
  const log: HallEvent[] = [];
  const issued = new Set<string>();
  /** Tickets that left the state: as the core last held them, with how and when they ended. */
  const ended = new Map<string, Ticket>();
  const figures = new Map<string, DayFigures>();

  const count = (
    t: Ticket,
    name: CountName,
    windowId?: string,
    staffId?: string,
    extra: { waitMs?: number; serviceMs?: number } = {},
  ) => {
    const rows: [FigureKind, string | undefined][] = [
      ['clerk', staffId],
      ['window', windowId],
      ['unit', t.unitId],
      ['item', t.itemId],
    ];
    for (const [kind, id] of rows) {
      if (id === undefined) continue;
      const key = `${kind}|${id}|${t.businessDay}`;
      const row = figures.get(key) ?? emptyFigures(kind, id, t.siteId, t.businessDay);
      figures.set(
        key,
        addChange(row, {
          kind,
          id,
          siteId: t.siteId,
          businessDay: t.businessDay,
          count: name,
          ...extra,
        }),
      );
    }
  };

  /** What the command did to the tickets, read from the core's records before (`mid`) and after (`next`). */
  const tally = (command: Command, mid: HallState, next: HallState) => {
    const held = (windowId: string, ticketId: string) => ({
      t: mid.tickets[ticketId]!,
      staffId: mid.windows[windowId]?.staffId,
    });
    switch (command.type) {
      case 'issueTicket': {
        issued.add(command.ticketId);
        count(next.tickets[command.ticketId]!, 'issued');
        return;
      }
      case 'callNext':
      case 'callTicket': {
        const w = next.windows[command.windowId]!;
        const t = next.tickets[w.currentTicketId!]!;
        count(t, 'called', w.id, w.staffId, { waitMs: Math.max(0, t.calledAt! - t.issuedAt) });
        if (command.type === 'callTicket') count(t, 'outOfOrder', w.id, w.staffId);
        return;
      }
      case 'recall': {
        const { t, staffId } = held(command.windowId, command.ticketId);
        count(t, 'recalled', command.windowId, staffId);
        return;
      }
      case 'finish': {
        const { t, staffId } = held(command.windowId, command.ticketId);
        const since = t.startedAt ?? t.calledAt!;
        count(t, 'served', command.windowId, staffId, {
          serviceMs: Math.max(0, command.at - since),
        });
        ended.set(t.id, { ...t, status: 'done', finishedAt: command.at, startedAt: since });
        return;
      }
      case 'noShow': {
        const { t, staffId } = held(command.windowId, command.ticketId);
        count(t, 'noShow', command.windowId, staffId);
        ended.set(t.id, { ...t, status: 'noShow', finishedAt: command.at });
        return;
      }
      case 'transfer': {
        const { t, staffId } = held(command.windowId, command.ticketId);
        count(t, 'transferredOut', command.windowId, staffId);
        return;
      }
      case 'cancel': {
        const t = mid.tickets[command.ticketId]!;
        count(t, 'cancelled');
        ended.set(t.id, { ...t, status: 'cancelled', finishedAt: command.at });
        return;
      }
      case 'restore':
        // 过号恢复 (core Q24): back in the state, waiting; it counts nothing itself.
        ended.delete(command.ticketId);
        return;
      default:
        return;
    }
  };

  return {
    get state() {
      return state;
    },
    get seq() {
      return seqs.get('district') ?? 0;
    },
    /** Every event of the hall so far, in order. */
    log,
    /** Every ticket id ever issued. */
    issued,
    ended,
    /** The day's figures as counted from the core's records. */
    figures,
    /** Runs the command; false (and nothing written) when the core refuses it. */
    attempt(command: Unstamped<Command>, within?: () => void): boolean {
      const stamped = { ...command, at: command.at ?? at + 60_000 } as Command;
      const decision = decide(state, stamped);
      if (!decision.ok) return false;
      at = stamped.at;
      const written = new Map(seqs);
      store.transaction(() => {
        const after = evolveAll(state, decision.events);
        for (const event of decision.events) {
          const seq = (written.get(event.siteId) ?? 0) + 1;
          written.set(event.siteId, seq);
          store.append({
            siteId: event.siteId,
            seq,
            at: event.at,
            event,
            orderCounter: after.orderCounter,
          });
          store.project(event, {});
        }
        for (const siteId of new Set(decision.events.map((e) => e.siteId)))
          store.saveSiteState(
            siteId,
            written.get(siteId) ?? 0,
            after.businessDays[siteId],
            after.orderCounter,
          );
        within?.();
      });
      for (const [k, v] of written) seqs.set(k, v);
      // A day close (Q2, Q3) comes first: every active ticket of the site expires.
      const closes = decision.events.filter((e) => e.type === 'day.closed');
      for (const close of closes) {
        for (const t of Object.values(state.tickets)) {
          if (t.siteId !== close.siteId) continue;
          count(t, 'expired');
          ended.set(t.id, { ...t, status: 'expired', finishedAt: close.at });
        }
      }
      const mid = evolveAll(state, closes);
      const after = evolveAll(state, decision.events);
      tally(stamped, mid, after);
      log.push(...decision.events);
      state = after;
      return true;
    },
    run(command: Unstamped<Command>, within?: () => void): void {
      if (!this.attempt(command, within)) {
        const d = decide(state, { ...command, at: command.at ?? at + 60_000 } as Command);
        throw new Error(d.ok ? 'accepted' : d.error.code);
      }
    },
    /** The core's fold of the whole log from the empty hall. */
    folded(): HallState {
      return evolveAll(initialState(store.loadCatalog()), log);
    },
  };
}
