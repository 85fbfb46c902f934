/**
 * The HallStore contract over random halls: for random command sequences
 * (issues, calls, 选号, recalls, starts, finishes, 过号, transfers, cancels,
 * sign-ins and -outs, pauses, day closes and nights that roll the day over),
 * what the store's projections hold equals what the core makes of the same
 * log. So the projector is checked against the core, not against a second
 * copy of itself:
 *
 * - `loadState` after projecting equals `evolveAll` of the log;
 * - `ticket(id)` is the core's active ticket, or the ticket as the core last
 *   held it with its end (done, 过号, cancelled, expired) and end time;
 * - each day's figures equal a brute-force count over the core's ticket and
 *   window records before and after each command (contract-hall.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Command } from '@hallq/core';
import { catalog, hallOn, MONDAY_10AM, type Unstamped } from './contract-hall';
import type { HallStore } from './hall-store';

const SITE = 'district';
const WINDOWS = ['w1', 'w2', 'w5', 'w6', 'w9', 'w27'];
const STAFF = ['clerk-a', 'clerk-b', 'clerk-c', 'clerk-d', 'clerk-e'];
const UNITS = ['shebao', 'yibao', 'weiji', 'ggzy'];
const ITEMS = UNITS.flatMap((u) =>
  Object.values(catalog.items)
    .filter((i) => i.unitId === u)
    .slice(0, 2)
    .map((i) => i.id),
);

type Intent =
  | { kind: 'issue'; item: number; priority: boolean }
  | { kind: 'signIn'; window: number; staff: number }
  | { kind: 'signOut' | 'pause' | 'resume' | 'callNext'; window: number }
  | { kind: 'callTicket'; window: number; ticket: number }
  | { kind: 'recall' | 'start' | 'finish' | 'noShow'; window: number }
  | {
      kind: 'transfer';
      window: number;
      unit: number | null;
      item: number | null;
      toWindow: number | null;
      front: boolean;
    }
  | { kind: 'cancel'; ticket: number }
  | { kind: 'restore'; ticket: number; front: boolean }
  | { kind: 'closeDay' };

const n = fc.nat({ max: 30 });
const intent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('issue' as const), item: n, priority: fc.boolean() }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('signIn' as const), window: n, staff: n }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('signOut' as const, 'pause' as const, 'resume' as const),
      window: n,
    }),
  },
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('callNext' as const), window: n }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('callTicket' as const), window: n, ticket: n }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'recall' as const,
        'start' as const,
        'finish' as const,
        'noShow' as const,
      ),
      window: n,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      window: n,
      unit: fc.option(n),
      item: fc.option(n),
      toWindow: fc.option(n),
      front: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), ticket: n }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('restore' as const), ticket: n, front: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('closeDay' as const) }) },
);
/** Minutes to the next command; now and then a night, so the day rolls over (Q2). */
const gap = fc.oneof(
  { weight: 60, arbitrary: fc.integer({ min: 1, max: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 14 * 60, max: 26 * 60 }) },
);

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

export function hallStorePropertyContract(name: string, make: () => HallStore): void {
  describe(`HallStore contract over random halls: ${name}`, () => {
    it('the projections equal the core fold of the log: state, every ticket, every day figure', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(intent, gap), { minLength: 1, maxLength: 150, size: 'max' }),
          (steps) => {
            const store = make();
            const hall = hallOn(store);
            let time = MONDAY_10AM;
            let ids = 0;
            for (const [i, minutes] of steps) {
              time += minutes * 60_000;
              const command = toCommand(i, hall.state, () => `t${++ids}`);
              if (command) hall.attempt({ ...command, at: time } as Unstamped<Command>);
            }

            const folded = hall.folded();
            expect(store.loadState(store.loadCatalog())).toEqual(folded);

            for (const id of hall.issued) {
              expect(store.ticket(id), id).toEqual(folded.tickets[id] ?? hall.ended.get(id));
            }

            const days = new Set<string>();
            for (const [key, row] of hall.figures) {
              const [kind, id, day] = key.split('|') as [never, string, string];
              expect(store.dayFigures(kind, id, day), key).toEqual(row);
              days.add(day);
            }
            for (const day of days) {
              const expected = [...hall.figures.values()]
                .filter((r) => r.businessDay === day)
                .sort((a, b) => (`${a.kind}|${a.id}` < `${b.kind}|${b.id}` ? -1 : 1));
              expect(store.siteDayFigures(SITE, day)).toEqual(expected);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });
}

function toCommand(
  i: Intent,
  state: ReturnType<typeof hallOn>['state'],
  newId: () => string,
): Unstamped<Command> | undefined {
  // Intents pick among what the hall allows now, so most commands are accepted.
  const waiting = Object.values(state.tickets).filter((t) => t.status === 'waiting');
  const windows = (status: string, free?: boolean) =>
    WINDOWS.filter(
      (w) =>
        state.windows[w]?.status === status &&
        (free === undefined || free === !state.windows[w]?.currentTicketId),
    );
  switch (i.kind) {
    case 'issue':
      return {
        type: 'issueTicket',
        ticketId: newId(),
        itemId: at(ITEMS, i.item),
        priority: i.priority ? 'priority' : 'normal',
      };
    case 'signIn':
      return { type: 'signIn', windowId: at(WINDOWS, i.window), staffId: at(STAFF, i.staff) };
    case 'signOut': {
      const free = [...windows('open', true), ...windows('paused', true)];
      return free.length ? { type: 'signOut', windowId: at(free, i.window) } : undefined;
    }
    case 'pause': {
      const open = windows('open', true);
      return open.length
        ? {
            type: 'pauseWindow',
            windowId: at(open, i.window),
            reason: '午休',
            // Now and then with the expected return (暂停服务，预计 14:30 恢复).
            ...(i.window % 2 ? { until: '14:30' } : {}),
          }
        : undefined;
    }
    case 'resume': {
      const paused = windows('paused');
      return paused.length ? { type: 'resumeWindow', windowId: at(paused, i.window) } : undefined;
    }
    case 'callNext': {
      const open = windows('open', true);
      return open.length ? { type: 'callNext', windowId: at(open, i.window) } : undefined;
    }
    case 'callTicket': {
      const open = windows('open', true);
      if (!open.length) return undefined;
      const windowId = at(open, i.window);
      const unitIds = catalog.windows[windowId]?.unitIds ?? [];
      const eligible = waiting.filter((t) =>
        t.targetWindowId === undefined ? unitIds.includes(t.unitId) : t.targetWindowId === windowId,
      );
      if (!eligible.length) return undefined;
      return { type: 'callTicket', windowId, ticketId: at(eligible, i.ticket).id, reason: '老人' };
    }
    case 'cancel':
      return waiting.length ? { type: 'cancel', ticketId: at(waiting, i.ticket).id } : undefined;
    case 'restore': {
      // 过号恢复 (core Q24): a 过号 ticket of the day, by a supervisor.
      const passed = Object.values(state.noShows);
      return passed.length
        ? {
            type: 'restore',
            ticketId: at(passed, i.ticket).id,
            position: i.front ? 'front' : 'back',
            staffId: 'supervisor',
          }
        : undefined;
    }
    case 'closeDay':
      return { type: 'closeDay', siteId: SITE };
    default: {
      // Act on a window that holds a ticket.
      const holding = WINDOWS.filter((w) => state.windows[w]?.currentTicketId);
      if (!holding.length) return undefined;
      const windowId = at(holding, i.window);
      const ticketId = state.windows[windowId]!.currentTicketId!;
      if (i.kind !== 'transfer') return { type: i.kind, windowId, ticketId };
      const unit = i.unit === null ? undefined : at(UNITS, i.unit);
      const item =
        i.item === null
          ? undefined
          : at(
              ITEMS.filter((id) => unit === undefined || catalog.items[id]?.unitId === unit),
              i.item,
            );
      const toWindow = i.toWindow === null ? undefined : at(WINDOWS, i.toWindow);
      return {
        type: 'transfer',
        windowId,
        ticketId,
        position: i.front ? 'front' : 'back',
        ...(unit ? { toUnitId: unit } : {}),
        ...(item ? { toItemId: item } : {}),
        ...(toWindow ? { toWindowId: toWindow } : {}),
      };
    }
  }
}
