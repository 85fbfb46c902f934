/**
 * The hall screen speaks each call once. These tests script the socket, so
 * the order of "a live call arrives" and "the resync's answer arrives" is
 * fixed, not left to timing: calls that reach the feed while a resync is in
 * flight are announced exactly once, in seq order, whether the answer is a
 * snapshot that already contains them or a replay.
 */
import { describe, expect, it } from 'vitest';
import type { HallSnapshot, WireEvent } from '@hallq/protocol';
import { HallFeed, type FeedSocket } from './hall-feed';
import { ScriptedSocket } from './test-support/scripted-socket';

const snapshotAt = (seq: number, calls: number[] = []): HallSnapshot => ({
  seq,
  siteId: 'district',
  businessDay: '2026-11-23',
  at: 0,
  units: [{ unitId: 'u1', waiting: 5, priorityWaiting: 0 }],
  windows: [{ id: 'w1', number: 1, name: '1号窗口', status: 'open', todayUnitIds: ['u1'] }],
  // Newest first, as the server keeps them.
  recentCalls: [...calls].reverse().map((n) => ({
    seq: n,
    at: n,
    ticket: { id: `t${n}`, number: `A00${n}`, unitId: 'u1' },
    window: { id: 'w1', number: 1 },
    recall: false,
  })),
  notice: '',
});

const call = (seq: number): WireEvent => ({
  name: 'ticket.called',
  payload: {
    seq,
    siteId: 'district',
    at: seq,
    ticket: {
      id: `t${seq}`,
      number: `A00${seq}`,
      unitId: 'u1',
      itemId: 'i1',
      priority: 'normal',
      issuedAt: 0,
      transferCount: 0,
    },
    window: { id: 'w1', number: 1, name: '1号窗口' },
  },
});

function openFeed() {
  const socket = new ScriptedSocket();
  const feed = new HallFeed({
    token: 'device-token',
    connect: () => socket as unknown as FeedSocket,
  });
  const spoken: number[] = [];
  feed.onEvent((e) => spoken.push(e.payload.seq));
  const live = (e: WireEvent) => socket.deliver(e.name, e.payload);
  const hello = (epoch = 'e1') =>
    socket.deliver('hello', {
      protocolVersion: 1,
      serverVersion: 'test',
      siteId: 'district',
      seq: 0,
      epoch,
    });
  return { socket, feed, spoken, live, hello };
}

describe('HallFeed announces every live call exactly once', () => {
  it('announces calls that arrive during a resync even though the snapshot already has them', () => {
    const { socket, feed, spoken, live, hello } = openFeed();
    hello();
    socket.answerNext({ ok: true, mode: 'snapshot', snapshot: snapshotAt(10), seq: 10 });
    expect(feed.state.status).toBe('live');

    hello(); // the connection came back: the feed asks for what it missed…
    for (const seq of [11, 12, 13]) live(call(seq)); // …and three calls arrive meanwhile
    expect(spoken).toEqual([]); // held until the answer: order is kept
    socket.answerNext({
      ok: true,
      mode: 'snapshot',
      snapshot: snapshotAt(13, [11, 12, 13]),
      seq: 13,
    });

    expect(spoken).toEqual([11, 12, 13]);
    expect(feed.state.seq).toBe(13);
    live(call(13)); // a duplicate delivery is not spoken again
    live(call(14));
    expect(spoken).toEqual([11, 12, 13, 14]);
    feed.close();
  });

  it('announces, in seq order, calls held while a snapshot that covers only some of them is fetched', () => {
    const { socket, feed, spoken, live, hello } = openFeed();
    hello();
    socket.answerNext({ ok: true, mode: 'snapshot', snapshot: snapshotAt(10), seq: 10 });
    hello();
    live(call(13)); // out of order on the wire
    live(call(11));
    live(call(12));
    socket.answerNext({ ok: true, mode: 'snapshot', snapshot: snapshotAt(12, [11, 12]), seq: 12 });
    expect(spoken).toEqual([11, 12, 13]);
    expect(feed.state.seq).toBe(13);
    expect(feed.state.snapshot?.recentCalls.map((c) => c.seq)).toEqual([13, 12, 11]);
    feed.close();
  });

  it('speaks a replayed gap and the calls that arrived live during the replay once each', () => {
    const { socket, feed, spoken, live, hello } = openFeed();
    hello();
    socket.answerNext({ ok: true, mode: 'snapshot', snapshot: snapshotAt(10), seq: 10 });
    live(call(12)); // 11 was lost: a gap, so the feed asks for what it missed
    expect(socket.syncs.map((s) => s.since)).toEqual([10]);
    live(call(13)); // arrives while the replay is in flight
    socket.answerNext({ ok: true, mode: 'events', events: [call(11), call(12)], seq: 12 });
    expect(spoken).toEqual([11, 12, 13]);
    feed.close();
  });

  it('does not speak the history a first snapshot brings, nor repeat calls after a reconnect', () => {
    const { socket, feed, spoken, live, hello } = openFeed();
    hello();
    socket.answerNext({ ok: true, mode: 'snapshot', snapshot: snapshotAt(10, [9, 10]), seq: 10 });
    live(call(11));
    hello(); // the connection dropped and came back: same database
    expect(socket.syncs.map((s) => s.since)).toEqual([11]);
    socket.answerNext({ ok: true, mode: 'events', events: [call(11)], seq: 11 });
    expect(spoken).toEqual([11]);
    feed.close();
  });

  it('speaks again from seq 1 when the server comes back with a new database', () => {
    const { socket, feed, spoken, live, hello } = openFeed();
    hello('e1');
    socket.answerNext({ ok: true, mode: 'snapshot', snapshot: snapshotAt(10), seq: 10 });
    live(call(11));
    hello('e2'); // a replaced database numbers events afresh
    socket.answerNext({ ok: true, mode: 'snapshot', snapshot: snapshotAt(0), seq: 0 });
    live(call(1));
    expect(spoken).toEqual([11, 1]);
    feed.close();
  });
});
