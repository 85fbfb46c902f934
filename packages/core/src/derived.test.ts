import { describe, expect, it } from 'vitest';
import { estimatedWaitMs, peopleAhead } from './derived';
import { MON_0900 } from './test-support/fixture';
import { act, apply, callNext, fresh, issue, openWith, signIn } from './test-support/run';

const MIN = 60_000;

describe('people ahead', () => {
  it('Q18 counts waiting tickets of the same unit that are called earlier', () => {
    const state = apply(
      fresh(),
      issue('a1', 'yb-reg'),
      issue('g1', 'ga-id'),
      issue('a2', 'yb-card'),
      issue('a3', 'yb-reg'),
    ).state;
    expect(peopleAhead(state, 'a1', MON_0900)).toBe(0);
    expect(peopleAhead(state, 'a3', MON_0900)).toBe(2);
    expect(peopleAhead(state, 'g1', MON_0900)).toBe(0);
  });

  it('Q18 a priority ticket issued later goes ahead of normal ones', () => {
    const state = apply(
      fresh(),
      issue('a1', 'yb-reg'),
      issue('a2', 'yb-reg'),
      issue('p1', 'yb-reg', MON_0900, 'priority'),
    ).state;
    expect(peopleAhead(state, 'p1', MON_0900)).toBe(0);
    expect(peopleAhead(state, 'a2', MON_0900)).toBe(2);
  });

  it('Q18 called, unknown and window-targeted queues are separate', () => {
    let state = apply(
      openWith('w1', ['a1', 'yb-reg'], ['a2', 'yb-reg'], ['a3', 'yb-reg']),
      callNext('w1'),
    ).state;
    expect(peopleAhead(state, 'a1', MON_0900)).toBe(0);
    expect(peopleAhead(state, 'a3', MON_0900)).toBe(1);
    state = apply(state, {
      type: 'transfer',
      at: MON_0900,
      windowId: 'w1',
      ticketId: 'a1',
      toWindowId: 'w2',
      position: 'back',
    }).state;
    expect(peopleAhead(state, 'a1', MON_0900)).toBe(0);
    expect(peopleAhead(state, 'a3', MON_0900)).toBe(1);
    expect(peopleAhead(state, 'nope', MON_0900)).toBe(0);
  });
});

describe('estimated wait', () => {
  it('Q19 uses the item’s expected minutes before any service is recorded', () => {
    const state = apply(
      fresh(),
      issue('a1', 'yb-reg'),
      issue('a2', 'yb-reg'),
      issue('a3', 'yb-reg'),
    ).state;
    // 2 ahead × 6 min, no window open → divide by 1.
    expect(estimatedWaitMs(state, 'a3', MON_0900)).toBe(12 * MIN);
    expect(estimatedWaitMs(state, 'a1', MON_0900)).toBe(0);
  });

  it('Q19 divides by the open windows serving the unit', () => {
    const state = apply(
      fresh(),
      issue('a1', 'yb-reg'),
      issue('a2', 'yb-reg'),
      issue('a3', 'yb-reg'),
      signIn('w1', 'li'),
      signIn('w2', 'wang'),
    ).state;
    expect(estimatedWaitMs(state, 'a3', MON_0900)).toBe(6 * MIN);
    const paused = apply(state, {
      type: 'pauseWindow',
      at: MON_0900,
      windowId: 'w2',
      reason: '午休',
    }).state;
    expect(estimatedWaitMs(paused, 'a3', MON_0900)).toBe(12 * MIN);
  });

  it('Q19 uses the mean of recorded service times once there are some', () => {
    let state = openWith(
      'w1',
      ['a1', 'yb-reg'],
      ['a2', 'yb-reg'],
      ['a3', 'yb-reg'],
      ['a4', 'yb-reg'],
    );
    state = apply(
      state,
      callNext('w1'),
      act('finish', 'w1', 'a1', MON_0900 + 2 * MIN),
      callNext('w1', MON_0900 + 2 * MIN),
      act('finish', 'w1', 'a2', MON_0900 + 6 * MIN),
    ).state;
    // Recorded 2 and 4 minutes → 3 min average; a4 has 1 ahead at one open window.
    expect(estimatedWaitMs(state, 'a4', MON_0900 + 6 * MIN)).toBe(3 * MIN);
  });
});
