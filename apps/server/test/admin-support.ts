/**
 * Helpers for the admin API's tests: a hall with its admin signed in for a
 * describe block, a digest that also covers the audit log and the sessions
 * (a refused admin request must change none of them), and the admin events
 * logged since a seq.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { stateDigest } from './db-digest';
import { startTestHall, type Reply, type TestHall } from './test-hall';

/**
 * A test hall for the calling describe block, started before its tests with
 * the demo admin signed in, and closed after them. Read `hall` and `admin`
 * inside the tests (they are set in beforeAll).
 */
export function hallWithAdmin(): { readonly hall: TestHall; readonly admin: string } {
  const suite = {} as { hall: TestHall; admin: string };
  beforeAll(async () => {
    suite.hall = await startTestHall();
    suite.admin = await suite.hall.login('admin');
  });
  afterAll(() => suite.hall.close());
  return suite;
}

/** The log, projections, catalogue and staff (db-digest), plus audit rows and sessions. */
export function adminDigest(hall: TestHall): string {
  const db = hall.app.db;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return [
    stateDigest(db),
    count(`SELECT COUNT(*) AS n FROM audit`),
    count(`SELECT COUNT(*) AS n FROM sessions WHERE revoked_at IS NULL`),
    count(`SELECT COUNT(*) AS n FROM devices WHERE revoked_at IS NULL`),
  ].join('|');
}

/** Sends each request, expects each to be refused with its status and code, and nothing to change. */
export async function expectRefused(
  hall: TestHall,
  cases: [label: string, send: () => Promise<Reply>, status: number, code: string][],
): Promise<void> {
  const before = adminDigest(hall);
  for (const [label, send, status, code] of cases) {
    const res = await send();
    expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(status);
    expect(res.body.error.code, label).toBe(code);
    expect(res.body.error.message, label).toMatch(/[\u4e00-\u9fa5]/);
  }
  expect(adminDigest(hall), 'a refused request changed nothing').toBe(before);
}

/** The wire events of `siteId` after `since` (what screens received). */
export function eventsSince(hall: TestHall, siteId: string, since: number) {
  return hall.app.hall.eventsSince(siteId, since) ?? [];
}
