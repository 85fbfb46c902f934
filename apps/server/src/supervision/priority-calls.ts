/**
 * Each clerk's 选号 calls of priority tickets beyond the priority ratio in
 * the site's business day (core S7), from the `beyondRatio` mark the core
 * puts on such a ticket.called event. Read from the log by its key (site,
 * seq), only the events logged since the last read; a
 * day.closed starts the counts again. The first read of a site starts at its
 * last day.closed, so a restart counts the day's calls again and nothing
 * before the day is read.
 */
import type Database from 'better-sqlite3';

/**
 * The reads, by the log's key and type index (`type <> 'ticket.issued'` is
 * that partial index's own condition; store/lean-writes.test.ts checks
 * the plans).
 */
export const PRIORITY_CALLS_SQL = {
  lastClose: `SELECT MAX(seq) AS seq FROM events WHERE site_id = ? AND type = 'day.closed'
    AND type <> 'ticket.issued'`,
  since: `SELECT seq, type, json_extract(event, '$.beyondRatio') AS beyond,
      json_extract(event, '$.staffId') AS staff_id
    FROM events WHERE site_id = ? AND type IN ('ticket.called', 'day.closed') AND seq > ?
      AND type <> 'ticket.issued'
    ORDER BY seq`,
};

interface CallRow {
  seq: number;
  type: string;
  beyond: number | null;
  staff_id: string | null;
}

export class PriorityCalls {
  private readonly lastClose;
  private readonly since;
  /** Per site: the last seq read and the day's counts by clerk. */
  private readonly sites = new Map<string, { seq: number; byStaff: Map<string, number> }>();

  constructor(db: Database.Database) {
    this.lastClose = db.prepare(PRIORITY_CALLS_SQL.lastClose);
    this.since = db.prepare(PRIORITY_CALLS_SQL.since);
  }

  /** The site's counts of its current day, by staff id (clerks with none are left out). */
  of(siteId: string): ReadonlyMap<string, number> {
    let site = this.sites.get(siteId);
    if (!site) {
      const seq = (this.lastClose.get(siteId) as { seq: number | null }).seq ?? 0;
      site = { seq, byStaff: new Map() };
      this.sites.set(siteId, site);
    }
    for (const r of this.since.iterate(siteId, site.seq) as Iterable<CallRow>) {
      site.seq = r.seq;
      if (r.type === 'day.closed') site.byStaff = new Map();
      else if (r.beyond === 1 && r.staff_id !== null)
        site.byStaff.set(r.staff_id, (site.byStaff.get(r.staff_id) ?? 0) + 1);
    }
    return site.byStaff;
  }
}
