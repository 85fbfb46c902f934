/** Which hall events make the kiosk read its catalogue again at once. */
import { describe, expect, it } from 'vitest';
import type { WireEvent } from '@hallq/protocol';
import { changesCatalog } from './use-catalog';

const ev = (name: string, payload: object = {}) => ({ name, payload }) as unknown as WireEvent;

describe('changesCatalog', () => {
  it("an administrator's change (the rota moved, an item disabled, a quota set) and a new day do", () => {
    expect(changesCatalog(ev('catalog.changed', { kind: 'window', id: 'w24' }), undefined)).toBe(
      true,
    );
    expect(changesCatalog(ev('day.closed'), undefined)).toBe(true);
  });

  it('a call does not', () => {
    expect(changesCatalog(ev('ticket.called'), undefined)).toBe(false);
  });
});
