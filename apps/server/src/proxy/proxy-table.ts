/**
 * The proxy tickets' read model (migration 12): one row per 代办件 and one
 * per step, written from the proxy events in their own transaction. Reads
 * are by id, by handling site (and unit) and by agent, on their indexes;
 * the applicant's name and phone leave here masked unless the reader is
 * entitled to the record (core Q30).
 */
import type Database from 'better-sqlite3';
import { isProxyOverdue, maskApplicant, type ProxyDue, type ProxyStatus } from '@hallq/core';
import type { ProxyTicketView } from '@hallq/protocol';
import type { ProxyEvent } from './proxy-events';

interface Row {
  id: string;
  site_id: string;
  unit_id: string;
  item_id: string;
  agent_id: string;
  agent_name: string;
  agent_site_id: string;
  applicant_name: string;
  applicant_phone: string;
  materials: string;
  missing: string;
  note: string;
  status: ProxyStatus;
  trips: number;
  registered_at: number;
  due_day: string;
  due_at: number;
  calendar_confirmed: number;
  updated_at: number;
  done_at: number | null;
}

interface StepRow {
  kind: ProxyTicketView['steps'][number]['kind'];
  note: string;
  materials: string;
  status: ProxyStatus;
  at: number;
  by_id: string;
  by_name: string;
}

export type ProxyFilter =
  | { siteId: string; unitIds?: readonly string[]; status: 'open' | 'done' | 'all' }
  | { agentId: string; status: 'open' | 'done' | 'all' };

/** At most this many in a list, newest first. */
const LIST_LIMIT = 200;

export class ProxyTable {
  private readonly insert;
  private readonly update;
  private readonly insertStep;
  private readonly byId;
  private readonly stepsOf;

  constructor(
    private readonly db: Database.Database,
    private readonly names: { item(id: string): string; site(id: string): string },
  ) {
    this.insert = db.prepare(`INSERT INTO proxy_tickets (id, site_id, unit_id, item_id, agent_id,
        agent_name, agent_site_id, applicant_name, applicant_phone, materials, note, status, trips,
        registered_at, due_day, due_at, calendar_confirmed, updated_at)
      VALUES (@id, @siteId, @unitId, @itemId, @agentId, @agentName, @agentSiteId, @name, @phone,
        @materials, @note, 'submitted', 1, @at, @dueDay, @dueAt, @confirmed, @at)`);
    this.update = db.prepare(`UPDATE proxy_tickets SET status = @status, trips = @trips,
        materials = CASE WHEN @kind = 'resubmit' THEN @merged ELSE materials END,
        missing = @missing, updated_at = @at,
        done_at = CASE WHEN @status = 'done' THEN @at ELSE done_at END
      WHERE id = @id`);
    this.insertStep = db.prepare(`INSERT INTO proxy_ticket_steps
        (proxy_id, n, kind, note, materials, status, at, by_id, by_name)
      VALUES (?, (SELECT COUNT(*) + 1 FROM proxy_ticket_steps WHERE proxy_id = ?), ?, ?, ?, ?, ?, ?, ?)`);
    this.byId = db.prepare(`SELECT * FROM proxy_tickets WHERE id = ?`);
    this.stepsOf = db.prepare(
      `SELECT kind, note, materials, status, at, by_id, by_name FROM proxy_ticket_steps
       WHERE proxy_id = ? ORDER BY n`,
    );
  }

  record(event: ProxyEvent): void {
    if (event.type === 'proxy.registered') {
      const p = event.proxy;
      this.insert.run({
        id: p.id,
        siteId: event.siteId,
        unitId: p.unitId,
        itemId: p.itemId,
        agentId: p.agentId,
        agentName: p.agentName,
        agentSiteId: p.agentSiteId,
        name: p.applicant.name,
        phone: p.applicant.phone,
        materials: JSON.stringify(p.materials),
        note: p.note,
        at: event.at,
        dueDay: p.dueDay,
        dueAt: p.dueAt,
        confirmed: p.calendarConfirmed ? 1 : 0,
      });
      return;
    }
    const before = this.row(event.proxyId);
    const merged = [...new Set([...JSON.parse(before?.materials ?? '[]'), ...event.materials])];
    this.update.run({
      id: event.proxyId,
      kind: event.kind,
      status: event.status,
      trips: event.trips,
      merged: JSON.stringify(merged),
      missing: JSON.stringify(event.kind === 'askMaterials' ? event.materials : []),
      at: event.at,
    });
    this.insertStep.run(
      event.proxyId,
      event.proxyId,
      event.kind,
      event.note,
      JSON.stringify(event.materials),
      event.status,
      event.at,
      event.actor.id,
      event.actor.name,
    );
  }

  row(id: string): Row | undefined {
    return this.byId.get(id) as Row | undefined;
  }

  /** The ticket as `reveal` allows: the record (applicant in clear) or masked. */
  view(row: Row, now: number, reveal: boolean): ProxyTicketView {
    const applicant = { name: row.applicant_name, phone: row.applicant_phone };
    return {
      id: row.id,
      siteId: row.site_id,
      unitId: row.unit_id,
      itemId: row.item_id,
      itemName: this.names.item(row.item_id),
      agentSiteId: row.agent_site_id,
      agentSiteName: this.names.site(row.agent_site_id),
      agent: { id: row.agent_id, name: row.agent_name },
      applicant: reveal ? applicant : maskApplicant(applicant),
      masked: !reveal,
      materials: JSON.parse(row.materials) as string[],
      missing: JSON.parse(row.missing) as string[],
      note: row.note,
      status: row.status,
      trips: row.trips,
      registeredAt: row.registered_at,
      dueDay: row.due_day,
      dueAt: row.due_at,
      overdue: isProxyOverdue({ status: row.status, dueAt: row.due_at }, now),
      calendarConfirmed: row.calendar_confirmed === 1,
      updatedAt: row.updated_at,
      ...(row.done_at !== null ? { doneAt: row.done_at } : {}),
      steps: (this.stepsOf.all(row.id) as StepRow[]).map((s) => ({
        kind: s.kind,
        note: s.note,
        materials: JSON.parse(s.materials) as string[],
        status: s.status,
        at: s.at,
        by: { id: s.by_id, name: s.by_name },
      })),
    };
  }

  /** A list, newest first, masked. */
  list(filter: ProxyFilter, now: number): ProxyTicketView[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if ('agentId' in filter) {
      where.push('agent_id = ?');
      args.push(filter.agentId);
    } else {
      where.push('site_id = ?');
      args.push(filter.siteId);
      if (filter.unitIds) {
        where.push(`unit_id IN (${filter.unitIds.map(() => '?').join(', ') || 'NULL'})`);
        args.push(...filter.unitIds);
      }
    }
    if (filter.status === 'open') where.push(`status <> 'done'`);
    if (filter.status === 'done') where.push(`status = 'done'`);
    const rows = this.db
      .prepare(
        `SELECT * FROM proxy_tickets WHERE ${where.join(' AND ')}
         ORDER BY registered_at DESC LIMIT ${LIST_LIMIT}`,
      )
      .all(...args) as Row[];
    return rows.map((r) => this.view(r, now, false));
  }
}

/** The site's open 代办 past their promised date (core S11): the partial index's range. */
export function proxyDueReader(db: Database.Database) {
  const rows = db.prepare(`SELECT id, unit_id, item_id, due_day, due_at FROM proxy_tickets
    WHERE site_id = ? AND status <> 'done' AND due_at < ?`);
  return (siteId: string, now: number): ProxyDue[] =>
    (
      rows.all(siteId, now) as {
        id: string;
        unit_id: string;
        item_id: string;
        due_day: string;
        due_at: number;
      }[]
    ).map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      itemId: r.item_id,
      dueDay: r.due_day,
      dueAt: r.due_at,
    }));
}

/** Each handling site's open 代办, and how many of them are past their promised date. */
export function proxyCounts(db: Database.Database) {
  const rows = db.prepare(`SELECT site_id, COUNT(*) AS open,
      SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) AS overdue
    FROM proxy_tickets WHERE status <> 'done' GROUP BY site_id`);
  return (now: number): Map<string, { open: number; overdue: number }> =>
    new Map(
      (rows.all(now) as { site_id: string; open: number; overdue: number }[]).map((r) => [
        r.site_id,
        { open: r.open, overdue: r.overdue },
      ]),
    );
}
