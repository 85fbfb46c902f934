/** The reducer's ticket cases added with issue 16: a 过号 ticket restored waits again. */
import { describe, expect, it } from 'vitest';
import type { HallSnapshot, TicketRef, WireEvent } from '@hallq/protocol';
import { applyHallEvent } from './apply-hall-event';
import { initialHallView } from './initial-view';

const view = (): HallSnapshot =>
  initialHallView({
    siteId: 'district',
    businessDay: '2026-11-23',
    at: 1,
    seq: 10,
    unitIds: ['yibao'],
    windows: [{ id: 'w5', number: 5, name: '5号窗口', todayUnitIds: ['yibao'] }],
    notice: '',
  });

const a001: TicketRef = {
  id: 't1',
  number: 'A001',
  unitId: 'yibao',
  itemId: 'yb-reg',
  priority: 'priority',
  issuedAt: 1,
  transferCount: 0,
};

describe('ticket.restored (过号恢复)', () => {
  it('counts the ticket waiting in its unit again', () => {
    const restored: WireEvent = {
      name: 'ticket.restored',
      payload: {
        seq: 11,
        siteId: 'district',
        at: 5,
        ticket: a001,
        staffId: 'staff-w05',
        window: { id: 'w5', number: 5, name: '5号窗口' },
        position: 'front',
      },
    };
    const after = applyHallEvent(view(), restored);
    expect(after.units.find((u) => u.unitId === 'yibao')).toMatchObject({
      waiting: 1,
      priorityWaiting: 1,
    });
    expect(after.seq).toBe(11);
  });
});
