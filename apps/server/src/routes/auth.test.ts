import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, DEMO_PASSWORD, type TestHall } from '../../test/test-hall';

describe('POST /api/v1/auth/login', () => {
  let hall: TestHall;
  beforeEach(async () => {
    hall = await startTestHall();
  });
  afterEach(() => hall.close());

  const login = (body: unknown, remoteAddress = '10.9.9.9') =>
    hall.request({ method: 'POST', url: '/api/v1/auth/login', body, remoteAddress });

  it('signs a clerk into a window: {token, staff}; the token is a bearer for later calls', async () => {
    const res = await login({ username: 'w05', password: DEMO_PASSWORD, windowId: 'w5' });
    expect(res.status).toBe(200);
    expect(res.body.staff).toMatchObject({ username: 'w05', role: 'clerk', windowId: 'w5' });
    expect(res.body.token).toMatch(/^\S{20,}$/);
    const me = await hall.request({ method: 'GET', url: '/api/v1/auth/me', token: res.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'staff', staff: { username: 'w05', windowId: 'w5' } });
    const window = await hall.request({ method: 'GET', url: '/api/v1/windows/w5' });
    expect(window.body.window).toMatchObject({
      status: 'open',
      staff: { name: expect.any(String) },
    });
  });

  it('a wrong password or an unknown user is 401 HALLQ_E_BAD_CREDENTIALS, and no session', async () => {
    for (const body of [
      { username: 'w05', password: 'wrong-password' },
      { username: 'nobody', password: DEMO_PASSWORD },
    ]) {
      const res = await login(body);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('HALLQ_E_BAD_CREDENTIALS');
      expect(res.body.token).toBeUndefined();
    }
    const sessions = hall.app.db.prepare(`SELECT COUNT(*) AS n FROM sessions`).get() as {
      n: number;
    };
    expect(sessions.n).toBe(0);
  });

  it('a clerk cannot sign into a window that is not theirs', async () => {
    const res = await login({ username: 'w05', password: DEMO_PASSWORD, windowId: 'w6' });
    expect(res.status).toBe(403);
    const w6 = await hall.request({ method: 'GET', url: '/api/v1/windows/w6' });
    expect(w6.body.window.status).toBe('signedOut');
  });

  it('rate-limits sign-in: the 11th try in a minute from one address is 429, even with the right password', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await login({ username: 'admin', password: `guess-${i}` });
      expect(res.status).toBe(401);
    }
    const blocked = await login({ username: 'admin', password: 'hallq-admin' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('HALLQ_E_RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.token).toBeUndefined();
    // Another terminal is not locked out by the first one's guesses.
    const other = await login({ username: 'admin', password: 'hallq-admin' }, '10.8.8.8');
    expect(other.status).toBe(200);
    // Nor is a colleague at the same address (one NAT for the whole hall).
    const colleague = await login({ username: 'w05', password: DEMO_PASSWORD });
    expect(colleague.status).toBe(200);
  });

  it('a spray of usernames from one address is refused before its body is read: the 61st, even malformed, is 429', async () => {
    for (let i = 0; i < 60; i++) {
      const res = await login({ username: `nobody${i}`, password: 'x-guess-0000' }, '10.7.7.7');
      expect(res.status).toBe(401);
    }
    const malformed = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 42, extra: true },
      remoteAddress: '10.7.7.7',
    });
    expect(malformed.status).toBe(429);
    expect(malformed.body.error.code).toBe('HALLQ_E_RATE_LIMITED');
    expect(Number(malformed.headers['retry-after'])).toBeGreaterThan(0);
    // The same malformed body from another address is a validation error.
    const elsewhere = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 42, extra: true },
      remoteAddress: '10.7.7.8',
    });
    expect(elsewhere.status).toBe(400);
  });

  it('an address past its minute gets each 429 a second late, so a spray gets a few answers a second', async () => {
    for (let i = 0; i < 60; i++) {
      const res = await login({ username: `spray${i}`, password: 'x-guess-0000' }, '10.7.7.9');
      expect(res.status).toBe(401);
    }
    const started = performance.now();
    const refused = await Promise.all(
      Array.from({ length: 8 }, () =>
        login({ username: 'spray', password: 'x-guess-0000' }, '10.7.7.9'),
      ),
    );
    const waited = performance.now() - started;
    expect(refused.map((r) => r.status)).toEqual(Array(8).fill(429));
    expect(waited).toBeGreaterThanOrEqual(900);
    // Another terminal is not held: its sign-in answers at once.
    const other = performance.now();
    expect((await login({ username: 'w06', password: DEMO_PASSWORD }, '10.7.7.10')).status).toBe(
      200,
    );
    expect(performance.now() - other).toBeLessThan(900);
  });

  it('logout revokes the session: the same token is then refused', async () => {
    const token = await hall.login('w05', 'w5');
    const out = await hall.request({ method: 'POST', url: '/api/v1/auth/logout', token });
    expect(out.status).toBe(200);
    const me = await hall.request({ method: 'GET', url: '/api/v1/auth/me', token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('HALLQ_E_UNAUTHORIZED');
    const w5 = await hall.request({ method: 'GET', url: '/api/v1/windows/w5' });
    expect(w5.body.window.status).toBe('signedOut');
  });

  it('stores only hashes: the session token and the password appear nowhere in the database', async () => {
    const token = await hall.login('w05', 'w5');
    const dump = JSON.stringify([
      hall.app.db.prepare(`SELECT * FROM sessions`).all(),
      hall.app.db.prepare(`SELECT * FROM staff`).all(),
    ]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(DEMO_PASSWORD);
    const row = hall.app.db
      .prepare(`SELECT password_hash FROM staff WHERE username = 'w05'`)
      .get() as {
      password_hash: string;
    };
    expect(row.password_hash).toMatch(/^scrypt\$/);
  });
});
