/**
 * Migrations 10–14: 好差评 (issue 14), the reports' figures (issue 13) and
 * 全程代办 (issue 15), then the indexes and rollups the reports read ratings by.
 */
export const RATINGS_REPORTS_PROXY: readonly string[] = [
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
];
