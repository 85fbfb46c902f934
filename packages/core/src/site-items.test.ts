import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { decide } from './decide';
import { initialState } from './initial-state';
import type { Catalog } from './model';
import { itemsAtSite, unitForItemAt } from './site-items';
import { unitExpectedMinutes } from './wait-estimate';
import { catalog as base, local, MON_0900 } from './test-support/fixture';
import { apply, callNext, rejection, signIn } from './test-support/run';

/**
 * The fixture's township under its hall, with a 综合受理 unit (prefix A, as
 * the hall's 医保 unit) at one 一窗受理 window, taking two of the hall's
 * items (one of them limited to 2 a day at the hall).
 */
function network(): Catalog {
  const catalog = structuredClone(base);
  const town = catalog.sites.town!;
  catalog.sites.town = {
    ...town,
    parentId: 'hall',
    openingHours: [],
    intakeUnitId: 'town-zh',
    enabledItemIds: ['yb-reg', 'yb-card'],
  };
  catalog.units['town-zh'] = {
    id: 'town-zh',
    siteId: 'town',
    name: '综合受理',
    shortName: '综合',
    ticketPrefix: 'A',
    kind: 'comprehensive',
  };
  catalog.windows.t2 = {
    id: 't2',
    siteId: 'town',
    number: 2,
    name: '2号窗口',
    zone: '',
    kind: 'comprehensive',
    unitIds: ['town-zh'],
  };
  return catalog;
}

const issueAt = (siteId: string | undefined, ticketId: string, itemId: string): Command => ({
  type: 'issueTicket',
  at: MON_0900,
  ticketId,
  itemId,
  priority: 'normal',
  ...(siteId ? { siteId } : {}),
});

describe('the master catalogue and enabled items', () => {
  it('Q26 an enabled item is issued at the township into its intake unit, numbered there', () => {
    const { events, state } = apply(
      initialState(network()),
      issueAt(undefined, 'h1', 'yb-reg'),
      issueAt('town', 'x1', 'yb-reg'),
      issueAt('town', 'x2', 'yb-card'),
    );
    const issued = events.flatMap((e) => (e.type === 'ticket.issued' ? [e.ticket] : []));
    expect(issued.map((t) => [t.siteId, t.unitId, t.itemId, t.number])).toEqual([
      ['hall', 'yibao', 'yb-reg', 'A001'],
      ['town', 'town-zh', 'yb-reg', 'A001'],
      ['town', 'town-zh', 'yb-card', 'A002'],
    ]);
    // The township's window calls its own ticket; the hall's queue is untouched.
    const called = apply(state, signIn('t2', 's-t2'), callNext('t2')).events.at(-1);
    expect(called).toMatchObject({ type: 'ticket.called', siteId: 'town', number: 'A001' });
  });

  it('Q26 an item not enabled at the site, or of another branch, is refused and nothing changes', () => {
    const state = initialState(network());
    expect(rejection(state, issueAt('town', 'x', 'ga-id'))).toBe('HALLQ_E_ITEM_NOT_AT_SITE');
    // The hall does not take the township's own items.
    expect(rejection(state, issueAt('hall', 'x', 'mz-aid'))).toBe('HALLQ_E_ITEM_NOT_AT_SITE');
    expect(rejection(state, issueAt('nowhere', 'x', 'yb-reg'))).toBe('HALLQ_E_SITE_NOT_FOUND');
    expect(rejection(state, issueAt('town', 'x', 'nothing'))).toBe('HALLQ_E_ITEM_NOT_FOUND');
  });

  it('Q26 a site without an intake unit, or without the hall above it, takes no master item', () => {
    const noIntake = network();
    delete noIntake.sites.town!.intakeUnitId;
    expect(unitForItemAt(noIntake, 'town', 'yb-reg')).toBeUndefined();
    const orphan = network();
    delete orphan.sites.town!.parentId;
    expect(rejection(initialState(orphan), issueAt('town', 'x', 'yb-reg'))).toBe(
      'HALLQ_E_ITEM_NOT_AT_SITE',
    );
  });

  it('Q26 a master item disabled at the hall is disabled at the township too (Q23)', () => {
    const catalog = network();
    catalog.items['yb-reg'] = { ...catalog.items['yb-reg']!, enabled: false };
    expect(rejection(initialState(catalog), issueAt('town', 'x', 'yb-reg'))).toBe(
      'HALLQ_E_ITEM_DISABLED',
    );
    catalog.items['yb-reg'] = { ...catalog.items['yb-reg']!, enabled: true };
    catalog.units.yibao = { ...catalog.units.yibao!, enabled: false };
    expect(rejection(initialState(catalog), issueAt('town', 'x', 'yb-reg'))).toBe(
      'HALLQ_E_ITEM_DISABLED',
    );
  });

  it("Q26 the hall's 限号 is the hall's: township tickets neither use nor meet it (Q7)", () => {
    const { state } = apply(
      initialState(network()),
      issueAt('town', 'x1', 'yb-card'),
      issueAt('town', 'x2', 'yb-card'),
      issueAt('town', 'x3', 'yb-card'),
      issueAt(undefined, 'h1', 'yb-card'),
      issueAt(undefined, 'h2', 'yb-card'),
    );
    expect(rejection(state, issueAt(undefined, 'h3', 'yb-card'))).toBe('HALLQ_E_QUOTA_EXHAUSTED');
    expect(decide(state, issueAt('town', 'x4', 'yb-card')).ok).toBe(true);
  });

  it('Q26 numbering and the business day are per site', () => {
    const tuesday = local(2, '09:00');
    const { state } = apply(initialState(network()), issueAt('town', 'x1', 'yb-reg'), {
      ...issueAt(undefined, 'h1', 'yb-reg'),
      at: tuesday,
    });
    expect(state.businessDays).toEqual({ town: '2026-11-23', hall: '2026-11-24' });
    const next = decide(state, { ...issueAt('town', 'x2', 'yb-reg'), at: tuesday });
    // The township's day closes on its own first command of Tuesday; it numbers from 1.
    expect(next.ok && next.events.map((e) => e.type)).toEqual(['day.closed', 'ticket.issued']);
    expect(next.ok && next.events[1]).toMatchObject({ ticket: { number: 'A001' } });
  });

  it('Q26 a transfer at the township to an enabled item stays in its intake unit', () => {
    const { state } = apply(
      initialState(network()),
      issueAt('town', 'x1', 'yb-reg'),
      signIn('t2', 's-t2'),
      callNext('t2'),
    );
    const moved = decide(state, {
      type: 'transfer',
      at: MON_0900,
      windowId: 't2',
      ticketId: 'x1',
      toItemId: 'yb-card',
      position: 'back',
    });
    expect(moved.ok && moved.events[0]).toMatchObject({ toUnitId: 'town-zh', toItemId: 'yb-card' });
  });

  it("Q26 Q14 a township's window cannot 选号 the hall's ticket: not found there", () => {
    const { state } = apply(
      initialState(network()),
      issueAt(undefined, 'h1', 'yb-reg'),
      signIn('t2', 's-t2'),
    );
    const call: Command = {
      type: 'callTicket',
      at: MON_0900,
      windowId: 't2',
      ticketId: 'h1',
      reason: '群众要求',
    };
    expect(rejection(state, call)).toBe('HALLQ_E_TICKET_NOT_FOUND');
  });

  it("Q26 the intake unit's expected service time is the median of the items it takes (Q25)", () => {
    // yb-reg 6 min, yb-card 10 min.
    expect(unitExpectedMinutes(network(), 'town-zh')).toBe(8);
  });

  it('Q26 the items a site handles: its own, then its enabled ones under the intake unit', () => {
    const listed = itemsAtSite(network(), 'town').map(({ item, unitId }) => [item.id, unitId]);
    expect(listed).toEqual([
      ['mz-aid', 'minzheng'],
      ['yb-reg', 'town-zh'],
      ['yb-card', 'town-zh'],
    ]);
  });
});
