/**
 * Past business days written straight into a hallq database, the way the
 * server itself would have written them: tickets (done or 过号), their
 * events (issued, called, finished/noShow; for about one served visitor in
 * 30 a 转窗 to another unit's window that then calls and serves them; each
 * day's close; with per-site seq, each stored once at the log's event
 * version) and the site's seq, each finished ticket's
 * 好差评 with the cases of its 差评 (history-ratings.ts), and 电子监察's
 * alerts about long waits and long services (history-alerts.ts); each
 * visitor's events are logged by history-visitor.ts. Used by
 * `pnpm hallq demo-history` (reports that look alive on a first start) and
 * by the bench (a year of a busy hall in
 * about a minute, instead of half a million API calls).
 *
 * The figure rows (day_figures, hour_figures) are not written here: the
 * database is left marked as one whose figures are to be built from its log,
 * so the next open projects every event through the same function the live
 * server uses (store/sqlite-day-figures.ts, buildFiguresFromLog).
 *
 * Two kinds of day (history-days.ts): `uniform` (the bench's: arrivals
 * spread evenly, waits up to 40 minutes) and `simulated` (the simulated
 * day's population: morning and afternoon peaks, per-item service times,
 * waits that grow with the hour's crowd, more visitors on Mondays).
 */
import type Database from 'better-sqlite3';
import {
  EVENT_VERSION,
  formatNumber,
  supervisionSettings,
  unitsServedBy,
  type Catalog,
  type HallEvent,
  type Ticket,
} from '@hallq/core';
import type { ActorRef } from '@hallq/protocol';
import type { RatingEvent } from '../rating/rating-events';
import { pastService, pastTransfer, simulatedDay, uniformDay } from './history-days';
import { PastAlerts } from './history-alerts';
import { localMidnight, pastWorkingDays } from './history-calendar';
import { drawPresence, PresenceDay } from './history-presence';
import { logVisitor } from './history-visitor';
import { PastRatings } from './history-ratings';
import { pick, seededRandom } from './random';
import { STREAM_SEQ_SQL } from '../store/sqlite-hall-store';

export interface HistoryOptions {
  tickets: number;
  ticketsPerDay?: number;
  /** History ends the working day before this one (YYYY-MM-DD). */
  beforeDay: string;
  seed?: number;
  /** `uniform` (default, the bench's) or `simulated` (the demo's). */
  days?: 'uniform' | 'simulated';
  siteId?: string;
}

export interface HistoryResult {
  tickets: number;
  /** Hall events (tickets and day closes). */
  events: number;
  /** 好差评 events (ratings, unrated closes, cases and their steps). */
  ratingEvents: number;
  /** 电子监察 events (alerts opened, turned red, acknowledged, closed). */
  alertEvents: number;
  days: number;
  firstDay: string;
  lastDay: string;
}

export function loadCatalog(db: Database.Database): Catalog {
  const catalog: Catalog = { sites: {}, units: {}, items: {}, windows: {} };
  const plural = { site: 'sites', unit: 'units', item: 'items', window: 'windows' } as const;
  for (const r of db.prepare(`SELECT kind, id, json FROM catalog`).all() as {
    kind: keyof typeof plural;
    id: string;
    json: string;
  }[]) {
    (catalog[plural[r.kind]] as Record<string, unknown>)[r.id] = JSON.parse(r.json);
  }
  return catalog;
}

export function generateHistory(db: Database.Database, options: HistoryOptions): HistoryResult {
  const rng = seededRandom(options.seed ?? 2024);
  const catalog = loadCatalog(db);
  const SITE = options.siteId ?? 'district';
  const site = catalog.sites[SITE];
  if (!site) throw new Error('the database has no demo hall: start the server once to seed it');
  const perDay = options.ticketsPerDay ?? 2_000;
  const dayCount = Math.ceil(options.tickets / perDay);
  const days = pastWorkingDays(options.beforeDay, dayCount, site.timeZone);
  const staffOf = new Map<string, string>();
  for (const r of db.prepare(`SELECT id, window_ids FROM staff`).all() as {
    id: string;
    window_ids: string;
  }[]) {
    for (const w of JSON.parse(r.window_ids) as string[]) staffOf.set(w, r.id);
  }
  const state = db.prepare(`SELECT business_day FROM site_state WHERE site_id = ?`).get(SITE) as
    { business_day: string | null } | undefined;
  let seq = db.prepare(STREAM_SEQ_SQL).pluck().get(SITE, SITE) as number;
  const counterRow = db.prepare(`SELECT value FROM meta WHERE key = 'order_counter'`).get() as
    { value: string } | undefined;
  let order = Number(counterRow?.value ?? 0);

  const insTicket =
    db.prepare(`INSERT INTO tickets (id, site_id, issued_unit_id, unit_id, item_id, number,
    serial, business_day, priority, status, issued_at, called_at, started_at, finished_at, window_id, served_by,
    recall_count, transfer_count, queue_order, front, target_window_id, transferred_from,
    device_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 'kiosk-1')`);
  const insEvent = db.prepare(
    `INSERT INTO events (site_id, seq, type, at, v, event) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // Stored as the server stores it: the domain event once, at the log's version.
  const event = (e: HallEvent | RatingEvent) => {
    insEvent.run(SITE, ++seq, e.type, e.at, EVENT_VERSION, JSON.stringify(e));
  };
  const supervisor = db
    .prepare(
      `SELECT id, name FROM staff WHERE site_id = ? AND role IN ('supervisor','admin')
       ORDER BY role DESC, id LIMIT 1`,
    )
    .get(SITE) as { id: string; name: string } | undefined;
  const supervising: ActorRef = supervisor
    ? { kind: 'staff', id: supervisor.id, name: supervisor.name }
    : { kind: 'cli', id: 'history', name: 'demo history' };
  // Its own random stream: the tickets are the same with or without it.
  const ratings = new PastRatings(
    db,
    SITE,
    site.timeZone,
    seededRandom((options.seed ?? 2024) + 1),
    supervising,
    event,
  );
  // 电子监察's alerts about each ticket, from their own stream too.
  const alerts = new PastAlerts(
    db,
    SITE,
    supervisionSettings(site),
    seededRandom((options.seed ?? 2024) + 3),
    supervising,
  );

  // 转窗 draw from their own stream too: the visitors stay the same.
  const transferRng = seededRandom((options.seed ?? 2024) + 2);
  const serviceRng = seededRandom((options.seed ?? 2024) + 4);
  // The windows' days (sign-in, late starts, pauses) from their own stream too.
  const presenceRng = seededRandom((options.seed ?? 2024) + 5);

  /** The start of `beforeDay` in the site's zone: nothing later is logged. */
  const historyEnd = localMidnight(options.beforeDay, site.timeZone);
  let tickets = 0;
  let events = 0;
  const windows = Object.values(catalog.windows).filter((w) => w.siteId === SITE);
  db.transaction(() => {
    for (const [dayIndex, { day, weekday, midnight }] of days.entries()) {
      const servers = new Map<string, string[]>();
      for (const w of windows)
        for (const u of unitsServedBy(w, weekday))
          servers.set(u, [...(servers.get(u) ?? []), w.id]);
      const items = Object.values(catalog.items).filter((i) => servers.has(i.unitId));
      const serials = new Map<string, number>();
      const visitors =
        options.days === 'simulated'
          ? simulatedDay(rng, catalog, SITE, weekday, perDay)
          : uniformDay(rng, items, Math.min(perDay, options.tickets - tickets));
      // The day's first command (which closed the day before) came at 8:30.
      const opensAt = midnight + 8.5 * 3_600_000;
      const lastIssue = midnight + Math.max(8.5 * 60, ...visitors.map((v) => v.issuedMin)) * 60_000;
      const serving = [...new Set([...servers.values()].flat())];
      const presence = new PresenceDay(
        drawPresence(
          presenceRng,
          serving.map((id) => ({ id, staffId: staffOf.get(id) })),
          opensAt,
          lastIssue,
        ),
        servers,
        opensAt,
      );
      for (const [k, v] of visitors.entries()) {
        const item = catalog.items[v.itemId];
        const unit = item && catalog.units[item.unitId];
        if (!item || !unit) continue;
        const serial = (serials.get(unit.id) ?? 0) + 1;
        serials.set(unit.id, serial);
        const issuedAt = Math.round(midnight + v.issuedMin * 60_000);
        const calledAt = issuedAt + Math.floor(v.waitMin * 60_000);
        const noShow = v.noShow;
        const drawnWindow = pick(rng, servers.get(unit.id) ?? ['w1']);
        const number = formatNumber(unit.ticketPrefix, serial, site.numberWidth);
        const id = `t_h${day.replaceAll('-', '')}${String(k).padStart(5, '0')}`;
        order++;
        const issuedOrder = order;
        // 转窗: the first window finds the matter belongs to another unit.
        const drawnTransfer = noShow
          ? undefined
          : pastTransfer(transferRng, v.transfer, items, servers, unit.id, calledAt);
        if (drawnTransfer) order++;
        const servedItem = drawnTransfer?.item ?? item;
        const calledLastAt = drawnTransfer?.calledAt ?? calledAt;
        const serviceMin = pastService(serviceRng, v.serviceMin, servedItem.expectedServiceMinutes);
        const finishedAt = calledLastAt + (noShow ? 120_000 : Math.floor(serviceMin * 60_000));
        // Held only at windows open the whole time (history-presence.ts).
        const windowId = presence.heldAt(
          unit.id,
          drawnWindow,
          calledAt,
          drawnTransfer?.at ?? finishedAt,
        );
        const transfer = drawnTransfer && {
          ...drawnTransfer,
          windowId: presence.heldAt(
            drawnTransfer.item.unitId,
            drawnTransfer.windowId,
            drawnTransfer.calledAt,
            finishedAt,
          ),
        };
        presence.waited(unit.id, issuedAt, calledAt);
        if (transfer) presence.waited(transfer.item.unitId, transfer.at, transfer.calledAt);
        const servedAt = transfer?.windowId ?? windowId;
        const ticket: Ticket = {
          id,
          siteId: SITE,
          unitId: unit.id,
          itemId: item.id,
          number,
          serial,
          businessDay: day,
          priority: v.priority ? 'priority' : 'normal',
          status: 'waiting',
          issuedAt,
          queueOrder: issuedOrder,
          front: false,
          recallCount: 0,
          transferCount: 0,
        };
        insTicket.run(
          id,
          SITE,
          unit.id,
          servedItem.unitId,
          servedItem.id,
          number,
          serial,
          day,
          ticket.priority,
          noShow ? 'noShow' : 'done',
          issuedAt,
          calledLastAt,
          noShow ? null : calledLastAt + 30_000,
          finishedAt,
          servedAt,
          staffOf.get(servedAt) ?? null,
          transfer ? 1 : 0,
          order,
          transfer ? 1 : 0,
          transfer?.windowId ?? null,
          transfer ? windowId : null,
        );
        events += logVisitor(
          { siteId: SITE, staffOf, event, alerts, ratings },
          {
            ticket,
            item,
            windowId,
            calledAt,
            ...(transfer ? { transfer: { ...transfer, queueOrder: order } } : {}),
            finishedAt,
            noShow,
          },
        );
        tickets++;
      }
      events += presence.close(SITE, event, alerts);
      // The next morning's first command closed the day (Q2); nothing was left to expire.
      const closedAt = (days[dayIndex + 1]?.midnight ?? midnight + 86_400_000) + 8.5 * 3_600_000;
      // The day's ratings, and the later ones of days before, in time order.
      ratings.flush(Math.min(closedAt, historyEnd));
      alerts.flush(Math.min(closedAt, historyEnd));
      event({
        type: 'day.closed',
        at: closedAt,
        siteId: SITE,
        businessDay: day,
        expiredTicketIds: [],
      });
      events++;
    }
    // The later ratings and case steps that came before the history's end.
    ratings.flush(historyEnd);
    alerts.flush(historyEnd);
    alerts.save();
    const lastDay = days[days.length - 1]?.day ?? null;
    // A hall already open today keeps its day.
    const businessDay =
      state?.business_day && lastDay && state.business_day > lastDay ? state.business_day : lastDay;
    db.prepare(
      `INSERT INTO site_state (site_id, seq, business_day, order_counter) VALUES (?, ?, ?, ?)
      ON CONFLICT DO UPDATE SET seq=excluded.seq, business_day=excluded.business_day,
      order_counter=excluded.order_counter`,
    ).run(SITE, seq, businessDay, order);
    db.prepare(
      `INSERT INTO meta (key, value) VALUES ('order_counter', ?)
      ON CONFLICT DO UPDATE SET value=excluded.value`,
    ).run(String(order));
    // The server builds the day figures from the log when it next opens the database.
    db.prepare(
      `INSERT INTO meta (key, value) VALUES ('day_figures_from_log', '1')
      ON CONFLICT DO UPDATE SET value=excluded.value`,
    ).run();
  })();
  return {
    tickets,
    events,
    ratingEvents: ratings.logged,
    alertEvents: alerts.logged,
    days: days.length,
    firstDay: days[0]?.day ?? '',
    lastDay: days[days.length - 1]?.day ?? '',
  };
}
