import { describe, expect, it } from 'vitest';
import { TurnOutbox } from './turn-outbox';

/** A scheduler the test turns by hand. */
function turns() {
  const waiting: (() => void)[] = [];
  return {
    nextTurn: (fn: () => void) => waiting.push(fn),
    turn: () => waiting.splice(0).forEach((fn) => fn()),
    get scheduled() {
      return waiting.length;
    },
  };
}

describe('TurnOutbox', () => {
  it('sends a batch to a quiet hall at once', () => {
    const t = turns();
    const sent: number[] = [];
    const out = new TurnOutbox<number>((b) => (sent.push(b), 5_000), 10_000, t.nextTurn);
    out.push(1);
    expect(sent).toEqual([1]);
  });

  it('spreads a burst over turns by the writes budget, in order, losing nothing', () => {
    const t = turns();
    const sent: number[][] = [[]];
    // Each batch: one event to a room of 5,000 screens.
    const out = new TurnOutbox<number>((b) => (sent.at(-1)!.push(b), 5_000), 10_000, t.nextTurn);
    for (let i = 1; i <= 7; i++) out.push(i);
    expect(sent).toEqual([[1, 2]]);
    for (let k = 0; k < 5 && out.pending > 0; k++) {
      sent.push([]);
      t.turn();
    }
    expect(sent).toEqual([[1, 2], [3, 4], [5, 6], [7]]);
    expect(out.pending).toBe(0);
  });

  it('a small hall sends a whole burst in one turn', () => {
    const t = turns();
    const sent: number[] = [];
    const out = new TurnOutbox<number>((b) => (sent.push(b), 40), 10_000, t.nextTurn);
    for (let i = 1; i <= 100; i++) out.push(i);
    expect(sent).toHaveLength(100);
  });

  it('drainNow sends what waits (shutdown)', () => {
    const t = turns();
    const sent: number[] = [];
    const out = new TurnOutbox<number>((b) => (sent.push(b), 10_000), 10_000, t.nextTurn);
    for (let i = 1; i <= 3; i++) out.push(i);
    expect(sent).toEqual([1]);
    out.drainNow();
    expect(sent).toEqual([1, 2, 3]);
  });
});
