/** 绩效考评's scheme in 大厅设置: only what was changed goes to the server. */
import { describe, expect, it } from 'vitest';
import { scoringChanges } from './site-scoring';

const values = {
  baseScore: 100,
  dissatisfiedPoints: 2,
  grades: { excellent: 95, good: 85, pass: 70 },
  alertPoints: {
    'window-idle': { yellow: 1, red: 3 },
    'long-wait': { yellow: 0.5, red: 1 },
  },
};

describe('scoringChanges', () => {
  it('a changed value or cut-off goes alone, so the rest keep following the defaults', () => {
    expect(scoringChanges(values, { dissatisfiedPoints: true, grades: { good: true } })).toEqual({
      dissatisfiedPoints: 2,
      grades: { good: 85 },
    });
  });

  it('a rule’s points go as a pair, whichever of the two was changed', () => {
    expect(scoringChanges(values, { alertPoints: { 'window-idle': { red: true } } })).toEqual({
      alertPoints: { 'window-idle': { yellow: 1, red: 3 } },
    });
  });

  it('nothing changed, nothing sent', () => {
    expect(scoringChanges(values, undefined)).toEqual({});
    expect(scoringChanges(undefined, { baseScore: true })).toEqual({});
  });
});
