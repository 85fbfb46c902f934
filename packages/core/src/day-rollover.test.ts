import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { decide } from './decide';
import type { HallEvent } from './events';
import { local, MON_0900, TUE_0800 } from './test-support/fixture';
import { act, apply, callNext, fresh, issue, openWith, rejection } from './test-support/run';

const closeDay = (siteId: string, at: number): Command => ({ type: 'closeDay', at, siteId });
const issuedNumbers = (events: HallEvent[]) =>
  events.flatMap((e) => (e.type === 'ticket.issued' ? [e.ticket.number] : []));

/** Monday: w1 calls A001 (priority), A002 waits; the hall's streak is 1. */
const monday = () =>
  apply(
    openWith('w1', ['t1', 'yb-reg', 'priority'], ['t2', 'yb-reg'], ['g1', 'ga-id']),
    callNext('w1'),
  ).state;

describe('business day', () => {
  it('Q2 the first command of a later day closes the old day first; numbering restarts', () => {
    const { state, events } = apply(monday(), issue('n1', 'yb-reg', TUE_0800));
    expect(events[0]).toEqual({
      type: 'day.closed',
      at: TUE_0800,
      siteId: 'hall',
      businessDay: '2026-11-23',
      expiredTicketIds: ['t1', 't2', 'g1'],
    });
    expect(issuedNumbers(events)).toEqual(['A001']);
    expect(Object.keys(state.tickets)).toEqual(['n1']);
    expect(state.tickets.n1?.businessDay).toBe('2026-11-24');
    expect(state.businessDays.hall).toBe('2026-11-24');
  });

  it('Q2 closing signs the windows out, resets the streak and drops the old counters', () => {
    const before = monday();
    expect(before.windows.w1).toMatchObject({ currentTicketId: 't1', priorityStreak: 1 });
    const { state } = apply(before, issue('n1', 'ga-id', TUE_0800));
    expect(state.windows.w1).toEqual({ id: 'w1', status: 'signedOut', priorityStreak: 0 });
    expect(state.serials).toEqual({ 'hall|gongan|2026-11-24': 1 });
    expect(state.itemIssued).toEqual({ 'ga-id|2026-11-24': 1 });
  });

  it('Q2 yesterday’s tickets cannot be acted on after the close', () => {
    const state = monday();
    expect(rejection(state, act('finish', 'w1', 't1', TUE_0800))).toBe('HALLQ_E_TICKET_NOT_FOUND');
    expect(rejection(state, { type: 'cancel', at: TUE_0800, ticketId: 't2' })).toBe(
      'HALLQ_E_TICKET_NOT_FOUND',
    );
    // The window was signed out overnight: its clerk signs in again first.
    expect(rejection(state, callNext('w1', TUE_0800))).toBe('HALLQ_E_WINDOW_NOT_OPEN');
  });

  it('Q2 a rejected command emits no close; the next accepted one does', () => {
    const state = monday();
    expect(decide(state, callNext('w1', TUE_0800)).ok).toBe(false);
    const { events } = apply(state, issue('n1', 'yb-reg', TUE_0800));
    expect(events.map((e) => e.type)).toEqual(['day.closed', 'ticket.issued']);
  });

  it('Q2 each site closes on its own', () => {
    const state = apply(monday(), issue('m1', 'mz-aid', local(1, '10:00'))).state;
    const { state: after, events } = apply(state, issue('n1', 'yb-reg', TUE_0800));
    expect(events[0]).toMatchObject({ type: 'day.closed', siteId: 'hall' });
    expect(after.tickets.m1?.status).toBe('waiting');
    expect(after.businessDays.town).toBe('2026-11-23');
  });

  it('Q1 a clock stepped back does not move the day back', () => {
    const tuesday = apply(monday(), issue('n1', 'yb-reg', TUE_0800)).state;
    const { events, state } = apply(tuesday, issue('n2', 'yb-reg', local(1, '23:00')));
    expect(issuedNumbers(events)).toEqual(['A002']);
    expect(state.tickets.n2?.businessDay).toBe('2026-11-24');
  });

  it('Q3 closeDay expires the day’s active tickets and numbering continues that day', () => {
    const { state, events } = apply(monday(), closeDay('hall', local(1, '18:00')));
    expect(events).toEqual([
      {
        type: 'day.closed',
        at: local(1, '18:00'),
        siteId: 'hall',
        businessDay: '2026-11-23',
        expiredTicketIds: ['t1', 't2', 'g1'],
      },
    ]);
    expect(state.tickets).toEqual({});
    expect(issuedNumbers(apply(state, issue('late', 'yb-reg', local(1, '18:30'))).events)).toEqual([
      'A003',
    ]);
  });

  it('Q3 closeDay on a later day closes the stored day once', () => {
    const { events } = apply(monday(), closeDay('hall', TUE_0800));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'day.closed', businessDay: '2026-11-23' });
  });

  it('Q3 closeDay of an unknown site gives SITE_NOT_FOUND', () => {
    expect(rejection(fresh(), closeDay('nowhere', MON_0900))).toBe('HALLQ_E_SITE_NOT_FOUND');
  });
});
