/**
 * The cost passwords are stored at, against the real server: every password
 * a hall sets (an account, a reset, a change of one's own) is stored at
 * PASSWORD_COST, hashed off the event loop; one stored at a lower cost
 * still signs in, and is then stored at the current one; an unknown
 * username is checked against a hash of the same cost as a real one; a
 * damaged stored hash is refused, not computed.
 */
import { describe, expect, it } from 'vitest';
import { hallWithAdmin } from '../../test/admin-support';
import { addressOf } from '../../test/test-hall';
import { DUMMY_HASH } from '../domain/accounts';
import { costOf, hashPassword, PASSWORD_COST, verifyPasswordAsync } from './password';

const PASSWORD = 'Mei-Gui-2026-w9';

describe('the cost a password is stored at', () => {
  const suite = hallWithAdmin();

  const stored = (username: string) =>
    (
      suite.hall.app.db
        .prepare(`SELECT password_hash FROM staff WHERE username = ?`)
        .get(username) as {
        password_hash: string;
      }
    ).password_hash;
  const signIn = (username: string, password: string) =>
    suite.hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username, password },
      remoteAddress: addressOf(username),
    });
  const post = (url: string, token: string, body: unknown) =>
    suite.hall.request({ method: 'POST', url: `/api/v1${url}`, token, body });
  const createClerk = async (username: string, name: string) => {
    const created = await post('/staff', suite.admin, {
      username,
      password: PASSWORD,
      name,
      role: 'clerk',
      windowIds: ['w9'],
    });
    expect(created.status).toBe(201);
  };

  it('a new account, an admin’s reset and one’s own change are stored at PASSWORD_COST', async () => {
    await createClerk('meigui', '玫瑰');
    expect(costOf(stored('meigui'))).toEqual(PASSWORD_COST);
    const first = await signIn('meigui', PASSWORD);
    expect(first.status).toBe(200);

    const reset = `${PASSWORD}-reset`;
    const byAdmin = await post('/staff/staff-meigui/password', suite.admin, { password: reset });
    expect(byAdmin.status).toBe(200);
    expect(costOf(stored('meigui'))).toEqual(PASSWORD_COST);
    expect((await signIn('meigui', PASSWORD)).status).toBe(401);
    const own = (await signIn('meigui', reset)).body.token as string;

    const changed = `${PASSWORD}-own`;
    const byThem = await post('/auth/password', own, {
      currentPassword: reset,
      newPassword: changed,
    });
    expect(byThem.status).toBe(200);
    expect(costOf(stored('meigui'))).toEqual(PASSWORD_COST);
    expect((await signIn('meigui', changed)).status).toBe(200);
  });

  it('a hash stored at a lower cost signs in, and is then stored at the current one', async () => {
    await createClerk('laoyong', '老勇');
    // As a hall with a lower cost stored it.
    const former = hashPassword(PASSWORD, { ...PASSWORD_COST, N: PASSWORD_COST.N / 2 });
    suite.hall.app.db
      .prepare(`UPDATE staff SET password_hash = ? WHERE username = 'laoyong'`)
      .run(former);

    expect((await signIn('laoyong', `${PASSWORD}-wrong`)).status).toBe(401);
    expect(stored('laoyong')).toBe(former); // a wrong password changes nothing

    expect((await signIn('laoyong', PASSWORD)).status).toBe(200);
    expect(costOf(stored('laoyong'))).toEqual(PASSWORD_COST);
    expect(await verifyPasswordAsync(PASSWORD, stored('laoyong'))).toBe(true);
    expect((await signIn('laoyong', PASSWORD)).status).toBe(200);
  });

  it('an unknown username is checked against a hash of the cost real accounts have', () => {
    expect(costOf(DUMMY_HASH)).toEqual(PASSWORD_COST);
  });

  it('a damaged stored hash is refused without being computed', async () => {
    const huge = `scrypt$${2 ** 24}$8$1$c2FsdA$aGFzaA`;
    expect(costOf(huge)).toBeUndefined();
    expect(costOf('scrypt$32768$64$1$c2FsdA$aGFzaA')).toBeUndefined(); // 256 MiB
    expect(costOf('scrypt$16384$8$1$c2FsdA$aGFzaA')).toEqual(PASSWORD_COST);
    expect(await verifyPasswordAsync('anything', huge)).toBe(false);
    expect(await verifyPasswordAsync('anything', 'plain-text')).toBe(false);
    expect(await verifyPasswordAsync('anything', 'scrypt$x$8$1$c2FsdA$aGFzaA')).toBe(false);
  });
});
