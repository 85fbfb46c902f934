import { describe, expect, it } from 'vitest';
import type { TicketView } from '@hallq/protocol';
import { summariseQueue } from './queue-summary';

const T0 = Date.UTC(2026, 10, 25, 2, 0);
const ticket = (over: Partial<TicketView>): TicketView => ({
  id: over.number ?? 'x',
  number: 'A001',
  status: 'waiting',
  siteId: 'district',
  unitId: 'yibao',
  itemId: 'YB001',
  priority: 'normal',
  businessDay: '2026-11-25',
  issuedAt: T0,
  ahead: 0,
  estimatedWaitMs: 0,
  recallCount: 0,
  transferCount: 0,
  front: false,
  ...over,
});

describe('summariseQueue', () => {
  it('counts per unit and per item, most waiting first', () => {
    const s = summariseQueue(
      [
        ticket({ number: 'A001', itemId: 'YB002' }),
        ticket({ number: 'A002', itemId: 'YB001' }),
        ticket({ number: 'A003', itemId: 'YB002' }),
        ticket({ number: 'B001', unitId: 'shebao', itemId: 'SB001', transferCount: 1 }),
      ],
      T0,
    );
    expect(s.total).toBe(4);
    expect(s.byUnit).toEqual([
      { id: 'yibao', count: 3 },
      { id: 'shebao', count: 1 },
    ]);
    expect(s.byItem[0]).toEqual({ id: 'YB002', count: 2 });
    expect(s.transferred).toBe(1);
  });

  it('finds the longest wait, whatever the call order', () => {
    const s = summariseQueue(
      [
        ticket({ number: 'A009', issuedAt: T0 + 20 * 60_000, front: true }),
        ticket({ number: 'A001', issuedAt: T0, priority: 'priority' }),
      ],
      T0 + 30 * 60_000,
    );
    expect(s.longestTicketId).toBe('A001');
    expect(s.longestWaitMs).toBe(30 * 60_000);
    expect(s.priority).toBe(1);
  });

  it('is empty for an empty queue', () => {
    expect(summariseQueue([], T0)).toMatchObject({ total: 0, longestWaitMs: 0, byUnit: [] });
  });
});
