import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import type { HallEvent } from '../events';
import { MON_0900, TUE_0800 } from '../test-support/fixture';
import { act, apply, callNext, fresh, issue, openWith } from '../test-support/run';
import { input } from '../test-support/supervision';
import { fairness } from './fairness';

describe('S7 fairness', () => {
  it('S7 选号 calls per clerk and day: yellow at the limit, red at twice', () => {
    const at = (outOfOrder: number) =>
      fairness.evaluate(input(fresh(), { clerks: [{ staffId: 's1', outOfOrder, transfers: 0 }] }));
    expect(at(4)).toEqual([]);
    expect(at(5)).toEqual([
      expect.objectContaining({
        key: 'fairness:s1:out-of-order:2026-11-23',
        level: 'yellow',
        staffId: 's1',
        detail: { kind: 'out-of-order', count: 5, limit: 5, day: '2026-11-23' },
      }),
    ]);
    expect(at(9)[0]?.level).toBe('yellow');
    expect(at(10)[0]?.level).toBe('red');
  });

  it('S7 transfers per clerk and day: yellow at the limit, red at twice', () => {
    const at = (transfers: number) =>
      fairness.evaluate(input(fresh(), { clerks: [{ staffId: 's1', outOfOrder: 0, transfers }] }));
    expect(at(9)).toEqual([]);
    expect(at(10)[0]).toMatchObject({ key: 'fairness:s1:transfers:2026-11-23', level: 'yellow' });
    expect(at(19)[0]?.level).toBe('yellow');
    expect(at(20)[0]?.level).toBe('red');
  });

  it('S7 a new business day is a new cause; the old one closes with the day', () => {
    const clerks = [{ staffId: 's1', outOfOrder: 6, transfers: 0 }];
    const [monday] = fairness.evaluate(input(fresh(), { clerks }));
    const tuesday = apply(fresh(), issue('t1', 'yb-reg', TUE_0800)).state;
    const next = input(tuesday, { now: TUE_0800, clerks: [] });
    expect(fairness.closedBecause(monday!, next)).toBe('day-closed');
    expect(fairness.closedBecause(monday!, input(fresh(), { clerks: [] }))).toBe(
      'condition-cleared',
    );
  });

  it('S7 选号 calls of priority tickets beyond the ratio: yellow at the limit, red at twice', () => {
    const at = (priorityBeyondRatio: number) =>
      fairness.evaluate(
        input(fresh(), {
          clerks: [{ staffId: 's1', outOfOrder: 0, transfers: 0, priorityBeyondRatio }],
        }),
      );
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([
      expect.objectContaining({
        key: 'fairness:s1:priority:2026-11-23',
        level: 'yellow',
        staffId: 's1',
        detail: { kind: 'priority', count: 3, limit: 3, day: '2026-11-23' },
      }),
    ]);
    expect(at(5)[0]?.level).toBe('yellow');
    expect(at(6)[0]?.level).toBe('red');
    const off = { ...input(fresh()).settings, priorityBeyondRatioPerDay: 0 };
    expect(
      fairness.evaluate(
        input(fresh(), {
          settings: off,
          clerks: [{ staffId: 's1', outOfOrder: 0, transfers: 0, priorityBeyondRatio: 9 }],
        }),
      ),
    ).toEqual([]);
  });

  it('S7 a 选号 of a priority ticket is beyond the ratio only when an ordinary one was owed', () => {
    const pick = (ticketId: string): Command => ({
      type: 'callTicket',
      at: MON_0900,
      windowId: 'w1',
      ticketId,
      reason: '老年人',
    });
    const flag = (events: HallEvent[]) =>
      events.map((e) => (e.type === 'ticket.called' ? e.beyondRatio : 'other'));
    // The hall's ratio is 2 priority : 1 ordinary.
    const hall = openWith(
      'w1',
      ['p1', 'yb-reg', 'priority'],
      ['p2', 'yb-reg', 'priority'],
      ['p3', 'yb-reg', 'priority'],
      ['n1', 'yb-reg'],
    );
    // A priority turn: picking a priority ticket is within the ratio.
    expect(flag(apply(hall, pick('p3')).events)).toEqual([undefined]);
    // Two priority calls by call-next: the ordinary ticket is owed.
    const done = (id: string) => [act('start', 'w1', id), act('finish', 'w1', id)];
    const owed = apply(hall, callNext('w1'), ...done('p1'), callNext('w1'), ...done('p2')).state;
    expect(flag(apply(owed, pick('p3')).events)).toEqual([true]);
    // Nobody ordinary waits (n1 was picked and served): a priority ticket may go.
    const noOrdinary = apply(owed, pick('n1'), ...done('n1')).state;
    expect(flag(apply(noOrdinary, pick('p3')).events)).toEqual([undefined]);
  });
});
