/**
 * The alerts table (migration 9): the read model of the alert events,
 * written in each event's own transaction (an admin reader of the hall
 * service), so an alert and its events land together or not at all. The
 * engine loads each site's open alerts from here once (at start, or after
 * a batch that threw) and then follows its own events in memory
 * (open-alerts.ts), so a restart (or a rolled-back commit) leaves nothing
 * to reconcile; a partial unique index keeps one open alert per site and
 * cause key.
 */
import type Database from 'better-sqlite3';
import type { OpenAlert } from '@hallq/core';
import type { AlertView } from '@hallq/protocol';
import type { AlertEvent } from './alert-events';

interface Row {
  id: string;
  site_id: string;
  key: string;
  rule: OpenAlert['rule'];
  level: 'yellow' | 'red';
  window_id: string | null;
  ticket_id: string | null;
  unit_id: string | null;
  staff_id: string | null;
  device_id: string | null;
  detail: string;
  opened_at: number;
  red_at: number | null;
  escalated_at: number | null;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  acknowledged_by_name: string | null;
  note: string | null;
  closed_at: number | null;
  close_reason: string | null;
}

/** The statements whose query plans a test checks (supervision/alert-table.test.ts). */
export const ALERT_TABLE_SQL = {
  /** The engine's load of a site's open alerts: by the partial index of open alerts (migration 15). */
  open: `SELECT * FROM alerts WHERE site_id = ? AND closed_at IS NULL ORDER BY opened_at, id`,
  list: (f: Omit<AlertFilter, 'limit'>) => listQuery(f).sql,
};

export interface AlertFilter {
  siteIds: readonly string[];
  status: 'open' | 'all';
  from?: number;
  to?: number;
  /** The alerts behind a score's grouped deduction (core P3): one rule, level, clerk or unit. */
  rule?: OpenAlert['rule'];
  level?: 'yellow' | 'red';
  staffId?: string;
  /** A unit's: its own, or a window's of that unit alone (as the scores count them). */
  unit?: { id: string; soleWindowIds: readonly string[] };
  /** Those listed after this one (newest first: opened earlier, or at once with a later id). */
  after?: { openedAt: number; id: string };
  limit: number;
}

function listQuery(f: Omit<AlertFilter, 'limit'>) {
  const where = [`site_id IN (${f.siteIds.map(() => '?').join(',')})`];
  const args: (string | number)[] = [...f.siteIds];
  const and = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    args.push(...values);
  };
  if (f.status === 'open') where.push('closed_at IS NULL');
  if (f.from !== undefined) and('opened_at >= ?', f.from);
  if (f.to !== undefined) and('opened_at < ?', f.to);
  if (f.rule !== undefined) and('rule = ?', f.rule);
  if (f.level !== undefined) and('level = ?', f.level);
  if (f.staffId !== undefined) and('staff_id = ?', f.staffId);
  if (f.unit !== undefined) {
    const windows = f.unit.soleWindowIds;
    and(
      windows.length === 0
        ? 'unit_id = ?'
        : `(unit_id = ? OR (unit_id IS NULL AND window_id IN (${windows.map(() => '?').join(',')})))`,
      f.unit.id,
      ...windows,
    );
  }
  if (f.after !== undefined)
    and(
      '(opened_at < ? OR (opened_at = ? AND id > ?))',
      f.after.openedAt,
      f.after.openedAt,
      f.after.id,
    );
  // The planner would take alerts_by_site (every alert of the site) for the order.
  const from = f.status === 'open' ? 'alerts INDEXED BY alerts_open' : 'alerts';
  return {
    sql: `SELECT * FROM ${from} WHERE ${where.join(' AND ')} ORDER BY opened_at DESC, id LIMIT ?`,
    args,
  };
}

const opt = <K extends string, V>(key: K, value: V | null) =>
  (value === null ? {} : { [key]: value }) as Partial<Record<K, V>>;

function subject(r: Row) {
  return {
    ...opt('windowId', r.window_id),
    ...opt('ticketId', r.ticket_id),
    ...opt('unitId', r.unit_id),
    ...opt('staffId', r.staff_id),
    ...opt('deviceId', r.device_id),
  };
}

export function alertView(r: Row): AlertView {
  return {
    id: r.id,
    rule: r.rule,
    level: r.level,
    siteId: r.site_id,
    ...subject(r),
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    openedAt: r.opened_at,
    ...opt('redAt', r.red_at),
    ...opt('escalatedAt', r.escalated_at),
    ...opt('acknowledgedAt', r.acknowledged_at),
    ...(r.acknowledged_by !== null
      ? { acknowledgedBy: { id: r.acknowledged_by, name: r.acknowledged_by_name ?? '' } }
      : {}),
    ...opt('note', r.note),
    ...opt('closedAt', r.closed_at),
    ...opt('closeReason', r.close_reason),
  };
}

function openAlert(r: Row): OpenAlert {
  return {
    id: r.id,
    key: r.key,
    rule: r.rule,
    level: r.level,
    siteId: r.site_id,
    ...subject(r),
    detail: JSON.parse(r.detail) as OpenAlert['detail'],
    openedAt: r.opened_at,
    ...opt('redAt', r.red_at),
    ...opt('escalatedAt', r.escalated_at),
    ...opt('acknowledgedAt', r.acknowledged_at),
  };
}

export class AlertTable {
  private readonly insert;
  private readonly toRed;
  private readonly toAdmin;
  private readonly ack;
  private readonly close;
  private readonly one;
  private readonly openOf;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO alerts (id, site_id, key, rule, level, window_id,
      ticket_id, unit_id, staff_id, device_id, detail, opened_at, red_at)
      VALUES (@id, @siteId, @key, @rule, @level, @windowId, @ticketId, @unitId, @staffId,
      @deviceId, @detail, @at, @redAt)`);
    this.toRed = db.prepare(`UPDATE alerts SET level = 'red', red_at = ?,
      detail = COALESCE(?, detail) WHERE id = ?`);
    this.toAdmin = db.prepare(`UPDATE alerts SET escalated_at = ? WHERE id = ?`);
    this.ack = db.prepare(`UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?,
      acknowledged_by_name = ?, note = ? WHERE id = ?`);
    this.close = db.prepare(`UPDATE alerts SET closed_at = ?, close_reason = ? WHERE id = ?`);
    this.one = db.prepare(`SELECT * FROM alerts WHERE id = ?`);
    this.openOf = db.prepare(ALERT_TABLE_SQL.open);
  }

  /** The read model follows one alert event (inside the event's transaction). */
  apply(e: AlertEvent): void {
    switch (e.type) {
      case 'alert.opened': {
        const a = e.alert;
        this.insert.run({
          id: a.id,
          siteId: e.siteId,
          key: a.key,
          rule: a.rule,
          level: a.level,
          windowId: a.windowId ?? null,
          ticketId: a.ticketId ?? null,
          unitId: a.unitId ?? null,
          staffId: a.staffId ?? null,
          deviceId: a.deviceId ?? null,
          detail: JSON.stringify(a.detail),
          at: e.at,
          redAt: a.level === 'red' ? e.at : null,
        });
        return;
      }
      case 'alert.escalated':
        if (e.to === 'red')
          this.toRed.run(e.at, e.detail ? JSON.stringify(e.detail) : null, e.alertId);
        else this.toAdmin.run(e.at, e.alertId);
        return;
      case 'alert.acknowledged':
        this.ack.run(e.at, e.actor.id, e.actor.name, e.note, e.alertId);
        return;
      case 'alert.closed':
        this.close.run(e.at, e.reason, e.alertId);
        return;
    }
  }

  open(siteId: string): OpenAlert[] {
    return (this.openOf.all(siteId) as Row[]).map(openAlert);
  }

  byId(id: string): AlertView | undefined {
    const r = this.one.get(id) as Row | undefined;
    return r ? alertView(r) : undefined;
  }

  /**
   * Newest first: the open ones, or all opened in [from, to), of the given
   * sites; of one rule, level, clerk or unit when asked.
   */
  list(f: AlertFilter): AlertView[] {
    if (f.siteIds.length === 0) return [];
    const { sql, args } = listQuery(f);
    const rows = this.db.prepare(sql).all(...args, f.limit) as Row[];
    return rows.map(alertView);
  }
}
