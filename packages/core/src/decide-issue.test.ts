import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { initialState } from './initial-state';
import { catalog, DAY_MS, local, MON_0900 } from './test-support/fixture';
import { apply, fresh, issue, rejection } from './test-support/run';

describe('issueTicket', () => {
  it('Q4 a site with opening hours issues only inside them (end exclusive)', () => {
    const state = fresh();
    expect(rejection(state, issue('t', 'mz-aid', local(1, '08:59')))).toBe('HALLQ_E_OUTSIDE_HOURS');
    expect(decide(state, issue('t', 'mz-aid', local(1, '09:00'))).ok).toBe(true);
    expect(rejection(state, issue('t', 'mz-aid', local(1, '12:00')))).toBe('HALLQ_E_OUTSIDE_HOURS');
    expect(rejection(state, issue('t', 'mz-aid', local(1, '13:00')))).toBe('HALLQ_E_OUTSIDE_HOURS');
    expect(decide(state, issue('t', 'mz-aid', local(1, '17:29'))).ok).toBe(true);
    expect(rejection(state, issue('t', 'mz-aid', local(1, '17:30')))).toBe('HALLQ_E_OUTSIDE_HOURS');
  });

  it('Q4 a site with opening hours is closed on days that are not working days', () => {
    expect(rejection(fresh(), issue('t', 'mz-aid', local(6, '10:00')))).toBe(
      'HALLQ_E_OUTSIDE_HOURS',
    );
  });

  it('Q4 a site without opening hours issues at any hour on any day', () => {
    expect(decide(fresh(), issue('t', 'yb-reg', local(7, '03:00'))).ok).toBe(true);
  });

  it('Q7 an item with a daily quota refuses the ticket after the quota', () => {
    const { state } = apply(fresh(), issue('t1', 'yb-card'), issue('t2', 'yb-card'));
    const decision = decide(state, issue('t3', 'yb-card'));
    expect(decision).toEqual({
      ok: false,
      error: { code: 'HALLQ_E_QUOTA_EXHAUSTED', details: { itemId: 'yb-card', quota: 2 } },
    });
    // Other items of the same unit are not limited by it.
    expect(decide(state, issue('t3', 'yb-reg')).ok).toBe(true);
  });

  it('Q7 cancelled tickets still count against the quota, and a new day has a fresh quota', () => {
    const { state } = apply(fresh(), issue('t1', 'yb-card'), issue('t2', 'yb-card'), {
      type: 'cancel',
      at: MON_0900,
      ticketId: 't1',
    });
    expect(rejection(state, issue('t3', 'yb-card'))).toBe('HALLQ_E_QUOTA_EXHAUSTED');
    expect(decide(state, issue('t3', 'yb-card', MON_0900 + DAY_MS)).ok).toBe(true);
  });

  it('Q23 a disabled item, or an item of a disabled unit, issues no ticket; the others still do', () => {
    const state = fresh();
    const off = (patch: { item?: boolean; unit?: boolean }) =>
      initialState({
        ...catalog,
        units: {
          ...catalog.units,
          yibao: { ...catalog.units.yibao!, enabled: patch.unit ?? true },
        },
        items: {
          ...catalog.items,
          'yb-reg': { ...catalog.items['yb-reg']!, enabled: patch.item ?? true },
        },
      });
    expect(decide(state, issue('t1', 'yb-reg')).ok).toBe(true);
    expect(rejection(off({ item: false }), issue('t1', 'yb-reg'))).toBe('HALLQ_E_ITEM_DISABLED');
    expect(decide(off({ item: false }), issue('t1', 'yb-card')).ok).toBe(true);
    expect(rejection(off({ unit: false }), issue('t1', 'yb-card'))).toBe('HALLQ_E_ITEM_DISABLED');
  });

  it('Q8 an unknown item gives ITEM_NOT_FOUND', () => {
    expect(rejection(fresh(), issue('t1', 'no-such-item'))).toBe('HALLQ_E_ITEM_NOT_FOUND');
  });

  it('Q8 an item whose unit or site is missing from the catalogue names what is missing', () => {
    const orphanItem = { ...catalog.items['yb-reg']!, id: 'orphan', unitId: 'gone' };
    const strayUnit = { ...catalog.units.yibao!, id: 'stray', siteId: 'gone' };
    const broken = initialState({
      ...catalog,
      units: { ...catalog.units, stray: strayUnit },
      items: {
        ...catalog.items,
        orphan: orphanItem,
        stray: { ...orphanItem, id: 'stray', unitId: 'stray' },
      },
    });
    expect(rejection(broken, issue('t1', 'orphan'))).toBe('HALLQ_E_UNIT_NOT_FOUND');
    expect(rejection(broken, issue('t1', 'stray'))).toBe('HALLQ_E_SITE_NOT_FOUND');
  });

  it('Q8 an active ticket id cannot be issued again', () => {
    const { state } = apply(fresh(), issue('t1', 'yb-reg'));
    expect(rejection(state, issue('t1', 'ga-id'))).toBe('HALLQ_E_DUPLICATE_ID');
  });

  it('Q8 the issued ticket is waiting, numbered and ordered after the last one', () => {
    const { state } = apply(fresh(), issue('t1', 'ga-id'));
    const { events, state: after } = apply(
      state,
      issue('t2', 'yb-reg', MON_0900 + 1000, 'priority'),
    );
    expect(events).toEqual([
      {
        type: 'ticket.issued',
        at: MON_0900 + 1000,
        siteId: 'hall',
        ticket: {
          id: 't2',
          siteId: 'hall',
          unitId: 'yibao',
          itemId: 'yb-reg',
          number: 'A001',
          serial: 1,
          businessDay: '2026-11-23',
          priority: 'priority',
          status: 'waiting',
          issuedAt: MON_0900 + 1000,
          queueOrder: 2,
          front: false,
          recallCount: 0,
          transferCount: 0,
        },
      },
    ]);
    expect(after.orderCounter).toBe(2);
    expect(after.tickets.t2?.status).toBe('waiting');
  });
});
