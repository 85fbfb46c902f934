/**
 * GET /catalog's answer, serialized once per site and business day and kept
 * until it may have moved. Every kiosk and screen reads it when it starts,
 * and all of them together again after each catalogue change and each
 * ticket of an item with a daily quota: about 130 kB, which took 3–4 ms to
 * build and serialize for the demo hall on every read.
 *
 * What drops the kept answers: any hall event except the kinds that cannot
 * change what it shows (calls, service, 过号, transfers, windows signing in,
 * pausing and out, alerts, ratings and their cases, 代办, notices, staff
 * and devices), so a new kind of event is safe by default; a ticket of an
 * item with a daily quota (今日余), but not of any other item; a catalogue
 * reloaded without an event (a new catalogue object:
 * HallService.refreshCatalog); and a new business day (the day's rota and
 * quotas), which is in the key. The answer's other parts (the sites'
 * supervision settings and scoring among them) are read off the catalogue.
 *
 * Written here: a map and a set, not worth a caching library (lru-cache
 * bounds size or age; what matters here is being told when to forget).
 */
import type { Catalog } from '@hallq/core';
import type { HallEventName, WireEvent } from '@hallq/protocol';

/**
 * Event kinds that leave every field of the catalogue's answer as it was:
 * none of them touches the catalogue or a quota count (core evolve: only
 * `ticket.issued` counts towards a quota).
 */
const UNCHANGING: ReadonlySet<HallEventName> = new Set<HallEventName>([
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.noShow',
  'ticket.transferred',
  'ticket.restored',
  'ticket.cancelled',
  'window.signedIn',
  'window.signedOut',
  'window.paused',
  'window.resumed',
  'notice.updated',
  'staff.changed',
  'device.changed',
  'device.fault',
  'alert.opened',
  'alert.escalated',
  'alert.acknowledged',
  'alert.closed',
  'rating.submitted',
  'rating.unrated',
  'case.opened',
  'case.stepped',
  'case.visitorRated',
  'proxy.registered',
  'proxy.stepped',
]);

export class CatalogReplyCache {
  private readonly kept = new Map<string, Buffer>();
  private catalog: Catalog | undefined;

  /** Hall events as they are committed (HallService.onEvents). */
  heard(events: readonly WireEvent[]): void {
    if (events.some((e) => this.changes(e))) this.kept.clear();
  }

  private changes(e: WireEvent): boolean {
    if (e.name === 'ticket.issued') {
      // Only an item with a quota shows a count (remainingToday); unknown here: forget.
      const item = this.catalog?.items[e.payload.ticket.itemId];
      return item === undefined || item.dailyQuota != null;
    }
    return !UNCHANGING.has(e.name);
  }

  /** The kept answer for the site on that day, if nothing has moved since. */
  get(catalog: Catalog, siteId: string, day: string): Buffer | undefined {
    if (catalog !== this.catalog) {
      this.kept.clear();
      this.catalog = catalog;
    }
    return this.kept.get(`${siteId}|${day}`);
  }

  /** Keeps the serialized answer as UTF-8 bytes (each read then sends them as they are); returns them. */
  set(catalog: Catalog, siteId: string, day: string, body: string): Buffer {
    const bytes = Buffer.from(body);
    if (catalog === this.catalog) this.kept.set(`${siteId}|${day}`, bytes);
    return bytes;
  }
}
