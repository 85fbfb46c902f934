/**
 * The alert engine (电子监察): on each pass, for every site, the supervision
 * rules (core S1–S8, S11–S13) are read over the hall's model and the read models
 * beside it, compared with the site's open alerts (core S9), and the changes
 * are appended as alert events through HallService.recordAdmin, one
 * transaction per site: the events, their seqs and the alerts table's rows
 * land together or not at all. The open alerts are the table's (kept in
 * memory between passes, open-alerts.ts), so a restart picks up where it
 * was and an alert never opens twice for one cause (the table's unique index
 * would refuse it too). A supervisor's acknowledgement is an event as well,
 * audited in the same transaction.
 */
import type Database from 'better-sqlite3';
import {
  businessTime,
  planAlerts,
  supervisionSettings,
  catalogIndex,
  unitMarks,
  type SupervisionSettings,
  type OpenAlert,
} from '@hallq/core';
import type { AlertView, SupervisionReply } from '@hallq/protocol';
import type { Accounts } from '../domain/accounts';
import type { AdminCaller } from '../domain/admin-scope';
import type { HallService } from '../domain/hall-service';
import { HallqError } from '../errors';
import type { AlertEvent } from './alert-events';
import { isAlertEvent } from './alert-events';
import { eventOf, firstChanges } from './alert-changes';
import { AlertTable, type AlertFilter } from './alert-table';
import { clerkDayReader, DeviceWatch, withPriorityCalls } from './hall-inputs';
import { proxyDueReader } from '../proxy/proxy-table';
import { OpenAlerts } from './open-alerts';
import { OpenAlertViews } from './open-alert-views';
import { PriorityCalls } from './priority-calls';
import { openCaseReader, windowRatingsReader } from './rating-inputs';
import { WindowActivityLog } from './window-activity';

export class AlertEngine {
  readonly table: AlertTable;
  readonly activity: WindowActivityLog;
  private readonly open: OpenAlerts;
  private readonly openViews: OpenAlertViews;
  /** The last pass left changes for the next one (MAX_CHANGES_PER_PASS). */
  more = false;
  private readonly devices = new DeviceWatch();
  private readonly clerkDays;
  private readonly proxyDue;
  private readonly openCases;
  private readonly priorityCalls;
  private readonly windowRatings;

  constructor(
    private readonly hall: HallService,
    private readonly accounts: Accounts,
    db: Database.Database,
    /** The server's own defaults under the site's settings (the wait limit). */
    private readonly fallback: Partial<SupervisionSettings> = {},
    /** The devices with a live socket (alive, whatever their last request). */
    private readonly connectedDevices: () => ReadonlySet<string> = () => new Set(),
  ) {
    this.table = new AlertTable(db);
    this.open = new OpenAlerts(this.table);
    this.openViews = new OpenAlertViews(this.table);
    this.clerkDays = clerkDayReader(db);
    this.proxyDue = proxyDueReader(db);
    this.openCases = openCaseReader(db);
    this.priorityCalls = new PriorityCalls(db);
    this.windowRatings = windowRatingsReader(db);
    this.activity = new WindowActivityLog(() => hall.catalog);
    this.activity.rebuild(db, Object.keys(hall.catalog.sites));
    hall.addAdminReader(({ event }) => {
      if (isAlertEvent(event)) this.table.apply(event);
    });
    hall.onEvents((_siteId, events) => {
      for (const e of events) this.activity.noteWire(e);
    });
  }

  settings(siteId: string): SupervisionSettings {
    const site = this.hall.catalog.sites[siteId];
    return supervisionSettings(site ?? {}, this.fallback);
  }

  /** One pass over every site, at once; returns the alert events it logged. */
  tick(): AlertEvent[] {
    const pass = this.beginPass();
    pass.step(Number.POSITIVE_INFINITY);
    return pass.logged;
  }

  /**
   * A pass over every site that can be run in slices: each `step(budgetMs)`
   * evaluates whole sites until its budget is spent (at least one site) and
   * says whether sites remain. The server runs a slice per turn of the event
   * loop, so a pass over the 55 sites of the network never holds up a
   * clerk's call for its whole length. The devices' health is read once, at
   * the start; each site is evaluated over the model as it is at its turn.
   */
  beginPass(): { step(budgetMs: number): boolean; readonly logged: AlertEvent[] } {
    const devices = this.devices.health(
      this.accounts.listDevices(),
      this.hall.now(),
      this.connectedDevices(),
    );
    const siteIds = Object.keys(this.hall.state.catalog.sites);
    const logged: AlertEvent[] = [];
    let next = 0;
    let more = false;
    return {
      logged,
      step: (budgetMs) => {
        const until = performance.now() + budgetMs;
        const windows = this.activity.all();
        do {
          const siteId = siteIds[next++];
          if (siteId === undefined) break;
          const events = this.passSite(siteId, devices, windows);
          if (events.more) more = true;
          logged.push(...events.now);
        } while (next < siteIds.length && performance.now() < until);
        const done = next >= siteIds.length;
        if (done) this.more = more;
        return !done;
      },
    };
  }

  /** One site's pass: its conditions against its open alerts, the changes recorded. */
  private passSite(
    siteId: string,
    devices: ReturnType<DeviceWatch['health']>,
    windows: ReturnType<WindowActivityLog['all']>,
  ): { now: AlertEvent[]; more: boolean } {
    const now = this.hall.now();
    const state = this.hall.state;
    const site = state.catalog.sites[siteId];
    // A site removed since the pass began has nothing left to watch.
    if (!site) return { now: [], more: false };
    const day = state.businessDays[site.id] ?? businessTime(now, site.timeZone).day;
    const input = {
      state,
      siteId: site.id,
      now,
      settings: this.settings(site.id),
      windows,
      devices,
      clerks: withPriorityCalls(this.clerkDays(site.id, day), this.priorityCalls.of(site.id)),
      proxies: this.proxyDue(site.id, now),
      cases: this.openCases(site.id),
      windowRatings: this.windowRatings(site.id, day, site.timeZone),
    };
    const planned = firstChanges(planAlerts(this.open.of(site.id), input));
    const events = planned.now.map((c) => eventOf(c, site.id, now));
    if (events.length > 0) this.record(events);
    return { now: events, more: planned.more };
  }

  /** Alert events written, and the open alerts moved on (read back should it throw). */
  private record(events: AlertEvent[]): void {
    try {
      this.hall.recordAdmin(events, () => undefined);
    } catch (err) {
      for (const e of events) {
        this.open.reload(e.siteId);
        this.openViews.reload(e.siteId);
      }
      throw err;
    }
    this.open.follow(events);
    // The board's list takes each alert as the table now holds it.
    for (const e of events) {
      const alert = this.table.byId(e.type === 'alert.opened' ? e.alert.id : e.alertId);
      if (alert) this.openViews.follow(alert);
    }
  }

  /** What the supervisor's hall map adds to the hall view, for one site now. */
  hallMap(siteId: string): SupervisionReply {
    const now = this.hall.now();
    const state = this.hall.state;
    const settings = this.settings(siteId);
    const activity = this.activity.all();
    return {
      siteId,
      at: now,
      settings,
      units: unitMarks(state, siteId, now, settings),
      windows: catalogIndex(state.catalog)
        .windowsOf(siteId)
        .map((w) => {
          const a = activity[w.id];
          return {
            id: w.id,
            status: state.windows[w.id]?.status ?? 'signedOut',
            ...(a?.statusSince !== undefined ? { statusSince: a.statusSince } : {}),
            ...(a?.lastActiveAt !== undefined ? { lastActiveAt: a.lastActiveAt } : {}),
          };
        }),
    };
  }

  /** The site's open alerts, from the engine's copy (the district roll-up reads it). */
  openOf(siteId: string): readonly OpenAlert[] {
    return this.open.of(siteId);
  }

  /**
   * The board's plain list (one site's open alerts, no other filter) from
   * the read model the committed alert events keep; any other from the table.
   */
  list(filter: AlertFilter): AlertView[] {
    const { siteIds, status, from, to, rule, level, staffId, unit, after, limit } = filter;
    const plain = [from, to, rule, level, staffId, unit, after].every((v) => v === undefined);
    if (plain && status === 'open' && siteIds.length === 1)
      return this.openViews.list(siteIds[0]!, limit);
    return this.table.list(filter);
  }

  /**
   * A supervisor's acknowledgement with a note (audited). Unknown, or of a
   * site the caller may not see → ALERT_NOT_FOUND; no note → NOTE_REQUIRED;
   * acknowledged before → ALERT_ACKNOWLEDGED. Nothing is written on an error.
   */
  acknowledge(
    caller: AdminCaller,
    sites: readonly string[],
    id: string,
    note: string | undefined,
  ): AlertView {
    const alert = this.table.byId(id);
    if (!alert || !sites.includes(alert.siteId))
      throw new HallqError('HALLQ_E_ALERT_NOT_FOUND', { id });
    const text = (note ?? '').trim();
    if (text === '') throw new HallqError('HALLQ_E_NOTE_REQUIRED', { id });
    if (alert.acknowledgedAt !== undefined)
      throw new HallqError('HALLQ_E_ALERT_ACKNOWLEDGED', {
        id,
        acknowledgedAt: alert.acknowledgedAt,
      });
    this.record([
      {
        type: 'alert.acknowledged',
        siteId: alert.siteId,
        at: this.hall.now(),
        alertId: id,
        note: text,
        actor: caller.actor,
      },
    ]);
    return this.table.byId(id) as AlertView;
  }
}
