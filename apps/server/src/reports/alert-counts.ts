/**
 * The alerts of each day in the figure rows (migration 11): a report's
 * alertsYellow counts the alerts that stayed yellow, alertsRed those that
 * turned red (or opened red). Counted on the day and local hour an alert
 * opened, on its clerk's, window's and unit's day rows and on its site's
 * hour row. Kept from the alert events in their own transaction (an admin
 * reader of the hall service, as the alerts table is): an opening adds one
 * at its level; turning red moves it from yellow to red.
 */
import type Database from 'better-sqlite3';
import { businessTime } from '@hallq/core';
import type { FigureKind } from '../store/day-figures';
import { EMPTY_HISTOGRAM } from '../store/histogram-sql';
import type { AlertEvent } from '../supervision/alert-events';
import { siteZones } from './hour-figures';

interface AlertSubject {
  site_id: string;
  window_id: string | null;
  unit_id: string | null;
  staff_id: string | null;
  opened_at: number;
}

export function alertCounter(db: Database.Database) {
  const zoneOf = siteZones(db);
  const dayRow = db.prepare(`INSERT INTO day_figures (kind, id, business_day, site_id,
     alerts_yellow, alerts_red, wait_hist, service_hist) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET alerts_yellow = alerts_yellow + excluded.alerts_yellow,
     alerts_red = alerts_red + excluded.alerts_red`);
  const hourRow = db.prepare(`INSERT INTO hour_figures (site_id, business_day, hour,
     alerts_yellow, alerts_red, wait_hist, service_hist) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET alerts_yellow = alerts_yellow + excluded.alerts_yellow,
     alerts_red = alerts_red + excluded.alerts_red`);
  const subjectOf = db.prepare(`SELECT site_id, window_id, unit_id, staff_id, opened_at
     FROM alerts WHERE id = ?`);

  /** Adds (yellow, red) to the rows of the alert's opening day. */
  const add = (a: AlertSubject, yellow: number, red: number): void => {
    const time = businessTime(a.opened_at, zoneOf(a.site_id));
    const rows: [FigureKind, string | null][] = [
      ['clerk', a.staff_id],
      ['window', a.window_id],
      ['unit', a.unit_id],
    ];
    for (const [kind, id] of rows) {
      if (id !== null)
        dayRow.run(kind, id, time.day, a.site_id, yellow, red, EMPTY_HISTOGRAM, EMPTY_HISTOGRAM);
    }
    const hour = Math.floor(time.minutes / 60);
    hourRow.run(a.site_id, time.day, hour, yellow, red, EMPTY_HISTOGRAM, EMPTY_HISTOGRAM);
  };

  return {
    add,
    /** Follows one alert event (inside its transaction, the alerts table's row may be before or after it). */
    apply(e: AlertEvent): void {
      if (e.type === 'alert.opened') {
        const a = e.alert;
        const red = a.level === 'red' ? 1 : 0;
        add(
          {
            site_id: e.siteId,
            window_id: a.windowId ?? null,
            unit_id: a.unitId ?? null,
            staff_id: a.staffId ?? null,
            opened_at: e.at,
          },
          1 - red,
          red,
        );
        return;
      }
      if (e.type === 'alert.escalated' && e.to === 'red') {
        const a = subjectOf.get(e.alertId) as AlertSubject | undefined;
        if (a) add(a, -1, 1);
      }
    },
  };
}

/** The alert counts of the rows, from the alerts table (a rebuild of the figures). */
export function alertCountsFromTable(db: Database.Database): void {
  const { add } = alertCounter(db);
  const all = db
    .prepare(`SELECT site_id, window_id, unit_id, staff_id, opened_at, level FROM alerts`)
    .all() as (AlertSubject & { level: 'yellow' | 'red' })[];
  for (const a of all) add(a, a.level === 'yellow' ? 1 : 0, a.level === 'red' ? 1 : 0);
}
