/**
 * 电子监察 of past days, for the generated history (history.ts): the alerts
 * the supervision engine would have raised about each ticket, as it would
 * have logged them, from the ticket's own times and the site's thresholds.
 *
 * - S1 long-wait: a visitor still waiting when the wait since issue reaches
 *   the limit (30 minutes by default) opens a yellow alert, turned red at
 *   twice the limit, closed when the visitor is called. A visitor sent on
 *   (转窗) waits anew under a key of its own, measured from the issue still.
 * - S2 service-overrun: a ticket held at a window past its item's expected
 *   minutes × the factor (1.5) opens a yellow alert against that window and
 *   clerk, red at twice that, closed when the service ends.
 * - S9: the site's supervisor acknowledges most red alerts within a few
 *   minutes, with a note; a red one nobody acknowledged for
 *   `escalateAfterMinutes` goes to the admin.
 *
 * - S4 window-absent: a window signed out past the day's opening
 *   (`signedOutMinutes`, 10) or paused past `pauseLimitMinutes` (30) while
 *   people wait for it, from the windows' days of history-presence.ts;
 *   closed when it is signed in or resumed.
 *
 * The rules measured from the history's times, not from polling passes, so
 * each change is at the exact minute it came due. S3 (idle), S5 (backlog),
 * S6 (devices) and S7 (fairness) raise nothing here (history-presence.ts
 * says why for S3 and S6).
 *
 * Events go into the site's supervision stream (`<siteId>#supervision`,
 * domain/event-streams.ts), with its own seq, in time order; the alerts
 * table is written by the server's own read model (alert-table.ts,
 * AlertTable.apply). The audit log is not written for past days.
 */
import type Database from 'better-sqlite3';
import {
  EVENT_VERSION,
  levelAt,
  type AlertLevel,
  type CloseReason,
  type SupervisionSettings,
} from '@hallq/core';
import type { ActorRef } from '@hallq/protocol';
import type { AlertEvent, AlertFacts } from '../supervision/alert-events';
import { AlertTable } from '../supervision/alert-table';
import type { Rng } from './random';
import { STREAM_SEQ_SQL } from '../store/sqlite-hall-store';

const MINUTE = 60_000;

/** The share of red alerts a supervisor acknowledges, and what they write. */
const ACK_SHARE = 0.7;
const ACK_NOTES = [
  '已督促窗口加快办理',
  '已安排帮办人员引导',
  '已电话提醒窗口负责人',
  '已核实，情况特殊',
];

/** A stretch of time in which a condition may hold, with what an alert names. */
interface Stretch {
  /** One alert per key (core S8). */
  key: string;
  rule: 'long-wait' | 'service-overrun' | 'window-absent';
  /** The condition's measure is minutes since this. */
  since: number;
  /** The stretch: the condition can hold only in [from, to). */
  from: number;
  to: number;
  limitMinutes: number;
  closeReason: CloseReason;
  subject: Omit<AlertFacts, 'id' | 'key' | 'rule' | 'level' | 'detail'>;
  detail: (minutes: number) => AlertFacts['detail'];
}

export class PastAlerts {
  private readonly table: AlertTable;
  private readonly insert: Database.Statement;
  private readonly stream: string;
  private pending: AlertEvent[] = [];
  private seq: number;
  private count = 0;
  logged = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly siteId: string,
    private readonly settings: SupervisionSettings,
    private readonly rng: Rng,
    /** Who acknowledges (the site's supervisor). */
    private readonly actor: ActorRef,
  ) {
    this.table = new AlertTable(db);
    this.stream = `${siteId}#supervision`;
    this.insert = db.prepare(
      `INSERT INTO events (site_id, seq, type, at, v, event) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.seq = db.prepare(STREAM_SEQ_SQL).pluck().get(this.stream, this.stream) as number;
  }

  /** S1: the visitor of `ticketId` waited from `from` to `to` (a call), `issuedAt` being the issue. */
  waited(
    t: { id: string; number: string; itemId: string; unitId: string; issuedAt: number },
    from: number,
    to: number,
    transferCount: number,
    targetWindowId?: string,
  ): void {
    const limit = this.settings.waitLimitMinutes;
    this.stretch({
      key: `long-wait:${t.id}:${transferCount}`,
      rule: 'long-wait',
      since: t.issuedAt,
      from,
      to,
      limitMinutes: limit,
      closeReason: 'visitor-called',
      subject: {
        ticketId: t.id,
        unitId: t.unitId,
        ...(targetWindowId !== undefined ? { windowId: targetWindowId } : {}),
      },
      detail: (minutes) => ({
        number: t.number,
        itemId: t.itemId,
        waitMinutes: Math.floor(minutes),
        limitMinutes: limit,
      }),
    });
  }

  /** S2: the ticket was held at `windowId` from its call `calledAt` until `to`. */
  held(
    t: { id: string; number: string; itemId: string; unitId: string },
    expectedMinutes: number,
    windowId: string,
    staffId: string | undefined,
    calledAt: number,
    to: number,
  ): void {
    const limit = expectedMinutes * this.settings.serviceOverrunFactor;
    this.stretch({
      key: `service-overrun:${t.id}:${windowId}:${calledAt}`,
      rule: 'service-overrun',
      since: calledAt,
      from: calledAt,
      to,
      limitMinutes: limit,
      closeReason: 'service-finished',
      subject: {
        windowId,
        ticketId: t.id,
        unitId: t.unitId,
        ...(staffId !== undefined ? { staffId } : {}),
      },
      detail: (minutes) => ({
        number: t.number,
        itemId: t.itemId,
        serviceMinutes: Math.floor(minutes),
        limitMinutes: Math.round(limit * 10) / 10,
      }),
    });
  }

  /**
   * S4: the window was not open from `since` until `to` (signed out before a
   * late start, or paused); people waited for it from `from`, `waitingAt(t)`
   * of them at `t`. A paused window keeps its clerk; a signed-out one has
   * none.
   */
  absent(
    a: {
      windowId: string;
      staffId: string;
      status: 'signedOut' | 'paused';
      reason?: string;
      since: number;
      from: number;
      to: number;
    },
    waitingAt: (at: number) => number,
  ): void {
    const paused = a.status === 'paused';
    const limit = paused ? this.settings.pauseLimitMinutes : this.settings.signedOutMinutes;
    this.stretch({
      key: `window-absent:${a.windowId}:${a.status}:${a.since}`,
      rule: 'window-absent',
      since: a.since,
      from: a.from,
      to: a.to,
      limitMinutes: limit,
      closeReason: paused ? 'window-resumed' : 'window-signed-in',
      subject: { windowId: a.windowId, ...(paused ? { staffId: a.staffId } : {}) },
      detail: (minutes) => ({
        status: a.status,
        ...(a.reason !== undefined ? { reason: a.reason } : {}),
        absentMinutes: Math.floor(minutes),
        limitMinutes: limit,
        waiting: waitingAt(a.since + minutes * MINUTE),
      }),
    });
  }

  private stretch(s: Stretch): void {
    if (!(s.limitMinutes > 0)) return;
    const yellowAt = s.since + s.limitMinutes * MINUTE;
    const redAt = s.since + 2 * s.limitMinutes * MINUTE;
    // It opens when the stretch begins already past the limit, or when it gets there.
    const openedAt = Math.max(s.from, yellowAt);
    if (openedAt >= s.to) return;
    const minutesAt = (at: number) => (at - s.since) / MINUTE;
    const level = levelAt(minutesAt(openedAt), s.limitMinutes) as AlertLevel;
    const id = `alert-h${++this.count}`;
    const site = this.siteId;
    this.pending.push({
      type: 'alert.opened',
      siteId: site,
      at: openedAt,
      alert: {
        id,
        key: s.key,
        rule: s.rule,
        level,
        ...s.subject,
        detail: s.detail(minutesAt(openedAt)),
      },
    });
    const red = level === 'red' ? openedAt : redAt < s.to ? redAt : undefined;
    if (red !== undefined && red > openedAt)
      this.pending.push({
        type: 'alert.escalated',
        siteId: site,
        at: red,
        alertId: id,
        to: 'red',
        detail: s.detail(minutesAt(red)),
      });
    if (red !== undefined) {
      const ackAt =
        this.rng() < ACK_SHARE ? red + Math.floor((2 + 10 * this.rng()) * MINUTE) : undefined;
      const adminAt = red + this.settings.escalateAfterMinutes * MINUTE;
      if (ackAt !== undefined && ackAt < s.to)
        this.pending.push({
          type: 'alert.acknowledged',
          siteId: site,
          at: ackAt,
          alertId: id,
          note: ACK_NOTES[Math.floor(this.rng() * ACK_NOTES.length)] ?? '',
          actor: this.actor,
        });
      if ((ackAt === undefined || ackAt > adminAt) && adminAt < s.to)
        this.pending.push({
          type: 'alert.escalated',
          siteId: site,
          at: adminAt,
          alertId: id,
          to: 'admin',
        });
    }
    this.pending.push({
      type: 'alert.closed',
      siteId: site,
      at: s.to,
      alertId: id,
      reason: s.closeReason,
    });
  }

  /** Logs, in time order, every scheduled event before `until`; the rest wait. */
  flush(until: number): void {
    const due = this.pending.filter((e) => e.at < until).sort((a, b) => a.at - b.at);
    if (due.length === 0) return;
    this.pending = this.pending.filter((e) => e.at >= until);
    for (const e of due) {
      this.insert.run(this.stream, ++this.seq, e.type, e.at, EVENT_VERSION, JSON.stringify(e));
      this.table.apply(e);
      this.logged++;
    }
  }

  /** The stream's seq, kept as the server keeps it (site_state). */
  save(): void {
    this.db
      .prepare(
        `INSERT INTO site_state (site_id, seq, business_day, order_counter) VALUES (?, ?, NULL, 0)
         ON CONFLICT DO UPDATE SET seq = excluded.seq`,
      )
      .run(this.stream, this.seq);
  }
}
