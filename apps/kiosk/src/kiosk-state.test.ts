import { describe, expect, it } from 'vitest';
import {
  confirmationFor,
  initialKioskState,
  kioskReducer,
  type KioskAction,
  type KioskState,
} from './kiosk-state';
import type { IssuedTicket } from './issue-ticket';

const run = (...actions: KioskAction[]): KioskState =>
  actions.reduce(kioskReducer, initialKioskState);

const atItem = () =>
  run({ type: 'openUnit', unitId: 'jiaoyu' }, { type: 'openItem', itemId: 'JY001' });

function send(state: KioskState, key: string): KioskState {
  const confirmation = confirmationFor(state, key);
  if (!confirmation) throw new Error('not on an item');
  return kioskReducer(state, { type: 'confirm', confirmation });
}

const issued = { ticket: { id: 't1', number: 'JY001' } } as unknown as IssuedTicket;

describe('the visitor path', () => {
  it('goes home → unit → item → ticket, and back one step at a time', () => {
    let s = atItem();
    expect(s.screen).toEqual({
      name: 'item',
      itemId: 'JY001',
      back: { name: 'items', unitId: 'jiaoyu' },
    });
    s = kioskReducer(s, { type: 'back' });
    expect(s.screen).toEqual({ name: 'items', unitId: 'jiaoyu' });
    s = kioskReducer(s, { type: 'back' });
    expect(s.screen).toEqual({ name: 'home' });
  });

  it('返回首页 starts over but keeps the visitor’s 适老 mode', () => {
    let s = run(
      { type: 'toggleElder' },
      { type: 'openUnit', unitId: 'jiaoyu' },
      { type: 'openItem', itemId: 'JY001' },
    );
    s = kioskReducer(s, { type: 'setPriority', priority: 'priority' });
    s = kioskReducer(s, { type: 'home' });
    expect(s.screen).toEqual({ name: 'home' });
    expect(s.elder).toBe(true);
    expect(s.priority).toBe('normal');
  });

  it('a hall-wide search returns to the search, not to a unit', () => {
    const s = run(
      { type: 'searchAll' },
      { type: 'setQuery', query: 'jszg' },
      { type: 'openItem', itemId: 'JY001' },
    );
    expect(kioskReducer(s, { type: 'back' }).screen).toEqual({ name: 'items', unitId: undefined });
  });

  it('a unit not served today leads to its own screen, then to the 咨询导办 item, and back again', () => {
    let s = run({ type: 'openClosed', unitId: 'wenti' });
    expect(s.screen).toEqual({
      name: 'closed',
      unitId: 'wenti',
      itemId: undefined,
      back: { name: 'home' },
    });
    s = kioskReducer(s, { type: 'openItem', itemId: 'ZX001' });
    expect(s.screen).toMatchObject({ name: 'item', itemId: 'ZX001' });
    s = kioskReducer(s, { type: 'back' });
    expect(s.screen.name).toBe('closed');
    expect(kioskReducer(s, { type: 'back' }).screen).toEqual({ name: 'home' });
  });

  it('an item of a closed unit, found by a search, returns to the search with its query', () => {
    const s = run(
      { type: 'searchAll' },
      { type: 'setQuery', query: 'wt' },
      { type: 'openClosed', unitId: 'wenti', itemId: 'WT004' },
    );
    expect(s.screen).toMatchObject({ name: 'closed', itemId: 'WT004' });
    const back = kioskReducer(s, { type: 'back' });
    expect(back.screen).toEqual({ name: 'items', unitId: undefined });
    expect(back.query).toBe('wt');
  });

  it('咨询导办 opens from home and returns there', () => {
    const s = run({ type: 'openItem', itemId: 'ZX001' });
    expect(s.screen).toEqual({ name: 'item', itemId: 'ZX001', back: { name: 'home' } });
    expect(kioskReducer(s, { type: 'back' }).screen).toEqual({ name: 'home' });
  });

  it('reset (idle or done) forgets the visitor: home, normal text, no choice left', () => {
    let s = run(
      { type: 'toggleElder' },
      { type: 'openUnit', unitId: 'jiaoyu' },
      { type: 'openItem', itemId: 'JY001' },
    );
    s = kioskReducer(s, { type: 'setPriority', priority: 'priority' });
    expect(s.elder).toBe(true);
    expect(kioskReducer(s, { type: 'reset' })).toEqual(initialKioskState);
  });
});

describe('one confirmation, one Idempotency-Key', () => {
  it('a retry after a network failure reuses the key', () => {
    let s = send(atItem(), 'key-1');
    expect(s.issuing).toBe(true);
    s = kioskReducer(s, { type: 'failed', message: '无法连接服务器，请稍候', retryable: true });
    expect(s.issuing).toBe(false);
    expect(confirmationFor(s, 'key-2')?.key).toBe('key-1');
  });

  it('a second tap while the first is in flight is ignored', () => {
    const s = send(atItem(), 'key-1');
    expect(send(s, 'key-2')).toBe(s);
  });

  it('a definite refusal (e.g. quota used up) drops the key', () => {
    let s = send(atItem(), 'key-1');
    s = kioskReducer(s, { type: 'failed', message: '该事项今日已取完', retryable: false });
    expect(confirmationFor(s, 'key-2')?.key).toBe('key-2');
  });

  it('changing to a priority ticket is a new confirmation with a new key', () => {
    let s = send(atItem(), 'key-1');
    s = kioskReducer(s, { type: 'failed', message: 'x', retryable: true });
    s = kioskReducer(s, { type: 'setPriority', priority: 'priority' });
    expect(confirmationFor(s, 'key-2')).toEqual({
      itemId: 'JY001',
      priority: 'priority',
      key: 'key-2',
    });
  });

  it('leaving the item drops the key; the ticket ends the confirmation', () => {
    let s = send(atItem(), 'key-1');
    s = kioskReducer(s, { type: 'failed', message: 'x', retryable: true });
    expect(kioskReducer(s, { type: 'back' }).pending).toBeUndefined();
    const done = kioskReducer(send(atItem(), 'key-3'), { type: 'issued', issued });
    expect(done.screen).toEqual({ name: 'ticket', issued });
    expect(done.pending).toBeUndefined();
  });

  it('cannot leave while a ticket is being issued', () => {
    const s = send(atItem(), 'key-1');
    expect(kioskReducer(s, { type: 'back' })).toBe(s);
  });
});
