/**
 * The audit log (审计日志): a read model of the admin events, one row each,
 * written by HallService.recordAdmin in the same transaction as the change
 * and its event, so an audited change and its entry land together or not
 * at all. Read by GET /audit, newest first (in the order written), a page
 * at a time: a page's cursor is the row id of its last entry. Sign-ins and
 * refused sign-ins are written here too (recordAccess), outside the log.
 */
import type Database from 'better-sqlite3';
import type { AuditEntry } from '@hallq/protocol';
import type { Actor, AdminEvent } from './logged-event';
import { ratingAudit } from '../rating/rating-audit';
import { proxyAudit } from '../proxy/proxy-events';

export interface AuditFilter {
  siteIds: readonly string[];
  from?: number;
  to?: number;
  actor?: string;
  /** `kind:id`, or a kind alone. */
  target?: string;
  /** Only entries written before the one with this row id (the cursor of the page before). */
  before?: number;
  limit: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** The next (older) page's cursor, when there is one. */
  nextCursor?: string;
}

interface Row {
  id: number;
  site_id: string;
  at: number;
  actor_kind: 'staff' | 'cli';
  actor_id: string;
  actor_name: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
}

/**
 * What an admin event records: action, target and the entry before and after;
 * undefined for the alert engine's own events (the log and the alerts table
 * keep them): of an alert, only a person's acknowledgement is audited.
 */
export function auditOf(event: AdminEvent):
  | {
      action: string;
      target: string;
      before?: unknown;
      after?: unknown;
    }
  | undefined {
  switch (event.type) {
    case 'alert.acknowledged':
      return {
        action: 'alert.acknowledged',
        target: `alert:${event.alertId}`,
        after: { note: event.note },
      };
    case 'alert.opened':
    case 'alert.escalated':
    case 'alert.closed':
      return undefined;
    case 'rating.submitted':
    case 'rating.unrated':
    case 'case.opened':
    case 'case.stepped':
    case 'case.visitorRated':
    case 'calendar.changed':
      return ratingAudit(event);
    case 'proxy.registered':
    case 'proxy.stepped':
      return proxyAudit(event);
    case 'catalog.changed':
      return {
        action: `${event.kind}.${event.before ? 'updated' : 'created'}`,
        target: `${event.kind}:${event.id}`,
        ...(event.before ? { before: event.before } : {}),
        after: event.after,
      };
    case 'staff.changed':
      return {
        action: `staff.${event.action}`,
        target: `staff:${event.id}`,
        ...(event.before ? { before: event.before } : {}),
        after: event.after,
      };
    case 'device.changed':
      return {
        action: `device.${event.paired ? 'paired' : event.action}`,
        target: `device:${event.id}`,
        after: event.after,
      };
    case 'device.fault':
      return {
        action: 'device.fault',
        target: `device:${event.deviceId}`,
        after: {
          code: event.code,
          message: event.message,
          ...(event.ticketId ? { ticketId: event.ticketId, ticketNumber: event.ticketNumber } : {}),
        },
      };
    case 'notice.updated':
      return {
        action: 'notice.updated',
        target: `notice:${event.siteId}`,
        after: { notice: event.notice },
      };
  }
}

/** A sign-in, or one refused for its credentials: who, when, from where. */
export interface AccessEntry {
  siteId: string;
  at: number;
  actor: Actor;
  action: 'auth.signedIn' | 'auth.failed';
  /** auth:<staff id>, or auth:unknown for a username no account has. */
  target: string;
  after: { address: string; windowId?: string };
}

export class AuditLog {
  private readonly insert;
  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO audit
      (site_id, seq, at, actor_kind, actor_id, actor_name, action, target, before, after)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  }

  record(seq: number, event: AdminEvent): void {
    const a = auditOf(event);
    if (!a) return;
    // A notice logged without an actor (none was known) is still audited.
    const actor = event.actor ?? { kind: 'staff', id: '', name: '' };
    this.insert.run(
      event.siteId,
      seq,
      event.at,
      actor.kind,
      actor.id,
      actor.name,
      a.action,
      a.target,
      a.before === undefined ? null : JSON.stringify(a.before),
      a.after === undefined ? null : JSON.stringify(a.after),
    );
  }

  /**
   * A sign-in or a refused one. Not a change of the hall, so not in its log
   * (seq 0) and never sent to screens: written straight here, a sign-in in
   * its session's own transaction. A refused one is a single short row (the
   * typed username of an unknown account is not kept: it may be a password
   * typed in the wrong box); the sign-in throttle bounds how many are made.
   */
  recordAccess(e: AccessEntry): void {
    this.insert.run(
      e.siteId,
      0,
      e.at,
      e.actor.kind,
      e.actor.id,
      e.actor.name,
      e.action,
      e.target,
      null,
      JSON.stringify(e.after),
    );
  }

  /** Newest first: at most `limit` entries, and the cursor of the next page if more match. */
  page(f: AuditFilter): AuditPage {
    if (f.siteIds.length === 0) return { entries: [] };
    const where = [`site_id IN (${f.siteIds.map(() => '?').join(',')})`];
    const args: (string | number)[] = [...f.siteIds];
    const add = (clause: string, ...values: (string | number)[]) => {
      where.push(clause);
      args.push(...values);
    };
    if (f.from !== undefined) add('at >= ?', f.from);
    if (f.to !== undefined) add('at < ?', f.to);
    if (f.actor !== undefined) add('actor_id = ?', f.actor);
    if (f.target?.includes(':')) add('target = ?', f.target);
    else if (f.target !== undefined)
      add('substr(target, 1, ?) = ?', f.target.length + 1, `${f.target}:`);
    if (f.before !== undefined) add('id < ?', f.before);
    // One more than asked: whether another page follows.
    const rows = this.db
      .prepare(`SELECT * FROM audit WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`)
      .all(...args, f.limit + 1) as Row[];
    const more = rows.length > f.limit;
    const shown = more ? rows.slice(0, f.limit) : rows;
    const last = shown[shown.length - 1];
    return {
      entries: shown.map((r) => ({
        at: r.at,
        siteId: r.site_id,
        actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
        action: r.action,
        target: r.target,
        ...(r.before !== null ? { before: JSON.parse(r.before) as unknown } : {}),
        ...(r.after !== null ? { after: JSON.parse(r.after) as unknown } : {}),
      })),
      ...(more && last ? { nextCursor: String(last.id) } : {}),
    };
  }
}
