import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { decide } from './decide';
import { waitingQueue } from './call-order';
import { MON_0900 } from './test-support/fixture';
import { act, apply, callNext, facts, openWith, rejection } from './test-support/run';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const restore = (
  ticketId: string,
  position: 'front' | 'back',
  at = MON_0900 + 10 * MIN,
  windowId?: string,
): Command => ({
  type: 'restore',
  at,
  ticketId,
  position,
  staffId: 'sup-1',
  ...(windowId !== undefined ? { windowId } : {}),
});
const callTicket = (ticketId: string, at = MON_0900 + 11 * MIN): Command => ({
  type: 'callTicket',
  at,
  windowId: 'w1',
  ticketId,
  reason: '选号',
});

/** t1 called at w1, recalled once and passed (过号); t2 and t3 wait. */
const passed = () =>
  apply(
    openWith('w1', ['t1', 'yb-reg'], ['t2', 'yb-reg'], ['t3', 'yb-reg']),
    callNext('w1'),
    act('recall', 'w1', 't1'),
    act('noShow', 'w1', 't1', MON_0900 + 5 * MIN),
  ).state;

describe('过号恢复 (restore)', () => {
  it('Q24 a 过号 ticket is kept for its day, as it ended', () => {
    const state = passed();
    expect(state.tickets.t1).toBeUndefined();
    expect(state.noShows.t1).toMatchObject({
      number: 'A001',
      status: 'noShow',
      finishedAt: MON_0900 + 5 * MIN,
    });
  });

  it('Q24 restore to the front: waiting again, same number, called next, no recalls', () => {
    const { state, events } = apply(passed(), restore('t1', 'front', undefined, 'w1'));
    expect(events).toEqual([
      {
        type: 'ticket.restored',
        at: MON_0900 + 10 * MIN,
        siteId: 'hall',
        ticketId: 't1',
        ticket: facts('t1', 'A001'),
        staffId: 'sup-1',
        windowId: 'w1',
        position: 'front',
        queueOrder: 4,
      },
    ]);
    expect(state.noShows.t1).toBeUndefined();
    const t1 = state.tickets.t1;
    expect(t1).toMatchObject({ status: 'waiting', number: 'A001', front: true, recallCount: 0 });
    expect(t1).not.toHaveProperty('windowId');
    expect(t1).not.toHaveProperty('calledAt');
    expect(t1).not.toHaveProperty('finishedAt');
    expect(waitingQueue(state, 'w1', MON_0900 + 10 * MIN).map((t) => t.id)).toEqual([
      't1',
      't2',
      't3',
    ]);
    const called = apply(state, callNext('w1', MON_0900 + 11 * MIN)).events[0];
    expect(called).toMatchObject({ type: 'ticket.called', number: 'A001' });
  });

  it('Q24 restore to the back: after every ticket waiting now', () => {
    const { state } = apply(passed(), restore('t1', 'back'));
    expect(state.tickets.t1).toMatchObject({ front: false, queueOrder: 4 });
    expect(waitingQueue(state, 'w1', MON_0900 + 10 * MIN).map((t) => t.id)).toEqual([
      't2',
      't3',
      't1',
    ]);
  });

  it('Q24 only a 过号 ticket of today: active → INVALID_TRANSITION, unknown or restored → NOT_FOUND', () => {
    const state = passed();
    expect(rejection(state, restore('t2', 'front'))).toBe('HALLQ_E_INVALID_TRANSITION');
    expect(rejection(state, restore('nope', 'front'))).toBe('HALLQ_E_TICKET_NOT_FOUND');
    const restored = apply(state, restore('t1', 'front')).state;
    expect(rejection(restored, restore('t1', 'front'))).toBe('HALLQ_E_INVALID_TRANSITION');
    expect(rejection(state, restore('t1', 'front', undefined, 'w404'))).toBe(
      'HALLQ_E_WINDOW_NOT_FOUND',
    );
  });

  it('Q24 the next business day it is gone: NOT_FOUND, and the state no longer holds it', () => {
    const state = passed();
    expect(rejection(state, restore('t1', 'front', MON_0900 + DAY))).toBe(
      'HALLQ_E_TICKET_NOT_FOUND',
    );
    const tomorrow = apply(state, {
      type: 'closeDay',
      siteId: 'hall',
      at: MON_0900 + DAY,
    }).state;
    expect(tomorrow.noShows).toEqual({});
  });

  it('Q24 an explicit close on the same day keeps it restorable (the day stays current, Q3)', () => {
    const closed = apply(passed(), {
      type: 'closeDay',
      siteId: 'hall',
      at: MON_0900 + 6 * MIN,
    }).state;
    expect(decide(closed, restore('t1', 'back')).ok).toBe(true);
  });

  it('Q24 calling a 过号 ticket by 选号 says it was passed (TICKET_NO_SHOW), not NOT_FOUND', () => {
    const state = passed();
    expect(rejection(state, callTicket('t1'))).toBe('HALLQ_E_TICKET_NO_SHOW');
    expect(rejection(state, callTicket('never'))).toBe('HALLQ_E_TICKET_NOT_FOUND');
  });

  it('Q24 a 过号 ticket id is not issued again the same day', () => {
    expect(
      rejection(passed(), {
        type: 'issueTicket',
        at: MON_0900 + 6 * MIN,
        ticketId: 't1',
        itemId: 'yb-reg',
        priority: 'normal',
      }),
    ).toBe('HALLQ_E_DUPLICATE_ID');
  });
});
