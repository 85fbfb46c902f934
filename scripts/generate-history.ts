/**
 * Writes past business days straight into a hallq database, the way the
 * server itself would have written them: tickets (done or 过号), their
 * events (issued, called, finished/noShow, and each day's close, with
 * per-site seq, each stored once at the log's event version), serials, item
 * counts and the site's seq. For the cold-start and reads-on-history bench:
 * a year of a busy hall (~500,000 tickets) in about a minute, instead of
 * half a million API calls.
 *
 * The day figures (day_figures) are not written here: the database is left
 * marked as one whose figures are to be built from its log, as a database
 * migrated with history is, so the server's first open builds them
 * (store/sqlite-day-figures.ts, buildFiguresFromLog). The bench times that
 * first open on its own.
 *
 *   tsx scripts/generate-history.ts <data-dir> [tickets=500000]
 *
 * The data dir must already be seeded (the server seeds it on first start).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import {
  EVENT_VERSION,
  formatNumber,
  ticketFacts,
  unitsServedBy,
  type Catalog,
  type HallEvent,
  type Ticket,
} from '@hallq/core';
import { pick, seededRandom } from './sim/random';

export interface HistoryOptions {
  tickets: number;
  ticketsPerDay?: number;
  /** History ends the working day before this one (YYYY-MM-DD). */
  beforeDay: string;
  seed?: number;
}

export interface HistoryResult {
  tickets: number;
  events: number;
  days: number;
  firstDay: string;
  lastDay: string;
}

const SITE = 'district';

/** UTC offset of `timeZone` at `epochMs`, in ms (e.g. +8 h for Asia/Shanghai). */
function offsetMs(epochMs: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(epochMs)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

function loadCatalog(db: Database.Database): Catalog {
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
  const site = catalog.sites[SITE];
  if (!site) throw new Error('the database has no demo hall: start the server once to seed it');
  const perDay = options.ticketsPerDay ?? 2_000;
  const dayCount = Math.ceil(options.tickets / perDay);
  // Working days (Mon–Fri) going back from the day before `beforeDay`.
  const days: { day: string; weekday: 1 | 2 | 3 | 4 | 5; midnight: number }[] = [];
  let cursor = Date.parse(`${options.beforeDay}T00:00:00Z`);
  while (days.length < dayCount) {
    cursor -= 86_400_000;
    const wd = new Date(cursor).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const day = new Date(cursor).toISOString().slice(0, 10);
    days.unshift({
      day,
      weekday: wd as 1 | 2 | 3 | 4 | 5,
      midnight: cursor - offsetMs(cursor, site.timeZone),
    });
  }
  const staffOf = new Map<string, string>();
  for (const r of db.prepare(`SELECT id, window_ids FROM staff`).all() as {
    id: string;
    window_ids: string;
  }[]) {
    for (const w of JSON.parse(r.window_ids) as string[]) staffOf.set(w, r.id);
  }
  const seqRow = db.prepare(`SELECT seq FROM site_state WHERE site_id = ?`).get(SITE) as
    { seq: number } | undefined;
  let seq = seqRow?.seq ?? 0;
  const counterRow = db.prepare(`SELECT value FROM meta WHERE key = 'order_counter'`).get() as
    { value: string } | undefined;
  let order = Number(counterRow?.value ?? 0);

  const insTicket =
    db.prepare(`INSERT INTO tickets (id, site_id, issued_unit_id, unit_id, item_id, number,
    serial, business_day, priority, status, issued_at, called_at, started_at, finished_at, window_id, served_by,
    recall_count, transfer_count, queue_order, front, device_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 0, 'kiosk-1')`);
  const insEvent = db.prepare(
    `INSERT INTO events (site_id, seq, type, at, v, event) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insSerial = db.prepare(
    `INSERT INTO serials (site_id, unit_id, business_day, last) VALUES (?, ?, ?, ?)`,
  );
  const insItem = db.prepare(
    `INSERT INTO item_issued (item_id, business_day, count) VALUES (?, ?, ?)`,
  );
  // Stored as the server stores it: the domain event once, at the log's version.
  const event = (e: HallEvent) => {
    insEvent.run(SITE, ++seq, e.type, e.at, EVENT_VERSION, JSON.stringify(e));
  };

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
      const itemCounts = new Map<string, number>();
      const n = Math.min(perDay, options.tickets - tickets);
      for (let k = 0; k < n; k++) {
        const item = pick(rng, items);
        const unit = catalog.units[item.unitId];
        if (!unit) continue;
        const serial = (serials.get(unit.id) ?? 0) + 1;
        serials.set(unit.id, serial);
        itemCounts.set(item.id, (itemCounts.get(item.id) ?? 0) + 1);
        const issuedAt = midnight + (8.5 * 60 + (k / n) * 8.5 * 60) * 60_000;
        const calledAt = issuedAt + Math.floor(rng() * 40 * 60_000);
        const noShow = rng() < 0.04;
        const finishedAt = calledAt + (noShow ? 120_000 : Math.floor((2 + rng() * 12) * 60_000));
        const windowId = pick(rng, servers.get(unit.id) ?? ['w1']);
        const number = formatNumber(unit.ticketPrefix, serial, site.numberWidth);
        const id = `t_h${day.replaceAll('-', '')}${String(k).padStart(5, '0')}`;
        order++;
        const ticket: Ticket = {
          id,
          siteId: SITE,
          unitId: unit.id,
          itemId: item.id,
          number,
          serial,
          businessDay: day,
          priority: rng() < 0.08 ? 'priority' : 'normal',
          status: 'waiting',
          issuedAt,
          queueOrder: order,
          front: false,
          recallCount: 0,
          transferCount: 0,
        };
        insTicket.run(
          id,
          SITE,
          unit.id,
          unit.id,
          item.id,
          number,
          serial,
          day,
          ticket.priority,
          noShow ? 'noShow' : 'done',
          issuedAt,
          calledAt,
          noShow ? null : calledAt + 30_000,
          finishedAt,
          windowId,
          staffOf.get(windowId) ?? null,
          order,
        );
        const facts = ticketFacts(ticket);
        const staffId = staffOf.get(windowId);
        const held = {
          siteId: SITE,
          ticketId: id,
          ticket: facts,
          windowId,
          ...(staffId ? { staffId } : {}),
        };
        event({ type: 'ticket.issued', at: issuedAt, siteId: SITE, ticket });
        event({ type: 'ticket.called', at: calledAt, ...held, number });
        event({ type: noShow ? 'ticket.noShow' : 'ticket.finished', at: finishedAt, ...held });
        tickets++;
        events += 3;
      }
      // The next morning's first command closed the day (Q2); nothing was left to expire.
      const closedAt = (days[dayIndex + 1]?.midnight ?? midnight + 86_400_000) + 8.5 * 3_600_000;
      event({
        type: 'day.closed',
        at: closedAt,
        siteId: SITE,
        businessDay: day,
        expiredTicketIds: [],
      });
      events++;
      for (const [unitId, last] of serials) insSerial.run(SITE, unitId, day, last);
      for (const [itemId, count] of itemCounts) insItem.run(itemId, day, count);
    }
    const lastDay = days[days.length - 1]?.day ?? null;
    db.prepare(
      `INSERT INTO site_state (site_id, seq, business_day, order_counter) VALUES (?, ?, ?, ?)
      ON CONFLICT DO UPDATE SET seq=excluded.seq, business_day=excluded.business_day,
      order_counter=excluded.order_counter`,
    ).run(SITE, seq, lastDay, order);
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
    days: days.length,
    firstDay: days[0]?.day ?? '',
    lastDay: days[days.length - 1]?.day ?? '',
  };
}

/** Open the data dir's database for bulk writing (the server is not running). */
export function historyInto(dataDir: string, options: HistoryOptions): HistoryResult {
  const db = new Database(path.join(dataDir, 'hallq.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    // A generator can be redone; the server's own writes stay synchronous=FULL.
    db.pragma('synchronous = OFF');
    const result = generateHistory(db, options);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx scripts/generate-history.ts <data-dir> [tickets=500000]');
    process.exit(2);
  }
  const today = new Date().toISOString().slice(0, 10);
  const r = historyInto(dir, { tickets: Number(count ?? 500_000), beforeDay: today });
  console.log(
    `${r.tickets} tickets, ${r.events} events, ${r.days} days (${r.firstDay} … ${r.lastDay})`,
  );
}
