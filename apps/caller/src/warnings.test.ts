import { describe, expect, it } from 'vitest';
import type { TicketView } from '@hallq/protocol';
import { warningsFor } from './warnings';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 25, 3, 0);
const ticket = (over: Partial<TicketView>): TicketView => ({
  id: over.number ?? 'x',
  number: 'A001',
  status: 'waiting',
  siteId: 'district',
  unitId: 'yibao',
  itemId: 'YB001',
  priority: 'normal',
  businessDay: '2026-11-25',
  issuedAt: NOW - 5 * MIN,
  ahead: 0,
  estimatedWaitMs: 0,
  recallCount: 0,
  transferCount: 0,
  front: false,
  ...over,
});

describe('warningsFor', () => {
  const base = { queue: undefined, waitLimitMinutes: 30, now: NOW, expectedServiceMinutes: 8 };

  it('warns once a service runs past the item’s expected minutes, not before', () => {
    const serving = (mins: number) =>
      ticket({ status: 'serving', startedAt: NOW - mins * MIN, calledAt: NOW - mins * MIN });
    expect(warningsFor({ ...base, current: serving(8) })).toEqual([]);
    expect(warningsFor({ ...base, current: serving(9) })).toEqual([
      { kind: 'overrun', ticketNumber: 'A001', elapsedMs: 9 * MIN, expectedMinutes: 8 },
    ]);
  });

  it('does not count a ticket only called (not yet started) as an overlong service', () => {
    const called = ticket({ status: 'called', calledAt: NOW - 60 * MIN });
    expect(warningsFor({ ...base, current: called })).toEqual([]);
  });

  it('warns of visitors waiting past the hall limit, naming the longest', () => {
    const queue = {
      issuedAts: [NOW - 45 * MIN, NOW - 31 * MIN, NOW - 10 * MIN],
      oldest: { ticketId: 't1', number: 'A001', issuedAt: NOW - 45 * MIN },
    };
    expect(warningsFor({ ...base, current: undefined, queue })).toEqual([
      { kind: 'longWait', count: 2, longestNumber: 'A001', longestMs: 45 * MIN, limitMinutes: 30 },
    ]);
    const fresh = {
      issuedAts: [NOW - 10 * MIN],
      oldest: { ticketId: 't3', number: 'A003', issuedAt: NOW - 10 * MIN },
    };
    expect(warningsFor({ ...base, current: undefined, queue: fresh })).toEqual([]);
  });

  it('counts the visitors who pass the limit as the minutes go by, with no new answer', () => {
    const queue = {
      issuedAts: [NOW - 29 * MIN, NOW - 25 * MIN, NOW - 5 * MIN],
      oldest: { ticketId: 't1', number: 'A001', issuedAt: NOW - 29 * MIN },
    };
    const at = (minutes: number) =>
      warningsFor({ ...base, current: undefined, queue, now: NOW + minutes * MIN });
    expect(at(0)).toEqual([]);
    expect(at(2)).toMatchObject([{ kind: 'longWait', count: 1, longestMs: 31 * MIN }]);
    expect(at(6)).toMatchObject([{ kind: 'longWait', count: 2, longestNumber: 'A001' }]);
    expect(at(26)).toMatchObject([{ kind: 'longWait', count: 3 }]);
  });
});
