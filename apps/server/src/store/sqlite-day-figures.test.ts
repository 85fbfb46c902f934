/**
 * The day figures of a database that had history before migration 5 are
 * built from the log when it is opened (buildFiguresFromLog). The store
 * contract over random halls, run on a store whose figures are thrown away
 * and rebuilt from its log before they are read: the rebuilt rows must equal
 * the brute-force count, as the rows written event by event do.
 */
import { afterEach } from 'vitest';
import type Database from 'better-sqlite3';
import type { DayFigures, FigureKind } from './day-figures';
import { hallStorePropertyContract } from './hall-store-properties.contract';
import { openDatabase } from './open-database';
import { buildFiguresFromLog } from './day-figures-from-log';
import { SqliteHallStore } from './sqlite-hall-store';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A SQLite store that rebuilds its figures from the log at the first read after a write. */
class RebuiltFigures extends SqliteHallStore {
  private builtAt = -1;
  private rebuild(): void {
    const events = this.db.prepare(`SELECT count(*) FROM events`).pluck().get() as number;
    if (events === this.builtAt) return;
    this.db.exec(`DELETE FROM day_figures`);
    buildFiguresFromLog(this.db);
    this.builtAt = events;
  }
  override dayFigures(kind: FigureKind, id: string, day: string): DayFigures | undefined {
    this.rebuild();
    return super.dayFigures(kind, id, day);
  }
  override siteDayFigures(siteId: string, day: string): DayFigures[] {
    this.rebuild();
    return super.siteDayFigures(siteId, day);
  }
}

hallStorePropertyContract('SQLite, figures rebuilt from the log', () => {
  const db = openDatabase(':memory:');
  open.push(db);
  return new RebuiltFigures(db);
});
