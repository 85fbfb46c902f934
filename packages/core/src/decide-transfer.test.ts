import { describe, expect, it } from 'vitest';
import { waitingQueue } from './call-order';
import type { Command } from './commands';
import { decide } from './decide';
import { MON_0900 } from './test-support/fixture';
import {
  act,
  apply,
  callNext,
  calledNumbers,
  openWith,
  rejection,
  signIn,
  facts,
} from './test-support/run';

type Targets = { toUnitId?: string; toItemId?: string; toWindowId?: string };
const transfer = (
  ticketId: string,
  targets: Targets,
  position: 'front' | 'back' = 'back',
): Command => ({
  type: 'transfer',
  at: MON_0900,
  windowId: 'w1',
  ticketId,
  position,
  ...targets,
});

/** w1 holds t1 (A001); w3 is open with g1 (C001) and g2 (C002) waiting. */
const held = () =>
  apply(
    openWith('w1', ['t1', 'yb-reg'], ['g1', 'ga-id'], ['g2', 'ga-id']),
    signIn('w3', 'zhou'),
    callNext('w1'),
  ).state;

describe('transfer', () => {
  it('Q16 to another unit: waiting again there, same number, window freed', () => {
    const { state, events } = apply(
      held(),
      transfer('t1', { toUnitId: 'gongan', toItemId: 'ga-id' }),
    );
    expect(events).toEqual([
      {
        type: 'ticket.transferred',
        at: MON_0900,
        siteId: 'hall',
        ticketId: 't1',
        ticket: facts('t1', 'A001'),
        staffId: 'staff-w1',
        fromWindowId: 'w1',
        toUnitId: 'gongan',
        toItemId: 'ga-id',
        position: 'back',
        queueOrder: 4,
      },
    ]);
    expect(state.tickets.t1).toMatchObject({
      status: 'waiting',
      unitId: 'gongan',
      itemId: 'ga-id',
      number: 'A001',
      queueOrder: 4,
      front: false,
      transferCount: 1,
      transferredFrom: 'w1',
    });
    expect(state.tickets.t1).not.toHaveProperty('transferNote');
    expect(state.tickets.t1?.windowId).toBeUndefined();
    expect(state.tickets.t1?.calledAt).toBeUndefined();
    expect(state.windows.w1?.currentTicketId).toBeUndefined();
    expect(waitingQueue(state, 'w3', MON_0900).map((t) => t.number)).toEqual([
      'C001',
      'C002',
      'A001',
    ]);
  });

  it('Q16 to the front: called before everyone else at the target', () => {
    const { state } = apply(
      held(),
      transfer('t1', { toUnitId: 'gongan', toItemId: 'ga-id' }, 'front'),
    );
    expect(calledNumbers(apply(state, callNext('w3')).events)).toEqual(['A001']);
  });

  it('Q16 to an item: the ticket takes the item and its unit', () => {
    const { state } = apply(held(), transfer('t1', { toItemId: 'ga-id' }));
    expect(state.tickets.t1).toMatchObject({ unitId: 'gongan', itemId: 'ga-id' });
  });

  it('Q16 from serving is allowed and clears the service start', () => {
    const serving = apply(held(), act('start', 'w1', 't1')).state;
    const { state } = apply(serving, transfer('t1', { toUnitId: 'gongan', toItemId: 'ga-id' }));
    expect(state.tickets.t1?.status).toBe('waiting');
    expect(state.tickets.t1?.startedAt).toBeUndefined();
  });

  it('Q16 to a window: only that window calls it', () => {
    const { state } = apply(held(), signIn('w2', 'wang'), transfer('t1', { toWindowId: 'w2' }));
    expect(state.tickets.t1).toMatchObject({ targetWindowId: 'w2', unitId: 'yibao' });
    expect(rejection(state, callNext('w1'))).toBe('HALLQ_E_QUEUE_EMPTY');
    expect(calledNumbers(apply(state, callNext('w2')).events)).toEqual(['A001']);
  });

  it('Q16 a later transfer without a window clears the target window', () => {
    let state = apply(held(), signIn('w2', 'wang'), transfer('t1', { toWindowId: 'w2' })).state;
    state = apply(state, callNext('w2'), {
      type: 'transfer',
      at: MON_0900,
      windowId: 'w2',
      ticketId: 't1',
      toUnitId: 'yibao',
      position: 'back',
    }).state;
    expect(state.tickets.t1?.targetWindowId).toBeUndefined();
    expect(state.tickets.t1?.transferCount).toBe(2);
  });

  it('Q16 bad targets give TRANSFER_TARGET', () => {
    const state = held();
    const bad: Targets[] = [
      {},
      { toUnitId: 'no-such-unit' },
      { toItemId: 'no-such-item' },
      { toWindowId: 'w404' },
      { toUnitId: 'yibao', toItemId: 'ga-id' },
      { toUnitId: 'minzheng' },
      { toWindowId: 't1' },
    ];
    for (const targets of bad) {
      expect(rejection(state, transfer('t1', targets)), JSON.stringify(targets)).toBe(
        'HALLQ_E_TRANSFER_TARGET',
      );
    }
  });

  it('Q16 a unit nobody serves today cannot be the target', () => {
    const decision = decide(held(), transfer('t1', { toUnitId: 'wenti', toItemId: 'wt-permit' }));
    expect(decision).toEqual({
      ok: false,
      error: { code: 'HALLQ_E_UNIT_NOT_SERVED_TODAY', details: { unitId: 'wenti', weekdays: [2] } },
    });
  });

  it('Q16 to another unit needs an item of that unit (itemRequired); its own unit does not', () => {
    expect(decide(held(), transfer('t1', { toUnitId: 'gongan' }))).toEqual({
      ok: false,
      error: {
        code: 'HALLQ_E_TRANSFER_TARGET',
        details: { reason: 'itemRequired', unitId: 'gongan' },
      },
    });
    // Back to its own unit (the item is already of it): allowed.
    expect(decide(held(), transfer('t1', { toUnitId: 'yibao' })).ok).toBe(true);
  });

  it('Q16 the note and the sending window stay with the ticket; a later transfer without a note clears it', () => {
    const noted: Command = {
      ...transfer('t1', { toUnitId: 'gongan', toItemId: 'ga-id' }, 'front'),
      note: '  需补办身份证  ',
    } as Command;
    const { state, events } = apply(held(), noted);
    expect(events[0]).toMatchObject({ fromWindowId: 'w1', note: '需补办身份证' });
    expect(state.tickets.t1).toMatchObject({ transferredFrom: 'w1', transferNote: '需补办身份证' });
    const again = apply(state, callNext('w3'), {
      type: 'transfer',
      at: MON_0900,
      windowId: 'w3',
      ticketId: 't1',
      toWindowId: 'w1',
      position: 'back',
      note: ' ',
    }).state;
    expect(again.tickets.t1).toMatchObject({ transferredFrom: 'w3' });
    expect(again.tickets.t1).not.toHaveProperty('transferNote');
  });

  it('Q16 only the holding window can transfer', () => {
    expect(rejection(held(), { ...transfer('g1', { toUnitId: 'yibao' }) })).toBe(
      'HALLQ_E_TICKET_NOT_HELD',
    );
  });
});
