/**
 * Migrations 16–18 write fewer pages per command: no serials row, no
 * entry of ticket.issued in the log's type index, no tickets-by-day entry,
 * a stream's site_state row only when its business day changes, no
 * index of active tickets or of the done by clerk (18), and no current
 * ticket in the window's row (19). The
 * reads those served still go by an index, never through the site's whole
 * log or all its tickets, and an issued ticket is in none of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PRIORITY_CALLS_SQL } from '../supervision/priority-calls';
import { WINDOW_ACTIVITY_SQL } from '../supervision/window-activity';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { RECENT_CALLS_SQL } from './sqlite-hall-store';
import { BOOT_SQL } from './sqlite-load-state';
import { newTicketId } from '../domain/ticket-id';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

const planOf = (h: TestHall, sql: string, args: unknown[]) =>
  (h.app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

/** What was logged since a seq (the day's close, the last read): by type, or by the log's own key. */
const SINCE = /events_by_type|USING PRIMARY KEY \(site_id=\? AND seq>\?\)/;

describe('the log and tickets after migrations 16 and 17', () => {
  it('reads events by type through events_by_type, and tickets of a day through their keys', async () => {
    hall = await startTestHall();
    const types = WINDOW_ACTIVITY_SQL.types;
    const cases: [string, unknown[], RegExp][] = [
      [PRIORITY_CALLS_SQL.lastClose, ['district'], /events_by_type/],
      [PRIORITY_CALLS_SQL.since, ['district', 0], SINCE],
      [WINDOW_ACTIVITY_SQL.lastClose, ['district'], /events_by_type/],
      [WINDOW_ACTIVITY_SQL.since, ['district', ...types, 0], SINCE],
      [RECENT_CALLS_SQL, ['district', 'district', 8], /SUBQUERY[\s\S]*events_by_type/],
      [
        BOOT_SQL.lastSerial,
        ['district', 'yibao', '2026-11-23'],
        /SEARCH tickets USING COVERING INDEX sqlite_autoindex_tickets_2/,
      ],
      [BOOT_SQL.noShows, ['district', '2026-11-23'], /SEARCH tickets USING INDEX tickets_no_show/],
      [
        BOOT_SQL.active,
        ['district', 'yibao', '2026-11-23'],
        /SEARCH tickets USING INDEX sqlite_autoindex_tickets_2/,
      ],
    ];
    for (const [sql, args, uses] of cases) {
      const plan = planOf(hall, sql, args);
      expect(plan, sql).toMatch(uses);
      expect(plan, sql).not.toMatch(/^SCAN (events|tickets)\b/m);
    }
  });

  it('keeps an issued ticket out of the type index, and a 过号 in the day’s', async () => {
    hall = await startTestHall();
    const db = hall.app.db;
    const indexed = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
    const typeEntries = () =>
      indexed(`SELECT COUNT(*) FROM events INDEXED BY events_by_type
        WHERE site_id = 'district' AND type > '' AND type <> 'ticket.issued'`);
    const noShowEntries = () =>
      indexed(`SELECT COUNT(*) FROM tickets INDEXED BY tickets_no_show
        WHERE site_id = 'district' AND business_day > '' AND status = 'noShow'`);
    const before = typeEntries();
    const ticket = (await hall.issue(hall.itemOf('yibao'))).body.ticket;
    expect(typeEntries()).toBe(before);
    expect(noShowEntries()).toBe(0);

    const clerk = await hall.login('w05', 'w5');
    const post = (url: string, body?: unknown) =>
      hall!.request({ method: 'POST', url: `/api/v1${url}`, token: clerk, body });
    expect((await post('/windows/w5/call-next')).body.ticket.id).toBe(ticket.id);
    const called = typeEntries();
    expect(called).toBeGreaterThan(before);
    hall.clock.advance(60_000);
    expect((await post(`/tickets/${ticket.id}/no-show`, {})).status).toBe(200);
    expect(typeEntries()).toBe(called + 1);
    expect(noShowEntries()).toBe(1);
  });

  it('writes fewer than 8 pages to the WAL per issued ticket (about 13 before migrations 16–18)', async () => {
    hall = await startTestHall();
    const h = hall;
    const yibao = h.itemOf('yibao');
    const issue = (n: number) => {
      for (let i = 0; i < n; i++)
        h.app.hall.execute(
          {
            type: 'issueTicket',
            ticketId: newTicketId(),
            siteId: 'district',
            itemId: yibao,
            priority: 'normal',
            at: h.clock.now(),
          },
          { deviceId: 'kiosk-1' },
        );
    };
    issue(300); // the tables' right-hand pages as a busy morning has them
    h.app.db.pragma('wal_checkpoint(TRUNCATE)');
    issue(200);
    const { frames, commits } = walFrames(h);
    expect(commits).toBe(200);
    expect(frames / commits).toBeLessThan(8);
  });

  it('writes fewer than 15 pages per call and 办结 (19 before migration 18, 16 before 19)', async () => {
    hall = await startTestHall();
    const h = hall;
    const yibao = h.itemOf('yibao');
    for (let i = 0; i < 120; i++) expect((await h.issue(yibao)).status).toBe(201);
    const clerk = await h.login('w05', 'w5');
    const post = (url: string) =>
      h.request({ method: 'POST', url: `/api/v1${url}`, token: clerk, body: {} });
    const callAndFinish = async () => {
      const called = await post('/windows/w5/call-next');
      expect(called.status).toBe(200);
      expect((await post(`/tickets/${called.body.ticket.id}/finish`)).status).toBe(200);
    };
    for (let i = 0; i < 10; i++) await callAndFinish();
    h.app.db.pragma('wal_checkpoint(TRUNCATE)');
    for (let i = 0; i < 50; i++) await callAndFinish();
    const { frames, commits } = walFrames(h);
    expect(commits).toBe(100);
    expect(frames / 50).toBeLessThan(15);
  });
});

/** The WAL's frames and commits: a 24-byte header and a page each; a commit's last carries the database's size. */
function walFrames(h: TestHall): { frames: number; commits: number } {
  const wal = readFileSync(path.join(h.dataDir, 'hallq.sqlite-wal'));
  const pageSize = wal.readUInt32BE(8);
  let frames = 0;
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    frames++;
    if (wal.readUInt32BE(at + 4) !== 0) commits++;
  }
  return { frames, commits };
}
