/**
 * `pnpm hallq demo-history [--days 90]`: the demo hall's past, so that the
 * reports look alive on a first start. The working days of the last `days`
 * calendar days before today are filled with the simulated day's
 * population (demo/history.ts): tickets and their events in the log, then
 * the figure rows built from that log as the server projects it. Written
 * into the database itself, with no server running (like seed); a data
 * directory with no hall is seeded with the demo first. A hall that already
 * has a past is left alone.
 */
import path from 'node:path';
import { businessTime } from '@hallq/core';
import type { Config } from '../config';
import { generateHistory, loadCatalog } from '../demo/history';
import { isSeeded } from '../demo/seed';
import { openDatabase } from '../store/open-database';
import { districtHall } from '../routes/site-scope';
import { CliError } from './cli-error';
import { seed, type Values } from './commands';
import { lockForDirectWrite } from './target';

/** Visitors on an ordinary day (Mondays more, Fridays fewer; demo/history.ts). */
const PER_DAY = 1_400;
const MAX_DAYS = 400;
const DAY_MS = 86_400_000;

export function demoHistory(values: Values, config: Config, now: number): string {
  const days = Number(values.days ?? 90);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
    throw new CliError('usage', `--days must be a whole number from 1 to ${MAX_DAYS}`);
  const dataDir = config.HALLQ_DATA_DIR;
  const file = path.join(dataDir, 'hallq.sqlite');
  const what = 'demo-history writes the database itself: stop the server first';
  let seeded = '';
  {
    const lock = lockForDirectWrite(dataDir, what);
    const db = openDatabase(file);
    const has = isSeeded(db);
    db.close();
    lock.release();
    if (!has) seeded = `${seed({ demo: true }, config, now)}\n`;
  }
  const lock = lockForDirectWrite(dataDir, what);
  try {
    const db = openDatabase(file);
    try {
      const catalog = loadCatalog(db);
      const siteId = districtHall(catalog);
      const site = siteId === undefined ? undefined : catalog.sites[siteId];
      if (!site || !siteId)
        throw new CliError('usage', 'this data directory holds no district hall');
      const today = businessTime(now, site.timeZone).day;
      // A scan in insertion order (migration 16 took the tickets-by-day
      // index): a past's first ticket is among the first rows read.
      const past = db
        .prepare(`SELECT 1 FROM tickets WHERE site_id = ? AND business_day < ? LIMIT 1`)
        .get(siteId, today);
      if (past) throw new CliError('usage', 'this hall already has a past: demo-history adds none');
      let workingDays = 0;
      for (let d = 1; d <= days; d++) {
        const weekday = new Date(Date.parse(`${today}T00:00:00Z`) - d * DAY_MS).getUTCDay();
        if (weekday !== 0 && weekday !== 6) workingDays++;
      }
      const r = generateHistory(db, {
        tickets: workingDays * PER_DAY,
        ticketsPerDay: PER_DAY,
        beforeDay: today,
        days: 'simulated',
        siteId,
        seed: days,
      });
      db.close();
      // The next open builds the figure rows from the log.
      openDatabase(file).close();
      return `${seeded}${r.tickets} visitors on ${r.days} working days (${r.firstDay} … ${r.lastDay}) written to ${site.name}; reports at /supervisor/#reports`;
    } finally {
      if (db.open) db.close();
    }
  } finally {
    lock.release();
  }
}
