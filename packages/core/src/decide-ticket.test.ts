import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { decide } from './decide';
import { ticketFacts } from './events';
import { evolve } from './evolve';
import type { Ticket } from './model';
import { MON_0900 } from './test-support/fixture';
import {
  act,
  apply,
  callNext,
  issue,
  openWith,
  rejection,
  signIn,
  facts,
} from './test-support/run';

const MIN = 60_000;
const cancel = (ticketId: string): Command => ({
  type: 'cancel',
  at: MON_0900,
  ticketId,
  reason: '不办了',
});
const calledAtW1 = () =>
  apply(openWith('w1', ['t1', 'yb-reg'], ['t2', 'yb-reg']), callNext('w1')).state;

describe('ticket transitions', () => {
  it('Q15 recall keeps the ticket called and counts the recalls', () => {
    const { state, events } = apply(
      calledAtW1(),
      act('recall', 'w1', 't1'),
      act('recall', 'w1', 't1'),
    );
    expect(
      events.map((e) => (e.type === 'ticket.recalled' ? [e.number, e.recallCount] : e.type)),
    ).toEqual([
      ['A001', 1],
      ['A001', 2],
    ]);
    expect(state.tickets.t1).toMatchObject({ status: 'called', recallCount: 2, windowId: 'w1' });
  });

  it('Q15 start serves the ticket; finish ends it and frees the window', () => {
    const serving = apply(calledAtW1(), act('start', 'w1', 't1', MON_0900 + MIN)).state;
    expect(serving.tickets.t1).toMatchObject({ status: 'serving', startedAt: MON_0900 + MIN });
    const done = apply(serving, act('finish', 'w1', 't1')).state;
    expect(done.tickets.t1).toBeUndefined();
    expect(done.windows.w1?.currentTicketId).toBeUndefined();
    expect(decide(done, callNext('w1')).ok).toBe(true);
  });

  it('Q15 finish straight from called is allowed', () => {
    const { state, events } = apply(calledAtW1(), act('finish', 'w1', 't1'));
    expect(events.map((e) => e.type)).toEqual(['ticket.finished']);
    expect(state.tickets.t1).toBeUndefined();
  });

  it('Q15 no-show (过号) ends a called ticket and frees the window', () => {
    const { state } = apply(calledAtW1(), act('noShow', 'w1', 't1'));
    expect(state.tickets.t1).toBeUndefined();
    expect(state.windows.w1?.currentTicketId).toBeUndefined();
  });

  it('Q15 a serving ticket cannot be recalled, started again or marked no-show', () => {
    const serving = apply(calledAtW1(), act('start', 'w1', 't1')).state;
    for (const type of ['recall', 'start', 'noShow'] as const) {
      expect(rejection(serving, act(type, 'w1', 't1'))).toBe('HALLQ_E_INVALID_TRANSITION');
    }
  });

  it('Q15 a window can act only on the ticket it holds', () => {
    const state = apply(calledAtW1(), signIn('w2', 'wang')).state;
    expect(rejection(state, act('start', 'w2', 't1'))).toBe('HALLQ_E_TICKET_NOT_HELD');
    // t2 is waiting: nobody holds it.
    expect(rejection(state, act('finish', 'w1', 't2'))).toBe('HALLQ_E_TICKET_NOT_HELD');
  });

  it('Q15 unknown or finished tickets are not found', () => {
    const state = apply(calledAtW1(), act('finish', 'w1', 't1')).state;
    expect(rejection(state, act('recall', 'w1', 't1'))).toBe('HALLQ_E_TICKET_NOT_FOUND');
    expect(rejection(state, act('start', 'w1', 'nope'))).toBe('HALLQ_E_TICKET_NOT_FOUND');
    expect(rejection(state, act('start', 'w404', 't2'))).toBe('HALLQ_E_WINDOW_NOT_FOUND');
  });

  it('Q15 a supervisor cancels any active ticket: a waiting one leaves the queue', () => {
    const state = calledAtW1();
    expect(rejection(state, cancel('nope'))).toBe('HALLQ_E_TICKET_NOT_FOUND');
    const { state: after, events } = apply(state, cancel('t2'));
    expect(events).toEqual([
      {
        type: 'ticket.cancelled',
        at: MON_0900,
        siteId: 'hall',
        ticketId: 't2',
        ticket: facts('t2', 'A002'),
        reason: '不办了',
      },
    ]);
    expect(after.tickets.t2).toBeUndefined();
    expect(after.windows.w1?.currentTicketId).toBe('t1');
  });

  it('Q15 a supervisor cancels a called ticket, and its window is free to call again', () => {
    const { state, events } = apply(calledAtW1(), cancel('t1'));
    expect(events[0]).toMatchObject({ type: 'ticket.cancelled', ticketId: 't1', windowId: 'w1' });
    expect(state.tickets.t1).toBeUndefined();
    expect(state.windows.w1?.currentTicketId).toBeUndefined();
    expect(apply(state, callNext('w1')).events[0]).toMatchObject({ ticketId: 't2' });
  });

  it('Q15 a clerk cancels only the ticket their own window holds', () => {
    const state = calledAtW1();
    const atWindow = (ticketId: string, windowId: string): Command => ({
      type: 'cancel',
      at: MON_0900,
      ticketId,
      windowId,
    });
    expect(rejection(state, atWindow('t2', 'w1'))).toBe('HALLQ_E_TICKET_NOT_HELD');
    expect(rejection(state, atWindow('t1', 'w2'))).toBe('HALLQ_E_TICKET_NOT_HELD');
    expect(rejection(state, atWindow('t1', 'w404'))).toBe('HALLQ_E_WINDOW_NOT_FOUND');
    const { state: after } = apply(state, atWindow('t1', 'w1'));
    expect(after.tickets.t1).toBeUndefined();
    expect(after.windows.w1?.currentTicketId).toBeUndefined();
    expect(after.tickets.t2?.status).toBe('waiting');
  });
});

describe('service times', () => {
  it('Q17 finish records the time since start, or since the call when never started', () => {
    let state = apply(openWith('w1', ['t1', 'yb-reg'], ['t2', 'yb-reg']), callNext('w1')).state;
    state = apply(
      state,
      act('start', 'w1', 't1', MON_0900 + 2 * MIN),
      act('finish', 'w1', 't1', MON_0900 + 7 * MIN),
      callNext('w1', MON_0900 + 8 * MIN),
      act('finish', 'w1', 't2', MON_0900 + 11 * MIN),
    ).state;
    expect(state.serviceTimes.yibao).toEqual([5 * MIN, 3 * MIN]);
  });

  it('Q17 keeps only the last 20 durations', () => {
    let state = openWith('w1');
    for (let i = 1; i <= 22; i += 1) {
      const at = MON_0900 + i * 10 * MIN;
      state = apply(state, issue(`t${i}`, 'yb-reg', at), callNext('w1', at)).state;
      state = evolve(state, {
        type: 'ticket.finished',
        at: at + i * 1000,
        siteId: 'hall',
        ticketId: `t${i}`,
        ticket: ticketFacts(state.tickets[`t${i}`] as Ticket),
        windowId: 'w1',
      });
    }
    const times = state.serviceTimes.yibao ?? [];
    expect(times).toHaveLength(20);
    expect(times[0]).toBe(3000);
    expect(times[19]).toBe(22_000);
  });
});
