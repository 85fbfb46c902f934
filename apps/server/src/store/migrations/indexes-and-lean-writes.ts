/**
 * Migrations 15–19: an index of the open alerts, then fewer pages written per
 * command: the tables, indexes and column no read needs go, and each logged
 * event carries the hall's order counter.
 */
export const INDEXES_AND_LEAN_WRITES: readonly string[] = [
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
