/**
 * Resolved tokens are kept in memory (principal-cache.ts); a token revoked or an
 * account deactivated while the server runs must still be refused on its
 * very next request, whoever revoked it: the server itself, or another
 * process writing the database file. Another process's commit is looked for
 * once per turn of the event loop (principal-cache.ts), so these tests let a turn
 * pass after it, as any request arriving after it on a socket does.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { hashToken } from '../security/tokens';

describe('a revoked token is refused on its next request', () => {
  let hall: TestHall;
  beforeEach(async () => {
    hall = await startTestHall();
  });
  afterEach(() => hall.close());

  /** As `pnpm hallq` or another process would: its own connection to the file. */
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  const revokeKioskAndSessionsElsewhere = async () => {
    const other = new Database(path.join(hall.dataDir, 'hallq.sqlite'));
    try {
      const now = hall.clock.now();
      other.prepare(`UPDATE devices SET revoked_at = ? WHERE kind = 'kiosk'`).run(now);
      other.prepare(`UPDATE sessions SET revoked_at = ?`).run(now);
    } finally {
      other.close();
    }
    await nextTurn();
  };

  const me = async (token: string) =>
    (await hall.request({ method: 'GET', url: '/api/v1/auth/me', token })).status;

  // `pnpm hallq revoke-demo` now goes through a running server's API (cli/through-server.test.ts);
  // a write by another process is still possible, and still noticed at once.
  it('a kiosk and a session revoked from another process are refused on their next request', async () => {
    const clerk = await hall.login('w05', 'w5');
    const kiosk = hall.device('kiosk');
    expect(await me(clerk)).toBe(200);
    expect(await me(kiosk)).toBe(200);
    await revokeKioskAndSessionsElsewhere();
    expect(await me(clerk)).toBe(401);
    expect(await me(kiosk)).toBe(401);
    expect((await hall.issue(hall.itemOf('shebao'))).status).toBe(401);
  });

  it('a clerk deactivated from another connection is refused, though the session stands', async () => {
    const clerk = await hall.login('w05', 'w5');
    expect(await me(clerk)).toBe(200);
    const other = new Database(path.join(hall.dataDir, 'hallq.sqlite'));
    try {
      other.prepare(`UPDATE staff SET active = 0 WHERE username = 'w05'`).run();
    } finally {
      other.close();
    }
    await nextTurn();
    expect(await me(clerk)).toBe(401);
  });

  it("the live sockets' sweep names the tokens revoked from another connection, each once", async () => {
    const clerk = await hall.login('w05', 'w5');
    const kiosk = hall.device('kiosk');
    const display = hall.device('display');
    const live = [
      { kind: 'staff' as const, hash: hashToken(clerk) },
      { kind: 'device' as const, hash: hashToken(kiosk) },
      // Two screens on one token: one entry in the answer.
      { kind: 'device' as const, hash: hashToken(kiosk) },
      { kind: 'device' as const, hash: hashToken(display) },
    ];
    expect(hall.app.accounts.revoked(live, hall.clock.now()).size).toBe(0);
    await revokeKioskAndSessionsElsewhere();
    const gone = hall.app.accounts.revoked(live, hall.clock.now());
    expect([...gone].sort()).toEqual([hashToken(clerk), hashToken(kiosk)].sort());
  });

  it("revoking a clerk's sessions refuses every one of them", async () => {
    const first = await hall.login('w05', 'w5');
    const second = await hall.login('w05');
    const colleague = await hall.login('w06', 'w6');
    for (const t of [first, second, colleague]) expect(await me(t)).toBe(200);
    hall.app.accounts.revokeStaffSessions('staff-w05', hall.clock.now());
    expect(await me(first)).toBe(401);
    expect(await me(second)).toBe(401);
    expect(await me(colleague)).toBe(200);
  });

  it('a session in use is refused once it expires', async () => {
    const clerk = await hall.login('w05', 'w5');
    expect(await me(clerk)).toBe(200);
    hall.clock.advance(hall.config.HALLQ_SESSION_HOURS * 3_600_000 - 1);
    expect(await me(clerk)).toBe(200);
    hall.clock.advance(1);
    expect(await me(clerk)).toBe(401);
  });
});
