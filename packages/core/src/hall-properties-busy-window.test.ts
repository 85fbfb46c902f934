/**
 * Property tests: a busy morning at the two 医保 windows (busyIntent), minutes
 * apart, run as a random day (test-support/random-day.ts): call-next keeps the
 * call order of Q10 and the priority ratio of Q11 at every call.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { busyIntent, MIN, ratio, TWO_OPEN } from './test-support/hall-intents';
import { runSteps } from './test-support/random-day';

describe('random days in the hall', () => {
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
