/**
 * Versioned schema migrations, applied in order inside one transaction each.
 * `PRAGMA user_version` records the last one applied. Never edit a released
 * migration: add a new one.
 */
import type Database from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
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
  // 2: the boot query for the recent calls looks up a site's last day close;
  // without this index it scanned the whole log (a year is 1.5 million events).
  `
  CREATE INDEX events_by_type ON events (site_id, type, seq);
  `,
  // 3: a clerk's figures for the day (GET /windows/:id/stats, fetched by every
  // caller after each of its events) scanned every done ticket of the year:
  // about half a second on 500,000 tickets. This index makes it a range read
  // of that clerk's tickets of that day.
  `
  CREATE INDEX tickets_served ON tickets (served_by, business_day) WHERE status = 'done';
  `,
  // 4: the log stores each event once, as itself (event version 2); the wire
  // form is no longer stored but built when sent or replayed. Version-1 rows
  // are upcast here: a notice row (no domain event) becomes a notice.updated
  // event, and ticket events gain the ticket's facts, taken from the v1 wire
  // (number, unit, item, priority as it named them) and the tickets table
  // (issue time); their transfer count is unknown and set to 0, their clerk
  // is left out. `v` keeps the version each row was written with.
  `
  CREATE TABLE events_v2 (
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at INTEGER NOT NULL,
    v INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (site_id, seq)
  ) WITHOUT ROWID;
  INSERT INTO events_v2 (site_id, seq, type, at, v, event)
    SELECT site_id, seq, type, at, 1,
      CASE
        WHEN domain IS NULL THEN json_object('type', type, 'siteId', site_id, 'at', at,
          'notice', json_extract(wire, '$.payload.notice'))
        WHEN json_extract(domain, '$.ticketId') IS NOT NULL THEN json_set(domain, '$.ticket',
          json_object(
            'id', json_extract(domain, '$.ticketId'),
            'number', json_extract(wire, '$.payload.ticket.number'),
            'unitId', json_extract(wire, '$.payload.ticket.unitId'),
            'itemId', json_extract(wire, '$.payload.ticket.itemId'),
            'priority', json_extract(wire, '$.payload.ticket.priority'),
            'issuedAt', COALESCE(
              (SELECT issued_at FROM tickets WHERE id = json_extract(domain, '$.ticketId')), at),
            'transferCount', 0))
        ELSE domain
      END
    FROM events;
  DROP TABLE events;
  ALTER TABLE events_v2 RENAME TO events;
  CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE INDEX events_by_type ON events (site_id, type, seq);
  `,
  // 5: each business day's figures per clerk, window, unit and item (the read
  // model of store/day-figures.ts, written by the projector from the events),
  // so a clerk's panel is one primary-key read and a report merges daily rows
  // instead of scanning tickets. Histograms are JSON arrays of 122 one-minute
  // buckets. A database migrated here with history builds its rows from the
  // log once, when it is next opened (the meta key below; open-database.ts).
  `
  CREATE TABLE day_figures (
    kind TEXT NOT NULL CHECK (kind IN ('clerk','window','unit','item')),
    id TEXT NOT NULL,
    business_day TEXT NOT NULL,
    site_id TEXT NOT NULL,
    issued INTEGER NOT NULL DEFAULT 0,
    called INTEGER NOT NULL DEFAULT 0,
    recalled INTEGER NOT NULL DEFAULT 0,
    served INTEGER NOT NULL DEFAULT 0,
    no_show INTEGER NOT NULL DEFAULT 0,
    transferred_out INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0,
    expired INTEGER NOT NULL DEFAULT 0,
    wait_sum_ms INTEGER NOT NULL DEFAULT 0,
    wait_count INTEGER NOT NULL DEFAULT 0,
    wait_hist TEXT NOT NULL,
    service_sum_ms INTEGER NOT NULL DEFAULT 0,
    service_count INTEGER NOT NULL DEFAULT 0,
    service_hist TEXT NOT NULL,
    PRIMARY KEY (kind, id, business_day)
  ) WITHOUT ROWID;
  CREATE INDEX day_figures_site ON day_figures (site_id, business_day);
  INSERT INTO meta (key, value) SELECT 'day_figures_from_log', '1' WHERE EXISTS (SELECT 1 FROM events);
  `,
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
  // 10: 好差评 (issue 14). A rating pad (kind 'rater', bound to a window by
  // window_id) joins the device kinds: SQLite cannot alter a CHECK, so the
  // devices table is rebuilt with its rows (nothing references it). The
  // ratings, their rectification cases and the cases' steps are the read
  // model of the rating events (rating/rating-table.ts), written in each
  // event's own transaction; one rating row per ticket (一次一评), an
  // unrated ticket as a row without a level. The outbox queues each rating
  // for the provincial platform; calendar_years holds the years an admin
  // entered (they replace the shipped ones).
  `
  CREATE TABLE devices_v10 (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('kiosk','caller','display','rater')),
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
  INSERT INTO devices_v10 (id, kind, site_id, name, token_hash, printer_url, window_id, zone,
      demo, revoked_at, last_seen_at, printer_status, voice_source, created_at)
    SELECT id, kind, site_id, name, token_hash, printer_url, window_id, zone,
      demo, revoked_at, last_seen_at, printer_status, voice_source, created_at FROM devices;
  DROP TABLE devices;
  ALTER TABLE devices_v10 RENAME TO devices;

  CREATE TABLE ratings (
    id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL UNIQUE,
    ticket_number TEXT NOT NULL,
    site_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    window_id TEXT NOT NULL,
    staff_id TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('rated','defaulted','unrated')),
    channel TEXT CHECK (channel IN ('pad','phone')),
    level INTEGER CHECK (level BETWEEN 1 AND 5),
    tags TEXT NOT NULL DEFAULT '[]',
    comment TEXT,
    device_id TEXT,
    at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    void INTEGER NOT NULL DEFAULT 0,
    CHECK ((outcome = 'unrated') = (level IS NULL))
  );
  CREATE INDEX ratings_by_site ON ratings (site_id, at);
  -- The sweeps of tickets whose rating windows closed read finished tickets by time.
  CREATE INDEX tickets_done_at ON tickets (finished_at) WHERE status = 'done';

  CREATE TABLE rating_cases (
    id TEXT PRIMARY KEY,
    rating_id TEXT NOT NULL UNIQUE,
    ticket_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    window_id TEXT NOT NULL,
    staff_id TEXT,
    level INTEGER NOT NULL,
    tags TEXT NOT NULL,
    status TEXT NOT NULL
      CHECK (status IN ('open','followedUp','rectified','appealed','closed','voided')),
    resume_status TEXT,
    opened_at INTEGER NOT NULL,
    follow_up_due_day TEXT NOT NULL,
    follow_up_due_at INTEGER NOT NULL,
    rectify_due_day TEXT NOT NULL,
    rectify_due_at INTEGER NOT NULL,
    calendar_confirmed INTEGER NOT NULL,
    closed_at INTEGER,
    visitor_level INTEGER CHECK (visitor_level BETWEEN 1 AND 5),
    visitor_at INTEGER
  );
  CREATE INDEX rating_cases_by_site ON rating_cases (site_id, status, opened_at);

  CREATE TABLE rating_case_steps (
    case_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    outcome TEXT,
    at INTEGER NOT NULL,
    late INTEGER NOT NULL,
    by_id TEXT NOT NULL,
    by_name TEXT NOT NULL,
    PRIMARY KEY (case_id, n)
  ) WITHOUT ROWID;

  CREATE TABLE rating_outbox (
    rating_id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at INTEGER NOT NULL,
    delivered_at INTEGER,
    last_error TEXT
  );
  CREATE INDEX rating_outbox_due ON rating_outbox (next_at) WHERE delivered_at IS NULL;

  CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY,
    holidays TEXT NOT NULL,
    workdays TEXT NOT NULL,
    source TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  // 11: reports (issue 13; reports/README.md). Each day row keeps its longest
  // wait and its alerts (yellow: ones that stayed yellow; red: ones that
  // turned red), and a site's day is also kept per local hour (hour_figures),
  // for by=day, by=hour and the weekday × hour heat map. An index reads one
  // kind of a site's days. The day rows are rebuilt from the log once (as
  // migration 5 built them, with the alert counts from the alerts table) so
  // that past days have their maxima, hours and alerts.
  `
  ALTER TABLE day_figures ADD COLUMN wait_max_ms INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE day_figures ADD COLUMN alerts_yellow INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE day_figures ADD COLUMN alerts_red INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX day_figures_report ON day_figures (site_id, kind, business_day);
  CREATE TABLE hour_figures (
    site_id TEXT NOT NULL,
    business_day TEXT NOT NULL,
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    issued INTEGER NOT NULL DEFAULT 0,
    called INTEGER NOT NULL DEFAULT 0,
    recalled INTEGER NOT NULL DEFAULT 0,
    served INTEGER NOT NULL DEFAULT 0,
    no_show INTEGER NOT NULL DEFAULT 0,
    transferred_out INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0,
    expired INTEGER NOT NULL DEFAULT 0,
    out_of_order INTEGER NOT NULL DEFAULT 0,
    wait_sum_ms INTEGER NOT NULL DEFAULT 0,
    wait_count INTEGER NOT NULL DEFAULT 0,
    wait_max_ms INTEGER NOT NULL DEFAULT 0,
    wait_hist TEXT NOT NULL,
    service_sum_ms INTEGER NOT NULL DEFAULT 0,
    service_count INTEGER NOT NULL DEFAULT 0,
    service_hist TEXT NOT NULL,
    alerts_yellow INTEGER NOT NULL DEFAULT 0,
    alerts_red INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, business_day, hour)
  ) WITHOUT ROWID;
  DELETE FROM day_figures;
  INSERT OR REPLACE INTO meta (key, value)
    SELECT 'day_figures_from_log', '1' WHERE EXISTS (SELECT 1 FROM events);
  `,
  // 12: 全程代办 (issue 15). A village room's agent (代办员) joins the staff
  // roles: SQLite cannot alter a CHECK, so the staff table is rebuilt with
  // its rows (nothing references it). The proxy tickets (代办件) and their
  // steps are the read model of the proxy events (proxy/proxy-table.ts),
  // written in each event's own transaction; the applicant's name and phone
  // are kept here only (core Q30).
  `
  CREATE TABLE staff_proxy (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    staff_no TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin','supervisor','clerk','agent')),
    site_id TEXT NOT NULL,
    window_ids TEXT NOT NULL DEFAULT '[]',
    password_hash TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
  );
  INSERT INTO staff_proxy (id, username, name, staff_no, role, site_id, window_ids,
      password_hash, demo, active, created_at)
    SELECT id, username, name, staff_no, role, site_id, window_ids,
      password_hash, demo, active, created_at FROM staff;
  DROP TABLE staff;
  ALTER TABLE staff_proxy RENAME TO staff;

  CREATE TABLE proxy_tickets (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    agent_name TEXT NOT NULL,
    agent_site_id TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    applicant_phone TEXT NOT NULL,
    materials TEXT NOT NULL,
    missing TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL,
    status TEXT NOT NULL,
    trips INTEGER NOT NULL,
    registered_at INTEGER NOT NULL,
    due_day TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    calendar_confirmed INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    done_at INTEGER
  );
  CREATE INDEX proxy_tickets_by_site ON proxy_tickets (site_id, status, registered_at);
  CREATE INDEX proxy_tickets_by_agent ON proxy_tickets (agent_id, registered_at);
  CREATE INDEX proxy_tickets_open ON proxy_tickets (site_id, due_at) WHERE status <> 'done';

  CREATE TABLE proxy_ticket_steps (
    proxy_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    materials TEXT NOT NULL,
    status TEXT NOT NULL,
    at INTEGER NOT NULL,
    by_id TEXT NOT NULL,
    by_name TEXT NOT NULL,
    PRIMARY KEY (proxy_id, n)
  ) WITHOUT ROWID;
  `,
  // 13: a report's 好差评 figures (GET /reports) read the ratings of the
  // tickets finished in its range by site and 办结 time.
  `
  CREATE INDEX ratings_by_finished ON ratings (site_id, finished_at);
  `,
  // 14: 好差评 by the day of the 办结, per site (and hour), unit, window,
  // clerk and item, kept by the rating events (rating/rating-rollup.ts):
  // what a report reads instead of every rating. Built from the ratings on
  // the next open where there are some.
  `
  CREATE TABLE rating_figures (
    site_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('site','unit','window','clerk','item')),
    id TEXT NOT NULL,
    business_day TEXT NOT NULL,
    hour INTEGER NOT NULL,
    level INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    void INTEGER NOT NULL,
    case_status TEXT NOT NULL,
    late INTEGER NOT NULL,
    quick INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (site_id, kind, business_day, id, hour, level, outcome, void, case_status, late,
      quick)
  ) WITHOUT ROWID;
  -- The same ratings by the day they were given, per clerk and unit: what
  -- 绩效考评 counts toward its 满意率 bonus (core P6).
  CREATE TABLE rating_given_figures (
    site_id TEXT NOT NULL,
    business_day TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    void INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (site_id, business_day, staff_id, unit_id, level, void)
  ) WITHOUT ROWID;
  -- Scores list each 差评 (a deduction, core P4): a few in fifty ratings.
  CREATE INDEX ratings_bad ON ratings (site_id, at) WHERE level <= 2;
  INSERT INTO meta (key, value) SELECT 'rating_figures_from_ratings', '1'
    WHERE EXISTS (SELECT 1 FROM ratings);
  `,
  // 15: the open alerts, which the supervisor board lists on each read and
  // the supervision engine loads per site at start, by an index of their
  // own: through alerts_by_site each read passed every alert the site ever
  // had (28–38 ms with a year's 90,000).
  `
  CREATE INDEX alerts_open ON alerts (site_id, opened_at, id) WHERE closed_at IS NULL;
  `,
  // 16: fewer pages written per issued ticket (13.3 → about 10; each page is
  // two writes to the WAL in the command's commit):
  // - a day's last serial per unit is the tickets' own (site, unit, day,
  //   serial) key, read at boot; the serials table and the item_issued
  //   table (no longer read: quotas count from day_figures) go;
  // - the log's type index leaves out ticket.issued, which no read by type
  //   asks for (each such read says `type <> 'ticket.issued'` to use it);
  // - tickets by day are only read for the day's 过号 at boot.
  `
  DROP TABLE serials;
  DROP TABLE item_issued;
  DROP INDEX events_by_type;
  CREATE INDEX events_by_type ON events (site_id, type, seq) WHERE type <> 'ticket.issued';
  DROP INDEX tickets_day;
  CREATE INDEX tickets_no_show ON tickets (site_id, business_day) WHERE status = 'noShow';
  `,
  // 17: each logged event carries the hall's order counter after it, so a
  // stream's row in site_state is written only when its business day
  // changes (or the stream is new): a stream's seq and the counter are read
  // at boot from its last event. One page less per command.
  `
  ALTER TABLE events ADD COLUMN order_counter INTEGER;
  `,
  // 18: two indexes no read needs, each written as tickets move:
  // - tickets_active (site, status) of the waiting, called and serving: an
  //   entry put in at issue and moved at call, start and 办结. Boot, its only
  //   reader, finds the active tickets among each site's tickets of its
  //   business day by the tickets' own (site, unit, day, serial) key: a
  //   ticket still active belongs to its site's current day (core Q2 ends the
  //   others when the day closes).
  // - tickets_served (clerk, day) of the done: no read asks by clerk since
  //   the clerks' figures are day_figures rows (migration 5).
  `
  DROP INDEX tickets_active;
  DROP INDEX tickets_served;
  `,
  // 19: a window's current ticket is not stored with the window: boot takes
  // it from the active tickets (the called or serving ticket held there,
  // core Q12), so 办结, 过号, a cancel at the window and a transfer no longer
  // write the window's row.
  `
  ALTER TABLE window_state DROP COLUMN current_ticket_id;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies the migrations not yet applied, up to `upTo` (tests stop early to build an old database). */
export function migrate(db: Database.Database, upTo = MIGRATIONS.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema ${current} is newer than this server (${MIGRATIONS.length}); upgrade the server`,
    );
  }
  for (let v = current; v < upTo; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return upTo;
}
