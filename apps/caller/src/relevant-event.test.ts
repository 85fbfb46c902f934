import { describe, expect, it } from 'vitest';
import type { WireEvent } from '@hallq/protocol';
import { readsAffectedBy } from './relevant-event';

/**
 * Events are built loosely on purpose: the caller may rely only on an event's
 * name, `payload.window.id` and `payload.ticket.id` (the rest of the wire is
 * being reshaped), so the tests give what they need and nothing more.
 */
const ev = (name: WireEvent['name'], payload: Record<string, unknown>) =>
  ({ name, payload: { seq: 1, siteId: 'district', at: 0, ...payload } }) as unknown as WireEvent;
const ref = (unitId: string, id = 't') => ({ id, number: 'A001', unitId, itemId: 'YB001' });
const win = (id: string) => ({ id, number: Number(id.slice(1)), name: `${id}` });
const sorted = (r: readonly string[]) => [...r].sort();

describe('readsAffectedBy', () => {
  it('reads the queue again for a call at another window of the same unit (the queue shrank)', () => {
    const e = ev('ticket.called', { ticket: ref('yibao'), window: win('w6') });
    expect(readsAffectedBy(e, 'w5', ['yibao'], undefined)).toEqual(['queue']);
    expect(readsAffectedBy(e, 'w1', ['shebao'], undefined)).toEqual([]);
  });

  it('reads everything again for a ticket event at this window', () => {
    const e = ev('ticket.finished', { ticket: ref('shebao'), window: win('w5') });
    expect(sorted(readsAffectedBy(e, 'w5', ['yibao'], 't'))).toEqual(['queue', 'stats', 'window']);
  });

  it('reads the window again when its current ticket changes elsewhere', () => {
    const e = ev('ticket.cancelled', { ticket: ref('weiji', 'mine') });
    expect(readsAffectedBy(e, 'w5', ['yibao'], 'mine')).toEqual(['window']);
    expect(readsAffectedBy(e, 'w5', ['yibao'], 'other')).toEqual([]);
  });

  it('reads the queue again for a transfer into this window’s units, or to this window', () => {
    const e = (toUnitId: string, toWindowId?: string) =>
      ev('ticket.transferred', {
        ticket: ref('shebao'),
        window: win('w1'),
        toUnitId,
        toItemId: 'SB001',
        ...(toWindowId ? { toWindowId } : {}),
        position: 'front',
      });
    expect(readsAffectedBy(e('yibao'), 'w5', ['yibao'], undefined)).toEqual(['queue']);
    expect(readsAffectedBy(e('weiji', 'w9'), 'w9', ['gongan'], undefined)).toEqual(['queue']);
    expect(readsAffectedBy(e('yibao'), 'w9', ['weiji'], undefined)).toEqual([]);
  });

  it('reads the queue again when the wire does not say a ticket’s unit', () => {
    const e = ev('ticket.issued', { ticket: { id: 'x', number: 'A009' } });
    expect(readsAffectedBy(e, 'w5', ['yibao'], undefined)).toEqual(['queue']);
  });

  it('reads only the window for its own window events, nothing for others', () => {
    const mine = ev('window.paused', { window: win('w5'), reason: '午休' });
    const other = ev('window.signedIn', { window: win('w6') });
    expect(readsAffectedBy(mine, 'w5', ['yibao'], undefined)).toEqual(['window']);
    expect(readsAffectedBy(other, 'w5', ['yibao'], undefined)).toEqual([]);
  });

  it('reads everything after a day closes, nothing for notices', () => {
    const day = ev('day.closed', { businessDay: '2025-01-01', currentDay: '2025-01-02' });
    const notice = ev('notice.updated', { notice: 'x' });
    expect(readsAffectedBy(day, 'w5', [], undefined)).toHaveLength(3);
    expect(readsAffectedBy(notice, 'w5', ['yibao'], undefined)).toEqual([]);
  });
});
