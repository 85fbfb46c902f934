/**
 * Property tests: random days in the hall (test-support/random-day.ts). After
 * every command of a random day, the invariants of SPEC.md hold.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { gap, intent, ratio } from './test-support/hall-intents';
import { runSteps } from './test-support/random-day';

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
});
