/**
 * An admin resets a staff member's password (POST /staff/:id/password)
 * against the real server: the password policy applies, every session of
 * the account ends, and the audit row never holds the password.
 */
import { describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { expectRefused } from '../../test/admin-support';
import { NEW_PASSWORD, staffSuite } from '../../test/admin-api';

describe('admin API: staff (人员)', () => {
  let hall: TestHall;
  let admin: string;
  const { req, signIn, audit } = staffSuite((started) => ({ hall, admin } = started));

  it('an admin resets a password: the policy applies, every session ends, the new password signs in', async () => {
    const token = await hall.login('w31');
    await expectRefused(hall, [
      [
        'too short',
        () => req('POST', '/staff/staff-w31/password', admin, { password: 'short1' }),
        400,
        'HALLQ_E_WEAK_PASSWORD',
      ],
      [
        'common',
        () => req('POST', '/staff/staff-w31/password', admin, { password: 'Password123' }),
        400,
        'HALLQ_E_WEAK_PASSWORD',
      ],
      [
        'unknown staff',
        () => req('POST', '/staff/staff-nobody/password', admin, { password: NEW_PASSWORD }),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
    ]);
    const weak = await req('POST', '/staff/staff-w31/password', admin, { password: 'qwertyuiop' });
    expect(weak.body.error.details).toMatchObject({ reason: 'common', minLength: 10 });

    const res = await req('POST', '/staff/staff-w31/password', admin, { password: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect((await req('GET', '/auth/me', token)).status).toBe(401);
    expect((await signIn('w31', 'hallq-demo')).status).toBe(401);
    expect((await signIn('w31', NEW_PASSWORD)).status).toBe(200);
    const [entry] = await audit('staff:staff-w31');
    expect(entry.action).toBe('staff.passwordReset');
    expect(JSON.stringify(entry)).not.toContain(NEW_PASSWORD);
  });
});
