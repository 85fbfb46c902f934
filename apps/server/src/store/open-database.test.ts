import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from './open-database';
import { SCHEMA_VERSION } from './migrations';
import { DAY_FIGURES_SQL } from './sqlite-day-figures';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { countRows } from '../../test/db-digest';

describe('the database', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hallq-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is durable: WAL with synchronous=FULL, migrated to the current schema', () => {
    const db = openDatabase(path.join(dir, 'hallq.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });

  it("reads a clerk's day as one row by primary key, never by scanning tickets", () => {
    const db = openDatabase(path.join(dir, 'hallq.sqlite'));
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${DAY_FIGURES_SQL}`)
        .all('clerk', 's1', '2026-11-23') as { detail: string }[];
      const details = plan.map((row) => row.detail).join('\n');
      expect(details).toMatch(
        /SEARCH day_figures USING PRIMARY KEY \(kind=\? AND id=\? AND business_day=\?\)/,
      );
      expect(details).not.toMatch(/SCAN|tickets/);
    } finally {
      db.close();
    }
  });

  it('keeps its epoch across reopenings (screens resync only when the database is replaced)', () => {
    const file = path.join(dir, 'hallq.sqlite');
    const read = () => {
      const db = openDatabase(file);
      const { value } = db.prepare(`SELECT value FROM meta WHERE key = 'epoch'`).get() as {
        value: string;
      };
      db.close();
      return value;
    };
    expect(read()).toBe(read());
  });

  it('refuses a database from a newer server', () => {
    const file = path.join(dir, 'hallq.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer than this server/);
  });
});

describe('the event log is append-only', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
    await hall.issue(hall.itemOf('yibao'));
  });
  afterAll(() => hall.close());

  it('UPDATE and DELETE on events raise, and the log is unchanged', () => {
    const db = hall.app.db;
    const before = db.prepare(`SELECT * FROM events ORDER BY site_id, seq`).all();
    expect(before.length).toBeGreaterThan(0);
    expect(() => db.prepare(`UPDATE events SET type = 'ticket.cancelled'`).run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare(`UPDATE events SET event = '{}' WHERE seq = 1`).run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare(`DELETE FROM events`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM events WHERE seq = 1`).run()).toThrow(/append-only/);
    expect(db.prepare(`SELECT * FROM events ORDER BY site_id, seq`).all()).toEqual(before);
  });

  it('a seq is never reused: inserting a duplicate (site, seq) fails', () => {
    const db = hall.app.db;
    const n = countRows(db, 'events');
    expect(() =>
      db
        .prepare(
          `INSERT INTO events (site_id, seq, type, at, v, event) VALUES ('district', 1, 'x', 0, 2, '{}')`,
        )
        .run(),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(countRows(db, 'events')).toBe(n);
  });
});
