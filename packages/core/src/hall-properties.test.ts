/**
 * Property tests: random days in the hall. Random command sequences run through
 * decide and evolve, with times that advance and sometimes cross midnight. After
 * every step the invariants of SPEC.md must hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTime } from './business-time';
import { callClass } from './call-class';
import type { Command } from './commands';
import { decide } from './decide';
import { ticketFacts, type HallEvent } from './events';
import { apply, evolve } from './evolve';
import { initialState } from './initial-state';
import { peopleAhead } from './derived';
import { indexWaiting, oldestWaiting, queueKey } from './waiting-index';
import type { Catalog, PriorityRatio, Ticket, TicketStatus } from './model';
import { unitsServedBy } from './rota';
import type { HallState } from './state';
import { catalog as baseCatalog, local } from './test-support/fixture';
import { deepFreeze } from './test-support/freeze';

const WINDOWS = ['w1', 'w2', 'w3', 'w9', 't1', 'w404'];
const STAFF = ['li', 'wang', 'zhou', 'zhao'];
const ITEMS = ['yb-reg', 'yb-card', 'ga-id', 'jy-cert', 'wt-permit', 'mz-aid', 'no-item'];
const UNITS = ['yibao', 'gongan', 'jiaoyu', 'wenti', 'minzheng', 'no-unit'];
const MIN = 60_000;

// ---- generated steps: intents resolved against the state when they run ----

type Intent =
  | { kind: 'issue'; item: number; priority: boolean; reuseId: boolean }
  | { kind: 'signIn'; window: number; staff: number }
  | { kind: 'signOut' | 'callNext' | 'pause' | 'resume'; window: number }
  | { kind: 'callTicket'; window: number; ticket: number }
  | {
      kind: 'recall' | 'start' | 'finish' | 'noShow';
      window: number;
      ticket: number;
      held: boolean;
    }
  | {
      kind: 'transfer';
      window: number;
      unit: number | null;
      item: number | null;
      toWindow: number | null;
      front: boolean;
    }
  | { kind: 'cancel'; ticket: number; atWindow: number | null }
  | { kind: 'restore'; ticket: number; front: boolean }
  | { kind: 'closeDay'; site: number };

const idx = fc.nat({ max: 20 });
const ticketAction = fc.constantFrom(
  'recall' as const,
  'start' as const,
  'finish' as const,
  'finish' as const,
  'noShow' as const,
);
/** Weights keep a day busy: calls and services are common, closing the day rare. */
const intent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 16,
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      item: idx,
      priority: fc.boolean(),
      reuseId: fc.nat({ max: 19 }).map((n) => n === 0),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('signIn' as const), window: idx, staff: idx }),
  },
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('callNext' as const), window: idx }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('signOut' as const, 'pause' as const, 'resume' as const),
      window: idx,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('callTicket' as const), window: idx, ticket: idx }),
  },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: ticketAction,
      window: idx,
      ticket: idx,
      held: fc.nat({ max: 4 }).map((n) => n > 0),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      window: idx,
      unit: fc.option(idx),
      item: fc.option(idx),
      toWindow: fc.option(idx),
      front: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cancel' as const),
      ticket: idx,
      atWindow: fc.option(idx),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('restore' as const),
      ticket: idx,
      front: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('closeDay' as const), site: fc.nat({ max: 2 }) }),
  },
);

/** Mostly minutes apart; now and then overnight, so days close by rollover. */
const gap = fc.oneof(
  { weight: 50, arbitrary: fc.integer({ min: 0, max: 10 * MIN }) },
  { weight: 1, arbitrary: fc.integer({ min: 8 * 60 * MIN, max: 26 * 60 * MIN }) },
);

const ratio = fc.constantFrom<PriorityRatio>(
  { priority: 2, ordinary: 1 },
  { priority: 1, ordinary: 2 },
  { priority: 3, ordinary: 2 },
);

const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;

/**
 * Mostly a window in the state the command needs (so that calls and services
 * happen), sometimes any window, unknown ones included (so that errors do too).
 */
function windowFor(state: HallState, step: Intent): string {
  if (!('window' in step)) return '';
  const holds = ['recall', 'start', 'finish', 'noShow', 'transfer'].includes(step.kind);
  const wanted = step.kind === 'signIn' ? 'signedOut' : step.kind === 'resume' ? 'paused' : 'open';
  const fitting = WINDOWS.filter(
    (id) =>
      state.windows[id]?.status === wanted &&
      (state.windows[id]?.currentTicketId !== undefined) === holds,
  );
  return step.window % 4 !== 0 && fitting.length > 0
    ? pick(fitting, step.window)
    : pick(WINDOWS, step.window);
}

function resolve(
  state: HallState,
  step: Intent,
  at: number,
  serial: number,
  known: string[],
): Command {
  const window = windowFor(state, step);
  // Mostly an active ticket; sometimes any ticket ever issued (ended ones too).
  const active = Object.keys(state.tickets);
  const anyTicket = (i: number) =>
    i % 3 !== 0 && active.length > 0
      ? pick(active, i)
      : known.length > 0
        ? pick(known, i)
        : 'ghost';
  switch (step.kind) {
    case 'issue':
      return {
        type: 'issueTicket',
        at,
        ticketId: step.reuseId && known.length > 0 ? anyTicket(serial) : `t${serial}`,
        itemId: pick(ITEMS, step.item),
        priority: step.priority ? 'priority' : 'normal',
      };
    case 'signIn':
      return { type: 'signIn', at, windowId: window, staffId: pick(STAFF, step.staff) };
    case 'signOut':
      return { type: 'signOut', at, windowId: window };
    case 'callNext':
      return { type: 'callNext', at, windowId: window };
    case 'pause':
      return { type: 'pauseWindow', at, windowId: window, reason: '午休' };
    case 'resume':
      return { type: 'resumeWindow', at, windowId: window };
    case 'callTicket':
      return {
        type: 'callTicket',
        at,
        windowId: window,
        ticketId: anyTicket(step.ticket),
        reason: '选号',
      };
    case 'recall':
    case 'start':
    case 'finish':
    case 'noShow': {
      const held = state.windows[window]?.currentTicketId;
      const ticketId = step.held && held !== undefined ? held : anyTicket(step.ticket);
      return { type: step.kind, at, windowId: window, ticketId };
    }
    case 'transfer': {
      const ticketId = state.windows[window]?.currentTicketId ?? anyTicket(0);
      return {
        type: 'transfer',
        at,
        windowId: window,
        ticketId,
        ...(step.unit !== null ? { toUnitId: pick(UNITS, step.unit) } : {}),
        ...(step.item !== null ? { toItemId: pick(ITEMS, step.item) } : {}),
        ...(step.toWindow !== null ? { toWindowId: pick(WINDOWS, step.toWindow) } : {}),
        position: step.front ? 'front' : 'back',
      };
    }
    case 'cancel':
      // A supervisor's cancel (no window) or a clerk's at a window.
      return {
        type: 'cancel',
        at,
        ticketId: anyTicket(step.ticket),
        ...(step.atWindow !== null ? { windowId: pick(WINDOWS, step.atWindow) } : {}),
      };
    case 'restore': {
      // Mostly a 过号 ticket of the day; sometimes any ticket ever issued.
      const passed = Object.keys(state.noShows);
      return {
        type: 'restore',
        at,
        ticketId:
          step.ticket % 3 !== 0 && passed.length > 0
            ? pick(passed, step.ticket)
            : anyTicket(step.ticket),
        position: step.front ? 'front' : 'back',
        staffId: 'sup',
      };
    }
    case 'closeDay':
      return { type: 'closeDay', at, siteId: pick(['hall', 'town', 'nowhere'], step.site) };
  }
}

// ---- the observer: an independent record of what the events say ----

/** Q15: the legal (from → to) pairs per event type; `null` is "not yet issued". */
const LEGAL: Record<string, Array<[TicketStatus | null, TicketStatus]>> = {
  'ticket.issued': [[null, 'waiting']],
  'ticket.called': [['waiting', 'called']],
  'ticket.recalled': [['called', 'called']],
  'ticket.started': [['called', 'serving']],
  'ticket.finished': [
    ['called', 'done'],
    ['serving', 'done'],
  ],
  'ticket.noShow': [['called', 'noShow']],
  'ticket.transferred': [
    ['called', 'waiting'],
    ['serving', 'waiting'],
  ],
  'ticket.restored': [['noShow', 'waiting']],
  'ticket.cancelled': [
    ['waiting', 'cancelled'],
    ['called', 'cancelled'],
    ['serving', 'cancelled'],
  ],
  'day.closed': [
    ['waiting', 'expired'],
    ['called', 'expired'],
    ['serving', 'expired'],
  ],
};

const TARGET: Record<string, TicketStatus> = {
  'ticket.issued': 'waiting',
  'ticket.called': 'called',
  'ticket.recalled': 'called',
  'ticket.started': 'serving',
  'ticket.finished': 'done',
  'ticket.noShow': 'noShow',
  'ticket.transferred': 'waiting',
  'ticket.cancelled': 'cancelled',
  'ticket.restored': 'waiting',
};

const ACTIVE = new Set<TicketStatus>(['waiting', 'called', 'serving']);

class Observer {
  /** Status of every ticket ever issued, by id, as the events tell it. */
  readonly status = new Map<string, TicketStatus>();
  /** site|unit|day|number seen in ticket.issued. */
  readonly numbers = new Set<string>();
  /** Test-side ratio counter (SPEC Q11), per window. */
  readonly turn = new Map<string, number>();
  /** Consecutive call-next priority picks per window since its last ordinary pick. */
  readonly priorityRun = new Map<string, number>();

  constructor(private readonly ratio: PriorityRatio) {}

  /** Checks one event against the state it applies to, then records it. */
  see(before: HallState, event: HallEvent): void {
    if (event.type === 'ticket.issued') {
      const { ticket } = event;
      const key = `${ticket.siteId}|${ticket.unitId}|${ticket.businessDay}|${ticket.number}`;
      expect(this.numbers.has(key), `number issued twice: ${key}`).toBe(false);
      this.numbers.add(key);
    }
    if (event.type === 'ticket.called') this.checkCall(before, event);
    if (event.type === 'day.closed') {
      for (const [windowId, window] of Object.entries(before.catalog.windows)) {
        if (window.siteId === event.siteId) {
          this.turn.set(windowId, 0);
          this.priorityRun.set(windowId, 0);
        }
      }
    }
    const moves: Array<[string, TicketStatus]> =
      event.type === 'day.closed'
        ? event.expiredTicketIds.map((id) => [id, 'expired'])
        : 'ticketId' in event
          ? [[event.ticketId, TARGET[event.type] as TicketStatus]]
          : event.type === 'ticket.issued'
            ? [[event.ticket.id, 'waiting']]
            : [];
    for (const [id, to] of moves) {
      const from = this.status.get(id) ?? null;
      const legal = (LEGAL[event.type] ?? []).some(([f, t]) => f === from && t === to);
      // A reissued id after its ticket ended starts a new life.
      const reissue = event.type === 'ticket.issued' && from !== null && !ACTIVE.has(from);
      expect(legal || reissue, `${event.type}: ${from} → ${to} for ${id}`).toBe(true);
      this.status.set(id, to);
    }
  }

  /** FIFO within a class, front first, and the priority ratio (Q10, Q11). */
  private checkCall(before: HallState, event: Extract<HallEvent, { type: 'ticket.called' }>): void {
    if (event.manualReason !== undefined) return;
    const called = before.tickets[event.ticketId] as Ticket;
    const window = before.catalog.windows[event.windowId];
    const site = before.catalog.sites[event.siteId];
    if (!window || !site) throw new Error('call at an unknown window');
    const time = businessTime(event.at, site.timeZone);
    const day = before.businessDays[site.id] ?? time.day;
    const units = unitsServedBy(window, time.weekday);
    const eligible = Object.values(before.tickets).filter(
      (t) =>
        t.status === 'waiting' &&
        t.siteId === site.id &&
        t.businessDay === day &&
        (t.targetWindowId !== undefined
          ? t.targetWindowId === window.id
          : units.includes(t.unitId)),
    );
    expect(eligible.map((t) => t.id)).toContain(called.id);
    const ofClass = (c: number) => eligible.filter((t) => callClass(t) === c);
    const firstOf = (c: number) => Math.min(...ofClass(c).map((t) => t.queueOrder));
    // FIFO: nothing of the same class with a smaller queueOrder was skipped.
    expect(called.queueOrder).toBe(firstOf(callClass(called)));
    if (ofClass(0).length > 0) {
      expect(called.front, 'a front ticket was waiting').toBe(true);
      return;
    }
    const { priority: P, ordinary: O } = this.ratio;
    const s = this.turn.get(window.id) ?? 0;
    const run = this.priorityRun.get(window.id) ?? 0;
    const both = ofClass(1).length > 0 && ofClass(2).length > 0;
    if (both) {
      expect(called.priority, `turn ${s} of ${P}:${O}`).toBe(s >= P ? 'normal' : 'priority');
      // Ordinary tickets never starve: at most P priority calls in a row while they wait.
      if (called.priority === 'priority') expect(run).toBeLessThan(P);
    }
    if (called.priority === 'priority') {
      this.turn.set(window.id, s < P ? s + 1 : s);
      this.priorityRun.set(window.id, run + 1);
    } else {
      this.turn.set(window.id, s < P ? 0 : s + 1 >= P + O ? 0 : s + 1);
      this.priorityRun.set(window.id, 0);
    }
  }
}

/** Q15/Q21: windows and tickets agree, and the state holds exactly the active tickets. */
/** Q22: an event carries the ticket as it was, and the clerk at the window. */
function checkFacts(before: HallState, event: HallEvent): void {
  if (!('ticket' in event) || event.type === 'ticket.issued') return;
  if (event.type === 'ticket.restored') {
    // Q24: the 过号 ticket as it was kept; `staffId` is who restored it.
    const passed = before.noShows[event.ticketId];
    expect(passed, 'ticket.restored names a 过号 ticket of the day').toBeDefined();
    expect(event.ticket).toEqual(ticketFacts(passed as Ticket));
    return;
  }
  const ticket = before.tickets[event.ticketId];
  expect(ticket, `${event.type} names an active ticket`).toBeDefined();
  expect(event.ticket).toEqual(ticketFacts(ticket as Ticket));
  const windowId =
    'windowId' in event ? event.windowId : 'fromWindowId' in event ? event.fromWindowId : undefined;
  if (windowId !== undefined)
    expect((event as { staffId?: string }).staffId).toBe(before.windows[windowId]?.staffId);
}

function checkState(state: HallState, observer: Observer): void {
  const held = new Set<string>();
  for (const window of Object.values(state.windows)) {
    if (window.currentTicketId === undefined) continue;
    expect(held.has(window.currentTicketId), 'a ticket held by two windows').toBe(false);
    held.add(window.currentTicketId);
    const ticket = state.tickets[window.currentTicketId];
    expect(ticket?.windowId).toBe(window.id);
    expect(['called', 'serving']).toContain(ticket?.status);
    // Q12: a window holding a ticket is open, or signed out with the ticket left for the supervisor.
    expect(['open', 'signedOut']).toContain(window.status);
    if (window.status === 'signedOut') expect(window.staffId).toBeUndefined();
  }
  for (const ticket of Object.values(state.tickets)) {
    expect(ticket.status).toBe(observer.status.get(ticket.id));
    if (ticket.status === 'waiting') expect(ticket.windowId).toBeUndefined();
    else expect(held.has(ticket.id)).toBe(true);
  }
  const active = [...observer.status].filter(([, s]) => ACTIVE.has(s)).map(([id]) => id);
  expect(Object.keys(state.tickets).sort()).toEqual(active.sort());
  // Q24: the kept 过号 tickets are 过号 by the events, of their site's current day.
  for (const ticket of Object.values(state.noShows)) {
    expect(observer.status.get(ticket.id)).toBe('noShow');
    expect(ticket.businessDay).toBe(state.businessDays[ticket.siteId]);
  }
  // Q18: the waiting index is exactly the waiting tickets, and the people
  // ahead it gives are the waiting tickets of the same queue called earlier.
  expect(state.queues).toEqual(indexWaiting(state.tickets));
  const waiting = Object.values(state.tickets).filter((t) => t.status === 'waiting');
  for (const ticket of waiting) {
    const sameQueue = (o: Ticket) =>
      ticket.targetWindowId !== undefined
        ? o.targetWindowId === ticket.targetWindowId
        : o.targetWindowId === undefined && o.unitId === ticket.unitId;
    const earlier = waiting.filter(
      (o) =>
        sameQueue(o) && (callClass(o) - callClass(ticket) || o.queueOrder - ticket.queueOrder) < 0,
    );
    expect(peopleAhead(state, ticket.id, 0), `people ahead of ${ticket.id}`).toBe(earlier.length);
  }
  // Bounded: the per-day counters are only those of each site's current day.
  for (const key of Object.keys(state.serials)) {
    const [siteId = '', , day] = key.split('|');
    expect(day).toBe(state.businessDays[siteId]);
  }
}

function withRatio(r: PriorityRatio): Catalog {
  const sites = Object.fromEntries(
    Object.entries(baseCatalog.sites).map(([id, site]) => [id, { ...site, priorityRatio: r }]),
  );
  return deepFreeze({ ...baseCatalog, sites });
}

/** Runs the steps from an empty hall, checking every event and every state. */
function runSteps(r: PriorityRatio, steps: Array<[Intent, number]>, opening: Command[] = []): void {
  let state = deepFreeze(initialState(withRatio(r)));
  const observer = new Observer(r);
  const known: string[] = [];
  let at = local(1, '08:50');
  const run = (command: Command) => {
    const snapshot = JSON.stringify(state);
    const decision = decide(state, command);
    if (!decision.ok) {
      // Q20: an error changes nothing.
      expect(JSON.stringify(state)).toBe(snapshot);
      return;
    }
    for (const event of decision.events) {
      observer.see(state, event);
      checkFacts(state, event);
      if (event.type === 'ticket.issued') known.push(event.ticket.id);
      state = deepFreeze(evolve(state, event)); // a frozen input: evolve may not write to it
    }
    checkState(state, observer);
  };
  opening.forEach(run);
  steps.forEach(([step, dt], serial) => {
    at += dt;
    run(resolve(state, step, at, serial, known));
  });
}

/**
 * The server's way: one model moved in place by apply. After every event,
 * the earliest issue time kept beside each queue (queue-oldest.ts, fed as
 * tickets join and looked at every step, so its heaps live across steps)
 * equals a pass over the waiting tickets of that queue.
 */
function runInPlace(r: PriorityRatio, steps: Array<[Intent, number]>, opening: Command[]): void {
  const state = initialState(withRatio(r));
  const known: string[] = [];
  let at = local(1, '08:50');
  const keys = [
    ...Object.keys(baseCatalog.units).map((u) => `u|${u}`),
    ...Object.keys(baseCatalog.windows).map((w) => `w|${w}`),
  ];
  const run = (command: Command) => {
    const decision = decide(state, command);
    if (!decision.ok) return;
    for (const event of decision.events) {
      if (event.type === 'ticket.issued') known.push(event.ticket.id);
      apply(state, event);
      for (const key of keys) {
        const issued = Object.values(state.tickets)
          .filter((t) => t.status === 'waiting' && queueKey(t) === key)
          .map((t) => t.issuedAt);
        const pass = issued.length > 0 ? Math.min(...issued) : undefined;
        expect(oldestWaiting(state, key), `${key} after ${event.type}`).toBe(pass);
      }
    }
  };
  opening.forEach(run);
  steps.forEach(([step, dt], serial) => {
    at += dt;
    run(resolve(state, step, at, serial, known));
  });
}

/** A busy morning at the two 医保 windows: the ratio and transfers to the front, densely. */
const busyIntent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      item: fc.constant(0),
      priority: fc.boolean(),
      reuseId: fc.constant(false),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('callNext' as const),
      window: fc.nat({ max: 1 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('finish' as const),
      window: fc.nat({ max: 1 }),
      ticket: idx,
      held: fc.constant(true),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('callTicket' as const),
      window: fc.nat({ max: 1 }),
      ticket: idx,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      window: fc.nat({ max: 1 }),
      unit: fc.constant(0),
      item: fc.constant(null),
      toWindow: fc.constant(null),
      front: fc.boolean(),
    }),
  },
);

/** The two 医保 windows open from the start. */
const TWO_OPEN: Command[] = [
  { type: 'signIn', at: local(1, '08:50'), windowId: 'w1', staffId: 'li' },
  { type: 'signIn', at: local(1, '08:50'), windowId: 'w2', staffId: 'wang' },
];

describe('random days in the hall', () => {
  it('Q2 Q5 Q10 Q11 Q15 Q20 Q21 Q22 Q24 invariants hold after every command', () => {
    fc.assert(
      fc.property(
        ratio,
        fc.array(fc.tuple(intent, gap), { minLength: 1, maxLength: 120, size: 'max' }),
        (r, steps) => runSteps(r, steps),
      ),
      { numRuns: 150 },
    );
  });

  it('Q18 S10 the longest wait of each queue, kept in place, is what a pass over it finds', () => {
    fc.assert(
      fc.property(
        ratio,
        fc.array(fc.tuple(fc.oneof(intent, busyIntent), gap), {
          minLength: 1,
          maxLength: 150,
          size: 'max',
        }),
        (r, steps) => runInPlace(r, steps, TWO_OPEN),
      ),
      { numRuns: 100 },
    );
  });

  it('Q10 Q11 a busy window keeps FIFO per class, front first and the priority ratio', () => {
    const minutes = fc.integer({ min: 0, max: 3 * MIN });
    fc.assert(
      fc.property(
        ratio,
        fc.array(fc.tuple(busyIntent, minutes), { minLength: 1, maxLength: 150, size: 'max' }),
        (r, steps) => runSteps(r, steps, TWO_OPEN),
      ),
      { numRuns: 100 },
    );
  });
});
