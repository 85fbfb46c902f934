/**
 * The open alerts are read by their own partial index (migration 15), not
 * by passing every alert the site ever had: the supervisor board lists them
 * on each read and the engine loads them per site, while a busy hall's
 * closed alerts grow by tens of thousands a quarter.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../store/migrations';
import { ALERT_TABLE_SQL, AlertTable } from './alert-table';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db);
});
afterEach(() => db.close());

const plan = (sql: string, args: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

describe('the open alerts', () => {
  it('the board and the engine read them by the index of open alerts', () => {
    expect(plan(ALERT_TABLE_SQL.open, ['district'])).toMatch(/USING INDEX alerts_open\b/);
    for (const siteIds of [['district'], ['district', 'xinjie']]) {
      const sql = ALERT_TABLE_SQL.list({ siteIds, status: 'open' });
      expect(plan(sql, [...siteIds, 1000]), sql).toMatch(/USING INDEX alerts_open\b/);
    }
  });

  it('list the open ones only, newest first, among thousands closed', () => {
    const table = new AlertTable(db);
    const facts = (n: number) => ({
      id: `a${n}`,
      key: `long-wait:t${n}:0`,
      rule: 'long-wait' as const,
      level: 'yellow' as const,
      ticketId: `t${n}`,
      detail: { waitMinutes: 30, limitMinutes: 30 },
    });
    for (let n = 0; n < 3_000; n++) {
      table.apply({ type: 'alert.opened', siteId: 'district', at: n * 1_000, alert: facts(n) });
      if (n % 1_000 !== 999)
        table.apply({
          type: 'alert.closed',
          siteId: 'district',
          at: n * 1_000 + 500,
          alertId: `a${n}`,
          reason: 'visitor-called',
        });
    }
    expect(table.open('district').map((a) => a.id)).toEqual(['a999', 'a1999', 'a2999']);
    expect(
      table.list({ siteIds: ['district'], status: 'open', limit: 2 }).map((a) => a.id),
    ).toEqual(['a2999', 'a1999']);
    expect(table.list({ siteIds: ['district'], status: 'all', limit: 3 }).map((a) => a.id)).toEqual(
      ['a2999', 'a2998', 'a2997'],
    );
  });
});
