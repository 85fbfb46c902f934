import { describe, expect, it } from 'vitest';
import { ShardOutbox } from './shard-outbox';

/** A scheduler the test turns by hand. */
function turns() {
  const waiting: (() => void)[] = [];
  return {
    nextTurn: (fn: () => void) => waiting.push(fn),
    turn: () => waiting.splice(0).forEach((fn) => fn()),
  };
}

const SHARDS = ['s0', 's1', 's2', 's3'];

describe('ShardOutbox', () => {
  it('a quiet hall: every shard gets the event at once', () => {
    const t = turns();
    const sent: [string, number[]][] = [];
    const out = new ShardOutbox<number>(
      (shard, events) => (sent.push([shard, [...events]]), 10 * events.length),
      10_000,
      t.nextTurn,
    );
    out.push(SHARDS, [1]);
    expect(sent).toEqual(SHARDS.map((s) => [s, [1]]));
    expect(out.pending).toBe(0);
  });

  it('a burst to a big hall: a shard that waits takes every later event with it, in order, in one send', () => {
    const t = turns();
    const sent: [string, number[]][] = [];
    // 1,250 screens a shard: one event is 1,250 writes; the budget is 2,000 a turn.
    const out = new ShardOutbox<number>(
      (shard, events) => (sent.push([shard, [...events]]), 1_250 * events.length),
      2_000,
      t.nextTurn,
    );
    for (let call = 1; call <= 30; call++) out.push(SHARDS, [call]);
    // The first turn: s0 and s1 with the first call (2,500 writes, over budget after s1).
    expect(sent).toEqual([
      ['s0', [1]],
      ['s1', [1]],
    ]);
    const all = Array.from({ length: 30 }, (_, i) => i + 1);
    t.turn();
    // s2 and s3 waited through all 30 calls: each gets them together, in order.
    expect(sent.slice(2, 3)).toEqual([['s2', all]]);
    for (let k = 0; k < 10 && out.pending > 0; k++) t.turn();
    expect(out.pending).toBe(0);
    // Every shard got every call exactly once, in order.
    for (const s of SHARDS) {
      expect(sent.filter(([shard]) => shard === s).flatMap(([, e]) => e)).toEqual(all);
    }
  });

  it('drainNow sends what waits (shutdown)', () => {
    const t = turns();
    const sent: string[] = [];
    const out = new ShardOutbox<number>((shard) => (sent.push(shard), 5_000), 1, t.nextTurn);
    out.push(SHARDS, [1]);
    out.drainNow();
    expect(sent).toEqual(SHARDS);
  });
});
