import { describe, expect, it } from 'vitest';
import { peopleAhead } from './derived';
import { MON_0900 } from './test-support/fixture';
import { apply, callNext, fresh, issue, openWith } from './test-support/run';

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
