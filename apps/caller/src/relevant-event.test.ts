import { describe, expect, it } from 'vitest';
import type { WireEvent } from '@hallq/protocol';
import { concernsWindow } from './relevant-event';

const base = { seq: 1, siteId: 'district', at: 0 };
const ref = (unitId: string) => ({
  id: 't',
  number: 'A001',
  unitId,
  itemId: 'YB001',
  priority: 'normal' as const,
});
const win = (id: string) => ({ id, number: Number(id.slice(1)), name: `${id}` });

describe('concernsWindow', () => {
  it('reloads for a call at another window of the same unit (the queue shrank)', () => {
    const e: WireEvent = {
      name: 'ticket.called',
      payload: { ...base, ticket: ref('yibao'), window: win('w6') },
    };
    expect(concernsWindow(e, 'w5', ['yibao'])).toBe(true);
    expect(concernsWindow(e, 'w1', ['shebao'])).toBe(false);
  });

  it('reloads for a transfer into this window’s units', () => {
    const e: WireEvent = {
      name: 'ticket.transferred',
      payload: {
        ...base,
        ticket: ref('shebao'),
        window: win('w1'),
        toUnitId: 'yibao',
        toItemId: 'SB001',
        position: 'front',
      },
    };
    expect(concernsWindow(e, 'w5', ['yibao'])).toBe(true);
    expect(concernsWindow(e, 'w9', ['weiji'])).toBe(false);
  });

  it('ignores notices', () => {
    const e: WireEvent = { name: 'notice.updated', payload: { ...base, notice: 'x' } };
    expect(concernsWindow(e, 'w5', ['yibao'])).toBe(false);
  });
});
