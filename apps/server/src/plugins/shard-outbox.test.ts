import { describe, expect, it } from 'vitest';
import { ShardOutbox, fillingShard } from './shard-outbox';

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

describe('fillingShard', () => {
  const shards = ['s#0', 's#1', 's#2'];
  const pick = (sizes: Record<string, number>) => fillingShard(shards, (s) => sizes[s] ?? 0, 2);

  it('puts a small hall’s screens in the first shard until it is full', () => {
    expect(pick({})).toBe('s#0');
    expect(pick({ 's#0': 1 })).toBe('s#0');
    expect(pick({ 's#0': 2 })).toBe('s#1');
    expect(pick({ 's#0': 2, 's#1': 2 })).toBe('s#2');
  });

  it('fills a place freed in an earlier shard before a later one', () => {
    expect(pick({ 's#0': 1, 's#1': 2, 's#2': 1 })).toBe('s#0');
  });

  it('puts a screen in the least full shard when every shard is full', () => {
    expect(pick({ 's#0': 5, 's#1': 3, 's#2': 4 })).toBe('s#1');
  });
});
