/**
 * Migrations 2–5, the event log and the day's figures: the log's and the
 * tickets' first read indexes, the log storing each event as itself (event
 * version 2), and the day figures read model.
 */
export const LOG_AND_DAY_FIGURES: readonly string[] = [
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
];
