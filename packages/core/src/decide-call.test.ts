import { describe, expect, it } from 'vitest';
import { nextTicketFor, waitingQueue } from './call-order';
import type { Command } from './commands';
import { decide } from './decide';
import type { Catalog, PriorityRatio } from './model';
import { initialState } from './initial-state';
import { catalog, local, MON_0900, TUE_0800 } from './test-support/fixture';
import {
  act,
  apply,
  callNext,
  calledNumbers,
  fresh,
  issue,
  openWith,
  rejection,
  signIn,
  facts,
} from './test-support/run';

const callTicket = (windowId: string, ticketId: string, reason = '老年人'): Command => ({
  type: 'callTicket',
  at: MON_0900,
  windowId,
  ticketId,
  reason,
});

/** Call next and finish, `times` times, at w1; returns the numbers called. */
function serveAtW1(state: ReturnType<typeof fresh>, times: number): string[] {
  const numbers: string[] = [];
  let current = state;
  for (let i = 0; i < times; i += 1) {
    const { state: called, events } = apply(current, callNext('w1'));
    const ticketId = events.find((e) => e.type === 'ticket.called')?.ticketId ?? '';
    numbers.push(...calledNumbers(events));
    current = apply(called, act('finish', 'w1', ticketId)).state;
  }
  return numbers;
}

function withRatio(ratio: PriorityRatio): Catalog {
  const hall = catalog.sites.hall;
  if (!hall) throw new Error('fixture has no hall');
  return { ...catalog, sites: { ...catalog.sites, hall: { ...hall, priorityRatio: ratio } } };
}

describe('call-next errors', () => {
  it('Q13 refuses unknown, signed-out, paused and busy windows', () => {
    const withTicket = apply(fresh(), issue('t1', 'yb-reg'), issue('t2', 'yb-reg')).state;
    expect(rejection(withTicket, callNext('w404'))).toBe('HALLQ_E_WINDOW_NOT_FOUND');
    expect(rejection(withTicket, callNext('w1'))).toBe('HALLQ_E_WINDOW_NOT_OPEN');
    const paused = apply(withTicket, signIn('w1', 'li'), {
      type: 'pauseWindow',
      at: MON_0900,
      windowId: 'w1',
      reason: '午休',
    }).state;
    expect(rejection(paused, callNext('w1'))).toBe('HALLQ_E_WINDOW_PAUSED');
    const busy = apply(withTicket, signIn('w1', 'li'), callNext('w1')).state;
    expect(rejection(busy, callNext('w1'))).toBe('HALLQ_E_WINDOW_BUSY');
  });

  it('Q13 an empty queue gives QUEUE_EMPTY', () => {
    expect(rejection(openWith('w1'), callNext('w1'))).toBe('HALLQ_E_QUEUE_EMPTY');
  });

  it('Q13 the called ticket is held by the window', () => {
    const { state, events } = apply(openWith('w1', ['t1', 'yb-reg']), callNext('w1'));
    expect(events).toEqual([
      {
        type: 'ticket.called',
        at: MON_0900,
        siteId: 'hall',
        ticketId: 't1',
        ticket: facts('t1', 'A001'),
        staffId: 'staff-w1',
        number: 'A001',
        windowId: 'w1',
      },
    ]);
    expect(state.tickets.t1).toMatchObject({
      status: 'called',
      windowId: 'w1',
      calledAt: MON_0900,
    });
    expect(state.windows.w1?.currentTicketId).toBe('t1');
  });
});

describe('eligibility', () => {
  it('Q9 a window calls only tickets of the units it serves today', () => {
    const state = apply(openWith('w3', ['t1', 'yb-reg']), signIn('w1', 'li')).state;
    expect(rejection(state, callNext('w3'))).toBe('HALLQ_E_QUEUE_EMPTY');
    expect(waitingQueue(state, 'w1', MON_0900).map((t) => t.id)).toEqual(['t1']);
  });

  it('Q9 a comprehensive window calls the unit of its rota day', () => {
    const thursday = local(4, '10:00');
    const state = apply(
      fresh(),
      signIn('w9', 'zhao', thursday),
      issue('t1', 'jy-cert', thursday),
    ).state;
    expect(calledNumbers(apply(state, callNext('w9', thursday)).events)).toEqual(['J001']);
  });

  it('Q9 tickets of an earlier day are not callable before the day closes', () => {
    const state = openWith('w1', ['t1', 'yb-reg']);
    expect(waitingQueue(state, 'w1', TUE_0800)).toEqual([]);
  });

  it('Q9 a ticket sent to one window is called only there, whatever its units', () => {
    const state = apply(
      openWith('w1', ['t1', 'yb-reg'], ['t2', 'yb-reg']),
      signIn('w3', 'zhou'),
      callNext('w1'),
      {
        type: 'transfer',
        at: MON_0900,
        windowId: 'w1',
        ticketId: 't1',
        toWindowId: 'w3',
        position: 'back',
      },
    ).state;
    expect(waitingQueue(state, 'w1', MON_0900).map((t) => t.id)).toEqual(['t2']);
    expect(waitingQueue(state, 'w2', MON_0900).map((t) => t.id)).toEqual(['t2']);
    expect(waitingQueue(state, 'w3', MON_0900).map((t) => t.id)).toEqual(['t1']);
    expect(calledNumbers(apply(state, callNext('w3')).events)).toEqual(['A001']);
  });
});

describe('call order', () => {
  it('Q10 priority tickets before normal ones, each class first come first served', () => {
    const state = openWith(
      'w1',
      ['n1', 'yb-reg'],
      ['p1', 'yb-reg', 'priority'],
      ['n2', 'yb-reg'],
      ['p2', 'yb-reg', 'priority'],
    );
    expect(waitingQueue(state, 'w1', MON_0900).map((t) => t.id)).toEqual(['p1', 'p2', 'n1', 'n2']);
    expect(serveAtW1(state, 4)).toEqual(['A002', 'A004', 'A001', 'A003']);
  });

  it('Q10 a ticket transferred to the front goes before priority tickets', () => {
    const state = apply(
      openWith('w1', ['p1', 'yb-reg', 'priority'], ['p2', 'yb-reg', 'priority'], ['n1', 'ga-id']),
      signIn('w3', 'zhou'),
      callNext('w3'),
      {
        type: 'transfer',
        at: MON_0900,
        windowId: 'w3',
        ticketId: 'n1',
        toUnitId: 'yibao',
        toItemId: 'yb-reg',
        position: 'front',
      },
    ).state;
    expect(nextTicketFor(state, 'w1', MON_0900)?.id).toBe('n1');
    expect(calledNumbers(apply(state, callNext('w1')).events)).toEqual(['C001']);
  });
});

describe('priority ratio', () => {
  const mixed = (state = fresh()) =>
    apply(
      state,
      signIn('w1', 'li'),
      ...['p1', 'p2', 'p3', 'p4'].map((id) => issue(id, 'yb-reg', MON_0900, 'priority')),
      ...['n1', 'n2', 'n3'].map((id) => issue(id, 'yb-reg')),
    ).state;

  it('Q11 with 2:1, one ordinary ticket goes after every two priority tickets', () => {
    // p1..p4 are A001..A004, n1..n3 are A005..A007.
    expect(serveAtW1(mixed(), 7)).toEqual(['A001', 'A002', 'A005', 'A003', 'A004', 'A006', 'A007']);
  });

  it('Q11 with 2:2, two ordinary tickets go after every two priority tickets', () => {
    const state = mixed(initialState(withRatio({ priority: 2, ordinary: 2 })));
    expect(serveAtW1(state, 7)).toEqual(['A001', 'A002', 'A005', 'A006', 'A003', 'A004', 'A007']);
  });

  it('Q11 without a ratio (P or O below 1) priority always goes first', () => {
    const state = mixed(initialState(withRatio({ priority: 0, ordinary: 1 })));
    expect(serveAtW1(state, 7)).toEqual(['A001', 'A002', 'A003', 'A004', 'A005', 'A006', 'A007']);
  });

  it('Q11 an ordinary call while no priority ticket waits breaks the priority run', () => {
    const start = apply(openWith('w1', ['p1', 'yb-reg', 'priority'], ['n1', 'yb-reg'])).state;
    let state = apply(start, callNext('w1'), act('finish', 'w1', 'p1')).state;
    expect(state.windows.w1?.priorityStreak).toBe(1);
    state = apply(state, callNext('w1'), act('finish', 'w1', 'n1')).state;
    expect(state.windows.w1?.priorityStreak).toBe(0);
  });

  it('Q11 the streak is per window', () => {
    let state = apply(mixed(), signIn('w2', 'wang')).state;
    state = apply(state, callNext('w1'), act('finish', 'w1', 'p1'), callNext('w1')).state;
    // w1 has made two priority calls; w2 still gives priority first.
    expect(nextTicketFor(state, 'w2', MON_0900)?.id).toBe('p3');
    expect(state.windows.w1?.priorityStreak).toBe(2);
  });

  it('Q11 选号 and front tickets do not move the streak', () => {
    const state = apply(mixed(), callTicket('w1', 'p2'), act('finish', 'w1', 'p2')).state;
    expect(state.windows.w1?.priorityStreak).toBe(0);
    const front = apply(
      state,
      callNext('w1'),
      {
        type: 'transfer',
        at: MON_0900,
        windowId: 'w1',
        ticketId: 'p1',
        toUnitId: 'yibao',
        toItemId: 'yb-reg',
        position: 'front',
      },
      callNext('w1'),
    ).state;
    expect(front.tickets.p1?.status).toBe('called');
    expect(front.windows.w1?.priorityStreak).toBe(1);
  });
});

describe('选号 callTicket', () => {
  it('Q14 calls the chosen ticket out of order and records the reason', () => {
    const state = openWith('w1', ['t1', 'yb-reg'], ['t2', 'yb-reg']);
    const { events, state: after } = apply(state, callTicket('w1', 't2', '行动不便'));
    expect(events).toEqual([
      {
        type: 'ticket.called',
        at: MON_0900,
        siteId: 'hall',
        ticketId: 't2',
        ticket: facts('t2', 'A002'),
        staffId: 'staff-w1',
        number: 'A002',
        windowId: 'w1',
        manualReason: '行动不便',
      },
    ]);
    expect(after.windows.w1?.currentTicketId).toBe('t2');
  });

  it('Q14 refuses unknown, non-waiting and ineligible tickets', () => {
    const state = apply(
      openWith('w1', ['t1', 'yb-reg'], ['g1', 'ga-id']),
      signIn('w2', 'wang'),
      callNext('w2'),
    ).state;
    expect(rejection(state, callTicket('w1', 'nope'))).toBe('HALLQ_E_TICKET_NOT_FOUND');
    expect(rejection(state, callTicket('w1', 't1'))).toBe('HALLQ_E_INVALID_TRANSITION');
    expect(rejection(state, callTicket('w1', 'g1'))).toBe('HALLQ_E_INVALID_TRANSITION');
    expect(rejection(state, callTicket('w2', 'g1'))).toBe('HALLQ_E_WINDOW_BUSY');
  });

  it('Q14 the window must be open, like call-next', () => {
    const state = apply(fresh(), issue('t1', 'yb-reg')).state;
    expect(decide(state, callTicket('w1', 't1'))).toMatchObject({
      ok: false,
      error: { code: 'HALLQ_E_WINDOW_NOT_OPEN' },
    });
  });
});
