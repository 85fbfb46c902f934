/**
 * Migrations 6–9: the audit log, a transferred ticket's origin, a paused
 * window's expected return, and the alerts of 电子监察 (issue 13).
 */
export const AUDIT_TRANSFERS_ALERTS: readonly string[] = [
  // 6: the audit log (审计日志): one row per admin change, written by the
  // audit read model (domain/audit-log.ts) in the change's own transaction,
  // from the admin event itself. Append-only, like the log it mirrors.
  `
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after TEXT
  );
  CREATE INDEX audit_by_site ON audit (site_id, at);
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
  // 7: a transferred ticket keeps where it came from and why (core Q16), for
  // the receiving window; tickets transferred before it get theirs from the log.
  `
  ALTER TABLE tickets ADD COLUMN transferred_from TEXT;
  ALTER TABLE tickets ADD COLUMN transfer_note TEXT;
  UPDATE tickets SET transferred_from = (
    SELECT json_extract(e.event, '$.fromWindowId') FROM events e
    WHERE e.site_id = tickets.site_id AND e.type = 'ticket.transferred'
      AND json_extract(e.event, '$.ticketId') = tickets.id
    ORDER BY e.seq DESC LIMIT 1)
  WHERE transfer_count > 0;
  `,
  // 8: a paused window keeps its expected return (暂停服务，预计 14:30 恢复).
  `
  ALTER TABLE window_state ADD COLUMN pause_until TEXT;
  `,
  // 9: 电子监察 (issue 13). The alerts read model (supervision/alert-table.ts),
  // written from the alert events in their own transaction: at most one open
  // alert per site and cause key. Each clerk's (window's…) 选号 calls of the
  // day join the day figures; days before this migration count none.
  `
  CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    key TEXT NOT NULL,
    rule TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('yellow','red')),
    window_id TEXT,
    ticket_id TEXT,
    unit_id TEXT,
    staff_id TEXT,
    device_id TEXT,
    detail TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    red_at INTEGER,
    escalated_at INTEGER,
    acknowledged_at INTEGER,
    acknowledged_by TEXT,
    acknowledged_by_name TEXT,
    note TEXT,
    closed_at INTEGER,
    close_reason TEXT
  );
  CREATE UNIQUE INDEX alerts_open_key ON alerts (site_id, key) WHERE closed_at IS NULL;
  CREATE INDEX alerts_by_site ON alerts (site_id, opened_at);
  ALTER TABLE day_figures ADD COLUMN out_of_order INTEGER NOT NULL DEFAULT 0;
  `,
];
