import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { apply as applyEvent, evolve, evolveAll } from './evolve';
import { cloneState } from './evolve-helpers';
import { ticketFacts, type TicketFacts } from './events';
import type { Ticket } from './model';
import type { HallState } from './state';
import { MON_0900, TUE_0800 } from './test-support/fixture';
import { deepFreeze } from './test-support/freeze';
import { act, apply, callNext, fresh, issue, openWith } from './test-support/run';

const GHOST: TicketFacts = {
  id: 'ghost',
  number: 'A999',
  unitId: 'yibao',
  itemId: 'yb-reg',
  priority: 'normal',
  issuedAt: MON_0900,
  transferCount: 0,
};

describe('evolve', () => {
  it('Q21 never mutates its input (a frozen state throws on any write)', () => {
    const before = deepFreeze(openWith('w1', ['t1', 'yb-reg'], ['t2', 'yb-reg']));
    const snapshot = JSON.stringify(before);
    const { state } = apply(
      before,
      callNext('w1'),
      act('start', 'w1', 't1'),
      act('finish', 'w1', 't1'),
      issue('n1', 'yb-reg', TUE_0800),
    );
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(Object.keys(state.tickets)).toEqual(['n1']);
  });

  it('Q21 apply edits the model in place and replaces only the records the event names', () => {
    const before = openWith('w1', ['t1', 'yb-reg'], ['t2', 'yb-reg']);
    const model = cloneState(before);
    const { tickets, windows } = model;
    const t2 = model.tickets.t2;
    applyEvent(model, {
      type: 'window.paused',
      at: MON_0900,
      siteId: 'hall',
      windowId: 'w1',
      reason: '午休',
    });
    applyEvent(model, {
      type: 'ticket.cancelled',
      at: MON_0900,
      siteId: 'hall',
      ticketId: 't1',
      ticket: ticketFacts(before.tickets.t1 as Ticket),
    });
    // The same maps, edited: no copy of every active ticket per event.
    expect(model.tickets).toBe(tickets);
    expect(model.windows).toBe(windows);
    expect(Object.keys(model.tickets)).toEqual(['t2']);
    expect(model.tickets.t2).toBe(t2);
    expect(model.windows.w2).toBe(before.windows.w2);
    expect(model.windows.w1).not.toBe(before.windows.w1);
    expect(model.windows.w1?.status).toBe('paused');
    // The record it replaced is whole, as a view holding it saw it.
    expect(before.windows.w1?.status).toBe('open');
    // evolve is the same apply on a copy: the input keeps both tickets.
    const after = evolve(before, {
      type: 'ticket.cancelled',
      at: MON_0900,
      siteId: 'hall',
      ticketId: 't1',
      ticket: ticketFacts(before.tickets.t1 as Ticket),
    });
    expect(Object.keys(before.tickets)).toEqual(['t1', 't2']);
    expect(Object.keys(after.tickets)).toEqual(['t2']);
    expect(after.catalog).toBe(before.catalog);
  });

  it('Q21 events about unknown tickets or windows change nothing', () => {
    const before = openWith('w1', ['t1', 'yb-reg']);
    const after = evolveAll(before, [
      {
        type: 'ticket.called',
        at: MON_0900,
        siteId: 'hall',
        ticketId: 'ghost',
        ticket: GHOST,
        number: 'A999',
        windowId: 'w1',
      },
      { type: 'window.paused', at: MON_0900, siteId: 'hall', windowId: 'w404', reason: '' },
      {
        type: 'ticket.finished',
        at: MON_0900,
        siteId: 'hall',
        ticketId: 'ghost',
        ticket: GHOST,
        windowId: 'w1',
      },
    ]);
    expect(after).toEqual(before);
  });

  it('Q21 finished, no-show and cancelled tickets leave the state', () => {
    const { state } = apply(
      openWith('w1', ['a', 'yb-reg'], ['b', 'yb-reg'], ['c', 'yb-reg']),
      callNext('w1'),
      act('finish', 'w1', 'a'),
      callNext('w1'),
      act('noShow', 'w1', 'b'),
      { type: 'cancel', at: MON_0900, ticketId: 'c' },
    );
    expect(state.tickets).toEqual({});
  });
});

describe('decide', () => {
  it('Q20 a rejected command leaves the state untouched', () => {
    const state: HallState = deepFreeze(openWith('w1'));
    const snapshot = JSON.stringify(state);
    const decision = decide(state, callNext('w1'));
    expect(decision).toEqual({
      ok: false,
      error: { code: 'HALLQ_E_QUEUE_EMPTY', details: { windowId: 'w1' } },
    });
    expect(JSON.stringify(state)).toBe(snapshot);
  });

  it('Q20 unknown ids are errors, not exceptions', () => {
    const state = fresh();
    const codes = [
      decide(state, {
        type: 'issueTicket',
        at: MON_0900,
        ticketId: 'x',
        itemId: 'x',
        priority: 'normal',
      }),
      decide(state, { type: 'cancel', at: MON_0900, ticketId: 'x' }),
      decide(state, { type: 'finish', at: MON_0900, windowId: 'x', ticketId: 'x' }),
      decide(state, { type: 'closeDay', at: MON_0900, siteId: 'x' }),
    ].map((d) => (d.ok ? 'ok' : d.error.code));
    expect(codes).toEqual([
      'HALLQ_E_ITEM_NOT_FOUND',
      'HALLQ_E_TICKET_NOT_FOUND',
      'HALLQ_E_WINDOW_NOT_FOUND',
      'HALLQ_E_SITE_NOT_FOUND',
    ]);
  });
});
