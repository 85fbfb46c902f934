/**
 * What the property tests generate: intents (a command's kind and indices,
 * resolved against the state only when the step runs, see resolve-intent.ts),
 * the time between steps and the priority ratio of the day.
 */
import fc from 'fast-check';
import type { Command } from '../commands';
import type { PriorityRatio } from '../model';
import { local } from './fixture';

export const MIN = 60_000;

export type Intent =
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
export const intent: fc.Arbitrary<Intent> = fc.oneof(
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
export const gap = fc.oneof(
  { weight: 50, arbitrary: fc.integer({ min: 0, max: 10 * MIN }) },
  { weight: 1, arbitrary: fc.integer({ min: 8 * 60 * MIN, max: 26 * 60 * MIN }) },
);

export const ratio = fc.constantFrom<PriorityRatio>(
  { priority: 2, ordinary: 1 },
  { priority: 1, ordinary: 2 },
  { priority: 3, ordinary: 2 },
);

/** A busy morning at the two 医保 windows: the ratio and transfers to the front, densely. */
export const busyIntent: fc.Arbitrary<Intent> = fc.oneof(
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
export const TWO_OPEN: Command[] = [
  { type: 'signIn', at: local(1, '08:50'), windowId: 'w1', staffId: 'li' },
  { type: 'signIn', at: local(1, '08:50'), windowId: 'w2', staffId: 'wang' },
];
