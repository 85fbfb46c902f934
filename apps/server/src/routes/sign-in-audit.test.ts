/**
 * Sign-ins in the audit log, on the real server: each sign-in is recorded
 * with the session it opens, together or not at all; each refused one is a
 * short row naming the account (or none, without the typed name); throttled
 * attempts record nothing; the event log is untouched by either.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, DEMO_PASSWORD, type TestHall } from '../../test/test-hall';
import { countRows, stateDigest } from '../../test/db-digest';

let hall: TestHall;
beforeEach(async () => {
  hall = await startTestHall();
});
afterEach(() => hall.close());

const login = (body: unknown, remoteAddress = '10.9.9.9') =>
  hall.request({ method: 'POST', url: '/api/v1/auth/login', body, remoteAddress });
const audit = async (query: string, token?: string) => {
  const res = await hall.request({
    method: 'GET',
    url: `/api/v1/audit?${query}`,
    token: token ?? (await hall.login('admin')),
  });
  expect(res.status).toBe(200);
  return res.body.entries as { action: string; target: string; actor: { id: string } }[];
};
const accessRows = () =>
  (
    hall.app.db.prepare(`SELECT COUNT(*) AS n FROM audit WHERE action LIKE 'auth.%'`).get() as {
      n: number;
    }
  ).n;

describe('sign-ins in the audit log', () => {
  it('a sign-in is recorded with its window and address; the admin finds it by the account', async () => {
    const res = await login({ username: 'w05', password: DEMO_PASSWORD, windowId: 'w5' });
    expect(res.status).toBe(200);
    const entries = await audit('target=auth:staff-w05');
    expect(entries[0]).toMatchObject({
      action: 'auth.signedIn',
      target: 'auth:staff-w05',
      actor: { kind: 'staff', id: 'staff-w05' },
      after: { address: '10.9.9.9', windowId: 'w5' },
    });
  });

  it('a wrong password is recorded against the account; an unknown username without its name; neither touches the hall', async () => {
    const before = stateDigest(hall.app.db);
    const events = countRows(hall.app.db, 'events');
    expect((await login({ username: 'w05', password: 'wrong-password' })).status).toBe(401);
    expect((await login({ username: 'zz-typed-secret', password: 'x-guess-0000' })).status).toBe(
      401,
    );
    expect(stateDigest(hall.app.db)).toBe(before);
    expect(countRows(hall.app.db, 'events')).toBe(events);
    const sessions = hall.app.db.prepare(`SELECT COUNT(*) AS n FROM sessions`).get() as {
      n: number;
    };
    expect(sessions.n).toBe(0);

    const failed = (await audit('target=auth')).filter((e) => e.action === 'auth.failed');
    expect(failed.map((e) => e.target)).toEqual(['auth:unknown', 'auth:staff-w05']);
    expect(failed[1]?.actor.id).toBe('staff-w05');
    const dump = JSON.stringify(hall.app.db.prepare(`SELECT * FROM audit`).all());
    expect(dump).not.toContain('zz-typed-secret');
    expect(dump).not.toContain('wrong-password');
  });

  it('throttled attempts are refused before they are recorded: a spray leaves at most its minute’s rows', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await login({ username: 'admin', password: `guess-${i}` })).status).toBe(401);
    }
    for (let i = 0; i < 5; i++) {
      expect((await login({ username: 'admin', password: `guess-${i}` })).status).toBe(429);
    }
    expect(accessRows()).toBe(10);
  });

  it('the sign-in and its audit row are one transaction: when the row cannot be written, no session is opened', async () => {
    hall.app.db.exec(`CREATE TEMP TRIGGER audit_refuses BEFORE INSERT ON audit
      WHEN NEW.action = 'auth.signedIn' BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END;`);
    const res = await login({ username: 'admin', password: 'hallq-admin' });
    expect(res.status).toBe(500);
    expect(res.body.token).toBeUndefined();
    const sessions = hall.app.db.prepare(`SELECT COUNT(*) AS n FROM sessions`).get() as {
      n: number;
    };
    expect(sessions.n).toBe(0);
    hall.app.db.exec(`DROP TRIGGER audit_refuses`);
  });

  it('a supervisor reads them; a clerk may not', async () => {
    await login({ username: 'nobody', password: 'x-guess-0000' });
    const supervisor = await hall.login('supervisor');
    expect(await audit('target=auth:unknown', supervisor)).toHaveLength(1);
    const clerk = await hall.login('w06');
    const refused = await hall.request({ method: 'GET', url: '/api/v1/audit', token: clerk });
    expect(refused.status).toBe(403);
  });
});
