/**
 * Property tests: the earliest issue time kept beside each queue
 * (queue-oldest.ts) over random days run in place by apply, as the server
 * runs them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { decide } from './decide';
import { apply } from './evolve';
import { initialState } from './initial-state';
import type { PriorityRatio } from './model';
import { oldestWaiting, queueKey } from './waiting-index';
import { catalog as baseCatalog, local } from './test-support/fixture';
import { busyIntent, gap, intent, ratio, TWO_OPEN, type Intent } from './test-support/hall-intents';
import { withRatio } from './test-support/random-day';
import { resolve } from './test-support/resolve-intent';

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

describe('random days in the hall', () => {
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
});
