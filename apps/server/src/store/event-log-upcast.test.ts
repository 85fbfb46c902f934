/**
 * The event-log versioning rule (store/README.md): a database written by a
 * server whose log held version-1 rows (domain event + frozen wire form)
 * opens on this server, and every old row reads back as a current event the
 * wire builder can send — with the ticket's facts the old wire named.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetCatalog } from '../demo/dataset';
import { toWire } from '../domain/wire';
import { migrate } from './migrations';
import { openDatabase } from './open-database';
import { SqliteHallStore } from './sqlite-hall-store';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const AT = Date.UTC(2026, 10, 23, 2, 0);

describe('event log versions', () => {
  it('upcasts version-1 rows: notices become events, ticket events gain their facts', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hallq-upcast-'));
    const file = path.join(dir, 'hallq.sqlite');
    const old = new Database(file);
    migrate(old, 3);
    old
      .prepare(
        `INSERT INTO tickets (id, site_id, issued_unit_id, unit_id, item_id, number, serial,
         business_day, priority, status, issued_at, queue_order) VALUES
         ('t1', 'district', 'yibao', 'yibao', 'yb-1', 'A001', 1, '2026-11-23', 'priority', 'called', ?, 1)`,
      )
      .run(AT);
    const insert = old.prepare(
      `INSERT INTO events (site_id, seq, type, at, domain, wire) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const ref = { id: 't1', number: 'A001', unitId: 'yibao', itemId: 'yb-1', priority: 'priority' };
    insert.run(
      'district',
      1,
      'ticket.called',
      AT + 60_000,
      JSON.stringify({
        type: 'ticket.called',
        at: AT + 60_000,
        siteId: 'district',
        ticketId: 't1',
        number: 'A001',
        windowId: 'w5',
      }),
      JSON.stringify({ name: 'ticket.called', payload: { seq: 1, ticket: ref } }),
    );
    insert.run(
      'district',
      2,
      'notice.updated',
      AT + 120_000,
      null,
      JSON.stringify({
        name: 'notice.updated',
        payload: { seq: 2, siteId: 'district', at: AT + 120_000, notice: '午休' },
      }),
    );
    old.close();

    const db = openDatabase(file);
    try {
      const store = new SqliteHallStore(db);
      const [called, notice] = store.eventsSince('district', 0, 10);
      expect(called?.event).toMatchObject({
        type: 'ticket.called',
        ticketId: 't1',
        ticket: { ...ref, issuedAt: AT, transferCount: 0 },
      });
      expect(notice?.event).toEqual({
        type: 'notice.updated',
        siteId: 'district',
        at: AT + 120_000,
        notice: '午休',
      });
      // The current wire builder sends both.
      const catalog = datasetCatalog({ timeZone: 'Asia/Shanghai' });
      const wire = toWire(called!, catalog, () => undefined);
      expect(wire.name).toBe('ticket.called');
      expect(wire.payload).toMatchObject({ seq: 1, window: { id: 'w5', number: 5 } });
      expect(toWire(notice!, catalog, () => undefined).payload).toMatchObject({ notice: '午休' });
      // Old rows keep the version they were written with; the log stays append-only.
      const versions = db.prepare(`SELECT v FROM events ORDER BY seq`).all() as { v: number }[];
      expect(versions.map((r) => r.v)).toEqual([1, 1]);
      expect(() => db.prepare(`DELETE FROM events`).run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});
