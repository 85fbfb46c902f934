/**
 * Logged event → socket.io event (protocol v2). Built from the event itself,
 * the catalogue and the staff list only, never from a state, so the live
 * send and a replay a day later are the same bytes.
 */
import {
  catalogIndex,
  businessTime,
  unitsServedBy,
  type Catalog,
  type TicketFacts,
} from '@hallq/core';
import type { CatalogEntry, TicketRef, WindowRef, WireEvent } from '@hallq/protocol';
import type { Sequenced } from './logged-event';
import type { StaffLookup } from './views';

const ref = (t: TicketFacts): TicketRef => ({
  id: t.id,
  number: t.number,
  unitId: t.unitId,
  itemId: t.itemId,
  priority: t.priority,
  issuedAt: t.issuedAt,
  transferCount: t.transferCount,
});

const entry = (value: object): CatalogEntry => ({ ...value }) as CatalogEntry;

const staffOf = (staffId: string | undefined) => (staffId === undefined ? {} : { staffId });

/** Each window of the site with the units it serves on the day `at` falls in. */
export function todayUnitIds(catalog: Catalog, siteId: string, at: number) {
  const site = catalog.sites[siteId];
  const weekday = businessTime(at, site?.timeZone ?? 'Asia/Shanghai').weekday;
  const out: Record<string, string[]> = {};
  for (const w of catalogIndex(catalog).windowsOf(siteId)) out[w.id] = unitsServedBy(w, weekday);
  return out;
}

export function toWire({ seq, event }: Sequenced, catalog: Catalog, staff: StaffLookup): WireEvent {
  const base = { seq, siteId: event.siteId, at: event.at };
  const win = (id: string): WindowRef => {
    const w = catalog.windows[id];
    return { id, number: w?.number ?? 0, name: w?.name ?? id };
  };
  switch (event.type) {
    case 'ticket.issued':
      return {
        name: event.type,
        payload: { ...base, ticket: ref(event.ticket), businessDay: event.ticket.businessDay },
      };
    case 'ticket.called':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ref(event.ticket),
          window: win(event.windowId),
          ...staffOf(event.staffId),
          ...(event.manualReason ? { manualReason: event.manualReason } : {}),
        },
      };
    case 'ticket.recalled':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ref(event.ticket),
          window: win(event.windowId),
          ...staffOf(event.staffId),
          recallCount: event.recallCount,
        },
      };
    case 'ticket.started':
    case 'ticket.finished':
    case 'ticket.noShow':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ref(event.ticket),
          window: win(event.windowId),
          ...staffOf(event.staffId),
        },
      } as WireEvent;
    case 'ticket.transferred':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ref(event.ticket),
          window: win(event.fromWindowId),
          ...staffOf(event.staffId),
          toUnitId: event.toUnitId,
          toItemId: event.toItemId,
          position: event.position,
          ...(event.toWindowId ? { toWindowId: event.toWindowId } : {}),
          ...(event.note !== undefined ? { note: event.note } : {}),
        },
      };
    case 'ticket.cancelled':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ref(event.ticket),
          // A held ticket cancelled: its window is free again.
          ...(event.windowId !== undefined ? { window: win(event.windowId) } : {}),
        },
      };
    case 'ticket.restored':
      return {
        name: event.type,
        payload: {
          ...base,
          ticket: ref(event.ticket),
          staffId: event.staffId,
          ...(event.windowId !== undefined ? { window: win(event.windowId) } : {}),
          position: event.position,
        },
      };
    case 'window.signedIn': {
      const who = staff(event.staffId) ?? { id: event.staffId, name: '', staffNo: '' };
      return {
        name: event.type,
        payload: {
          ...base,
          window: win(event.windowId),
          staff: who,
          ...(event.cover ? { cover: true as const } : {}),
        },
      };
    }
    case 'window.signedOut':
    case 'window.resumed':
      return { name: event.type, payload: { ...base, window: win(event.windowId) } } as WireEvent;
    case 'window.paused':
      return {
        name: event.type,
        payload: {
          ...base,
          window: win(event.windowId),
          reason: event.reason,
          ...(event.until !== undefined ? { until: event.until } : {}),
        },
      };
    case 'day.closed': {
      const site = catalog.sites[event.siteId];
      // The site's day after the close: the day `at` falls in (the same day
      // for an explicit close), as the core moves it (Q2).
      const currentDay = businessTime(event.at, site?.timeZone ?? 'Asia/Shanghai').day;
      return {
        name: event.type,
        payload: {
          ...base,
          businessDay: event.businessDay,
          currentDay: currentDay < event.businessDay ? event.businessDay : currentDay,
          expired: event.expiredTicketIds.length,
          todayUnitIds: todayUnitIds(catalog, event.siteId, event.at),
        },
      };
    }
    case 'notice.updated':
      return {
        name: event.type,
        payload: { ...base, notice: event.notice, ...(event.actor ? { actor: event.actor } : {}) },
      };
    case 'catalog.changed': {
      const change = {
        ...base,
        actor: event.actor,
        kind: event.kind,
        id: event.id,
        ...(event.before ? { before: entry(event.before) } : {}),
        after: entry(event.after),
      };
      if (event.kind !== 'window') return { name: event.type, payload: change };
      // The units it serves on the day of the change (the rota applied), from
      // the event and the site's time zone alone: a replay says the same.
      const site = catalog.sites[event.siteId];
      const weekday = businessTime(event.at, site?.timeZone ?? 'Asia/Shanghai').weekday;
      const w = event.after;
      return {
        name: event.type,
        payload: {
          ...change,
          window: {
            id: w.id,
            number: w.number,
            name: w.name,
            todayUnitIds: unitsServedBy(w, weekday),
          },
        },
      };
    }
    case 'staff.changed':
      return {
        name: event.type,
        payload: {
          ...base,
          actor: event.actor,
          action: event.action,
          ...(event.before ? { before: event.before } : {}),
          after: event.after,
        },
      };
    case 'device.changed':
      return {
        name: event.type,
        payload: { ...base, actor: event.actor, action: event.action, after: event.after },
      };
    case 'device.fault':
      return {
        name: event.type,
        payload: {
          ...base,
          deviceId: event.deviceId,
          deviceName: event.deviceName,
          code: event.code,
          message: event.message,
          ...(event.ticketId ? { ticketId: event.ticketId } : {}),
          ...(event.ticketNumber ? { ticketNumber: event.ticketNumber } : {}),
        },
      };
    case 'alert.opened': {
      // The cause key stays in the log: screens need the alert, not its bookkeeping.
      const { key: _key, ...alert } = event.alert;
      return { name: event.type, payload: { ...base, alert } };
    }
    case 'alert.escalated':
      return { name: event.type, payload: { ...base, alertId: event.alertId, to: event.to } };
    case 'alert.acknowledged':
      return {
        name: event.type,
        payload: {
          ...base,
          alertId: event.alertId,
          by: { id: event.actor.id, name: event.actor.name },
        },
      };
    case 'alert.closed':
      return {
        name: event.type,
        payload: { ...base, alertId: event.alertId, reason: event.reason },
      };
    case 'rating.submitted': {
      const r = event.rating;
      return {
        name: event.type,
        payload: {
          ...base,
          ratingId: r.id,
          ticketId: r.ticketId,
          windowId: r.windowId,
          channel: r.channel,
          defaulted: r.defaulted,
        },
      };
    }
    case 'rating.unrated':
      return {
        name: event.type,
        payload: {
          ...base,
          ticketId: event.unrated.ticketId,
          windowId: event.unrated.windowId,
          reason: event.reason ?? 'closed',
        },
      };
    case 'case.opened':
      return {
        name: event.type,
        payload: {
          ...base,
          caseId: event.case.id,
          ticketId: event.case.ticketId,
          windowId: event.case.windowId,
        },
      };
    case 'case.stepped':
      return {
        name: event.type,
        payload: { ...base, caseId: event.caseId, kind: event.kind, status: event.status },
      };
    case 'calendar.changed':
      return { name: event.type, payload: { ...base, year: event.year } };
    case 'case.visitorRated':
      return { name: event.type, payload: { ...base, caseId: event.caseId } };
    // 全程代办: never the applicant (core Q30).
    case 'proxy.registered':
      return {
        name: event.type,
        payload: {
          ...base,
          proxyId: event.proxy.id,
          unitId: event.proxy.unitId,
          itemId: event.proxy.itemId,
          agentId: event.proxy.agentId,
          dueDay: event.proxy.dueDay,
        },
      };
    case 'proxy.stepped':
      return {
        name: event.type,
        payload: {
          ...base,
          proxyId: event.proxyId,
          kind: event.kind,
          status: event.status,
          trips: event.trips,
          agentId: event.agentId,
        },
      };
  }
}
