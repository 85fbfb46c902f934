/**
 * Migration 1, the first schema: the catalogue, the append-only event log,
 * the projections, staff, sessions and devices, idempotent replies.
 */
export const INITIAL_SCHEMA: readonly string[] = [
  // 1: catalogue, append-only event log, projections, security, idempotency.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE catalog (
    kind TEXT NOT NULL CHECK (kind IN ('site','unit','item','window')),
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (kind, id)
  );

  CREATE TABLE events (
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at INTEGER NOT NULL,
    domain TEXT,
    wire TEXT NOT NULL,
    PRIMARY KEY (site_id, seq)
  ) WITHOUT ROWID;
  CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

  CREATE TABLE site_state (
    site_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    business_day TEXT,
    order_counter INTEGER NOT NULL
  );

  CREATE TABLE serials (
    site_id TEXT NOT NULL, unit_id TEXT NOT NULL, business_day TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (site_id, unit_id, business_day)
  ) WITHOUT ROWID;

  CREATE TABLE item_issued (
    item_id TEXT NOT NULL, business_day TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (item_id, business_day)
  ) WITHOUT ROWID;

  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    issued_unit_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    number TEXT NOT NULL,
    serial INTEGER NOT NULL,
    business_day TEXT NOT NULL,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    called_at INTEGER, started_at INTEGER, finished_at INTEGER,
    window_id TEXT, served_by TEXT,
    recall_count INTEGER NOT NULL DEFAULT 0,
    transfer_count INTEGER NOT NULL DEFAULT 0,
    queue_order INTEGER NOT NULL,
    front INTEGER NOT NULL DEFAULT 0,
    target_window_id TEXT,
    device_id TEXT,
    UNIQUE (site_id, issued_unit_id, business_day, serial)
  );
  CREATE INDEX tickets_active ON tickets (site_id, status) WHERE status IN ('waiting','called','serving');
  CREATE INDEX tickets_day ON tickets (site_id, business_day);
  CREATE INDEX tickets_finished ON tickets (unit_id, finished_at) WHERE status = 'done';

  CREATE TABLE window_state (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    staff_id TEXT,
    pause_reason TEXT,
    current_ticket_id TEXT,
    priority_streak INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    staff_no TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin','supervisor','clerk')),
    site_id TEXT NOT NULL,
    window_ids TEXT NOT NULL DEFAULT '[]',
    password_hash TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL,
    window_id TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
  );

  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('kiosk','caller','display')),
    site_id TEXT NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    printer_url TEXT,
    window_id TEXT,
    zone TEXT,
    demo INTEGER NOT NULL DEFAULT 0,
    revoked_at INTEGER,
    last_seen_at INTEGER,
    printer_status TEXT,
    voice_source TEXT,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE device_faults (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    ticket_id TEXT,
    at INTEGER NOT NULL
  );

  CREATE TABLE idempotency (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  ) WITHOUT ROWID;

  CREATE TABLE notices (site_id TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at INTEGER NOT NULL);
  `,
];
