import { describe, expect, it } from 'vitest';
import type { Ticket } from '@hallq/core';
import { EMPTY_QUEUE_SUMMARY } from '@hallq/protocol';
import { summariseWaiting } from './waiting-summary';

const T0 = Date.UTC(2026, 10, 25, 2, 0);
let order = 0;
const ticket = (over: Partial<Ticket>): Ticket => ({
  id: over.number ?? 'x',
  siteId: 'district',
  unitId: 'yibao',
  itemId: 'YB001',
  number: 'A001',
  serial: 1,
  businessDay: '2026-11-25',
  priority: 'normal',
  status: 'waiting',
  issuedAt: T0,
  queueOrder: ++order,
  front: false,
  recallCount: 0,
  transferCount: 0,
  ...over,
});

describe('a window queue summary', () => {
  it('counts per unit and per item, most waiting first, ties by id', () => {
    const s = summariseWaiting([
      ticket({ number: 'A001', itemId: 'YB002' }),
      ticket({ number: 'A002', itemId: 'YB001' }),
      ticket({ number: 'A003', itemId: 'YB002' }),
      ticket({ number: 'B001', unitId: 'shebao', itemId: 'SB001', transferCount: 1 }),
    ]);
    expect(s.total).toBe(4);
    expect(s.byUnit).toEqual([
      { id: 'yibao', count: 3 },
      { id: 'shebao', count: 1 },
    ]);
    expect(s.byItem).toEqual([
      { id: 'YB002', count: 2 },
      { id: 'SB001', count: 1 },
      { id: 'YB001', count: 1 },
    ]);
    expect(s.transferred).toBe(1);
  });

  it('finds the longest wait and lists the issue times oldest first, whatever the call order', () => {
    const s = summariseWaiting([
      ticket({ number: 'A009', issuedAt: T0 + 20 * 60_000, front: true }),
      ticket({ number: 'A001', issuedAt: T0, priority: 'priority' }),
      ticket({ number: 'A005', issuedAt: T0 + 5 * 60_000 }),
    ]);
    expect(s.oldest).toEqual({ ticketId: 'A001', number: 'A001', issuedAt: T0 });
    expect(s.issuedAts).toEqual([T0, T0 + 5 * 60_000, T0 + 20 * 60_000]);
    expect(s.priority).toBe(1);
  });

  it('is empty for an empty queue', () => {
    expect(summariseWaiting([])).toEqual(EMPTY_QUEUE_SUMMARY);
    expect(EMPTY_QUEUE_SUMMARY).toMatchObject({ total: 0, issuedAts: [] });
    expect(EMPTY_QUEUE_SUMMARY.oldest).toBeUndefined();
  });
});
