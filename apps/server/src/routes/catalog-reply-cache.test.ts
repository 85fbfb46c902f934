/**
 * GET /catalog's kept answer (catalog-reply-cache.ts) is dropped by what can
 * change it and kept through what cannot: a busy hall's calls, alerts and
 * ratings must not make every kiosk's and screen's read build it anew, and a
 * ticket of an item with a daily quota must never leave 今日余 stale.
 */
import type { Catalog } from '@hallq/core';
import type { WireEvent } from '@hallq/protocol';
import { describe, expect, it } from 'vitest';
import { CatalogReplyCache } from './catalog-reply-cache';

// Only what the cache reads of a catalogue: its items' quotas (and its identity).
const catalog = {
  items: { plain: { id: 'plain' }, limited: { id: 'limited', dailyQuota: 5 } },
} as unknown as Catalog;

const issued = (itemId: string) =>
  ({
    name: 'ticket.issued',
    payload: { ticket: { itemId } },
  }) as unknown as WireEvent;
const named = (name: string) => ({ name, payload: {} }) as unknown as WireEvent;

function keptAfter(events: WireEvent[]): boolean {
  const cache = new CatalogReplyCache();
  expect(cache.get(catalog, 'district', '2026-12-02')).toBeUndefined();
  cache.set(catalog, 'district', '2026-12-02', '{"hall":{}}');
  cache.heard(events);
  return cache.get(catalog, 'district', '2026-12-02') !== undefined;
}

describe('the catalogue answer kept between reads', () => {
  it('stays through calls, service, transfers, alerts, ratings and a ticket of an item without a quota', () => {
    expect(
      keptAfter([
        issued('plain'),
        named('ticket.called'),
        named('ticket.finished'),
        named('ticket.transferred'),
        named('alert.opened'),
        named('alert.closed'),
        named('rating.submitted'),
        named('case.opened'),
        named('window.paused'),
      ]),
    ).toBe(true);
  });

  it('is dropped by a ticket of an item with a daily quota (今日余 moves)', () => {
    expect(keptAfter([named('alert.opened'), issued('limited')])).toBe(false);
  });

  it('is dropped by a ticket of an item it does not know', () => {
    expect(keptAfter([issued('unknown-item')])).toBe(false);
  });

  it('is dropped by a catalogue change, a day closed, a calendar change and any kind it does not list', () => {
    for (const name of ['catalog.changed', 'day.closed', 'calendar.changed', 'some.newKind'])
      expect(keptAfter([named(name)]), name).toBe(false);
  });

  it('is kept per site and day, and forgotten when the catalogue object is replaced', () => {
    const cache = new CatalogReplyCache();
    // As the route does: a read first, then the answer it built.
    expect(cache.get(catalog, 'district', '2026-12-02')).toBeUndefined();
    cache.set(catalog, 'district', '2026-12-02', '{}');
    expect(cache.get(catalog, 'district', '2026-12-03')).toBeUndefined();
    expect(cache.get(catalog, 'twn-001', '2026-12-02')).toBeUndefined();
    expect(cache.get(catalog, 'district', '2026-12-02')?.toString()).toBe('{}');
    const reloaded = { ...catalog } as Catalog;
    expect(cache.get(reloaded, 'district', '2026-12-02')).toBeUndefined();
  });
});
