/**
 * Q25: the wait a visitor is told. Random days (issue, sign in and out,
 * pause, call, serve, 过号, transfer, often with instant 办结) through decide
 * and evolve; after every step, for every waiting ticket, the estimate is
 * checked against facts worked out here independently of wait-estimate.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCallOrder } from './call-class';
import type { Command } from './commands';
import { decide } from './decide';
import { evolveAll } from './evolve';
import { peopleAhead } from './derived';
import type { Ticket } from './model';
import { unitsServedBy } from './rota';
import { siteTime } from './site-time';
import type { HallState } from './state';
import { catalog, MON_0900 } from './test-support/fixture';
import { apply, callNext, fresh, issue, signIn } from './test-support/run';
import { visitorWaitEstimator, visitorWaitMs, WAIT_FLOOR_SHARE } from './wait-estimate';
import { queueKey } from './waiting-index';

const MIN = 60_000;
// 医保's windows and items come up most, so its queue is busy and often served.
const WINDOWS = ['w1', 'w2', 'w1', 'w2', 'w3', 'w9', 't1'];
const ITEMS = ['yb-reg', 'yb-card', 'yb-reg', 'ga-id', 'jy-cert', 'wt-permit', 'mz-aid'];
const UNITS = ['yibao', 'gongan', 'jiaoyu', 'minzheng'];

type Step =
  | { kind: 'issue'; item: number; priority: boolean }
  | { kind: 'signIn' | 'signOut' | 'pause' | 'resume' | 'callNext'; window: number }
  | { kind: 'finish' | 'start' | 'noShow'; window: number }
  | { kind: 'transfer'; window: number; toWindow: number | null; toUnit: number; front: boolean };

const n = fc.nat({ max: 6 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('issue' as const), item: n, priority: fc.boolean() }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'signIn' as const,
        'signOut' as const,
        'pause' as const,
        'resume' as const,
      ),
      window: n,
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('callNext' as const), window: n }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'finish' as const,
        'finish' as const,
        'start' as const,
        'noShow' as const,
      ),
      window: n,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      window: n,
      toWindow: fc.option(n, { nil: null }),
      toUnit: n,
      front: fc.boolean(),
    }),
  },
);
/** Minutes between steps: often none at all (an instant 办结), sometimes a long service. */
const gap = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 0, max: 25 }));

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function commandOf(s: Step, state: HallState, at: number, seq: number): Command {
  const windowId = pick(WINDOWS, 'window' in s ? s.window : 0);
  const held = state.windows[windowId]?.currentTicketId ?? 'none';
  switch (s.kind) {
    case 'issue':
      return {
        type: 'issueTicket',
        ticketId: `t${seq}`,
        itemId: pick(ITEMS, s.item),
        priority: s.priority ? 'priority' : 'normal',
        at,
      };
    case 'signIn':
      return { type: 'signIn', windowId, staffId: `clerk-${windowId}`, at };
    case 'signOut':
      return { type: 'signOut', windowId, at };
    case 'pause':
      return { type: 'pauseWindow', windowId, reason: '暂离', at };
    case 'resume':
      return { type: 'resumeWindow', windowId, at };
    case 'callNext':
      return { type: 'callNext', windowId, at };
    case 'finish':
    case 'start':
    case 'noShow':
      return { type: s.kind, windowId, ticketId: held, at };
    case 'transfer':
      return {
        type: 'transfer',
        windowId,
        ticketId: held,
        position: s.front ? 'front' : 'back',
        ...(s.toWindow !== null
          ? { toWindowId: pick(WINDOWS, s.toWindow) }
          : { toUnitId: pick(UNITS, s.toUnit) }),
        at,
      };
  }
}

// ---- the facts, worked out here ----

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const itemsExpected = (unitId: string) =>
  Object.values(catalog.items)
    .filter((i) => i.unitId === unitId)
    .map((i) => i.expectedServiceMinutes);
/** The floor per person ahead of the ticket's queue, from its items' expected minutes. */
function floorPerPerson(state: HallState, t: Ticket): number {
  const units =
    t.targetWindowId !== undefined
      ? (state.catalog.windows[t.targetWindowId]?.unitIds ?? [])
      : [t.unitId];
  const floors = units.map((u) => WAIT_FLOOR_SHARE * median(itemsExpected(u)) * MIN);
  return floors.length === 0 ? WAIT_FLOOR_SHARE * 10 * MIN : Math.max(...floors);
}
/** Signed-in windows (open or paused) that may call the ticket today. */
function windowsFor(state: HallState, t: Ticket, at: number): number {
  const site = state.catalog.sites[t.siteId]!;
  const { weekday } = siteTime(state, site, at);
  return Object.values(state.catalog.windows).filter((w) => {
    const status = state.windows[w.id]?.status;
    if (status !== 'open' && status !== 'paused') return false;
    return t.targetWindowId !== undefined
      ? w.id === t.targetWindowId
      : w.siteId === t.siteId && unitsServedBy(w, weekday).includes(t.unitId);
  }).length;
}

function checkEstimates(state: HallState, at: number): void {
  const estimator = visitorWaitEstimator(state, at);
  const byQueue = new Map<string, Ticket[]>();
  for (const t of Object.values(state.tickets)) {
    if (t.status !== 'waiting') continue;
    const ahead = peopleAhead(state, t.id, at);
    const est = visitorWaitMs(state, t.id, at);
    expect(estimator(t, ahead)).toBe(est);
    const windows = windowsFor(state, t, at);
    // No window of its queue signed in: no estimate; otherwise one.
    if (windows === 0) expect(est, `${t.id}: no window, no estimate`).toBeUndefined();
    else {
      expect(est, `${t.id}: a window is open`).toBeTypeOf('number');
      // Never below the floor from the items' expected minutes.
      expect(est!).toBeGreaterThanOrEqual(Math.floor((ahead * floorPerPerson(state, t)) / windows));
      if (ahead === 0) expect(est).toBe(0);
    }
    const key = queueKey(t);
    byQueue.set(key, [...(byQueue.get(key) ?? []), t]);
  }
  // Later in call order (more people ahead): never a shorter estimate.
  for (const tickets of byQueue.values()) {
    tickets.sort(compareCallOrder);
    for (let i = 1; i < tickets.length; i++) {
      const earlier = visitorWaitMs(state, tickets[i - 1]!.id, at);
      const later = visitorWaitMs(state, tickets[i]!.id, at);
      if (earlier === undefined) expect(later).toBeUndefined();
      else expect(later!).toBeGreaterThanOrEqual(earlier);
    }
  }
}

describe('Q25 the wait a visitor is told', () => {
  it('Q25 property: no window → no estimate; later in the queue → never shorter; never below the floor', () => {
    fc.assert(
      fc.property(
        fc.subarray(['w1', 'w2', 'w3', 'w9']),
        fc.array(fc.tuple(step, gap), { minLength: 10, maxLength: 80 }),
        (opening, steps) => {
          let state = fresh();
          let at = MON_0900;
          for (const w of opening) state = apply(state, signIn(w, `clerk-${w}`, at)).state;
          steps.forEach(([s, minutes], seq) => {
            at += minutes * MIN;
            const decision = decide(state, commandOf(s, state, at, seq));
            if (decision.ok) state = evolveAll(state, decision.events);
            checkEstimates(state, at);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  /** w1 and w2 serve 医保 (items of 6 and 10 minutes: floor ½ × 8 = 4 min a person). */
  function yibaoWith(services: number[]): HallState {
    let state = apply(fresh(), signIn('w1', 'li'), signIn('w2', 'wang')).state;
    let at = MON_0900;
    services.forEach((minutes, i) => {
      state = apply(state, issue(`s${i}`, 'yb-reg', at), callNext('w1', at)).state;
      at += minutes * MIN;
      state = apply(state, { type: 'finish', windowId: 'w1', ticketId: `s${i}`, at }).state;
    });
    return apply(
      state,
      issue('a1', 'yb-reg', at),
      issue('a2', 'yb-reg', at),
      issue('a3', 'yb-card', at),
      issue('a4', 'yb-reg', at),
    ).state;
  }

  it('Q25 a burst of instant 办结 does not collapse the estimate (the median, not the mean)', () => {
    const steady = yibaoWith(Array(20).fill(10));
    // Three ahead, two windows, 10 minutes each: 15 minutes.
    expect(visitorWaitMs(steady, 'a4', MON_0900)).toBe(15 * MIN);
    // Nine instant 办结 among the last 20: the mean would drop to 5.5 minutes a person.
    const burst = yibaoWith([...Array(20).fill(10), ...Array(9).fill(0)]);
    expect(visitorWaitMs(burst, 'a4', MON_0900)).toBe(15 * MIN);
    // Twenty: the floor (4 minutes a person) holds.
    const allInstant = yibaoWith(Array(20).fill(0));
    expect(visitorWaitMs(allInstant, 'a4', MON_0900)).toBe((3 * 4 * MIN) / 2);
  });

  it('Q25 no window signed in for the item: no estimate; the next in line with a window: 0', () => {
    const closed = apply(fresh(), issue('a1', 'yb-reg'), issue('a2', 'yb-reg')).state;
    expect(visitorWaitMs(closed, 'a2', MON_0900)).toBeUndefined();
    const open = apply(closed, signIn('w1', 'li')).state;
    expect(visitorWaitMs(open, 'a1', MON_0900)).toBe(0);
    // No service recorded yet: the items' expected minutes (median 8) per person.
    expect(visitorWaitMs(open, 'a2', MON_0900)).toBe(8 * MIN);
    // 公安 has its own window (w3), signed out: still no estimate there.
    const ga = apply(open, issue('g1', 'ga-id'), issue('g2', 'ga-id')).state;
    expect(visitorWaitMs(ga, 'g2', MON_0900)).toBeUndefined();
  });
});
