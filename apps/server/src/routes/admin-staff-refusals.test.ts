/**
 * What the admin API's staff routes refuse, against the real server: every
 * bad request is a coded 4xx that changes nothing, a supervisor manages
 * clerks but never admins, and a township admin sees and changes only their
 * own site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { expectRefused } from '../../test/admin-support';
import { NEW_PASSWORD, staffSuite } from '../../test/admin-api';

describe('admin API: staff (人员)', () => {
  let hall: TestHall;
  let admin: string;
  const { req, signIn, audit } = staffSuite((started) => ({ hall, admin } = started));
  let supervisor: string;
  beforeAll(async () => {
    supervisor = await hall.login('supervisor');
  });

  it('refuses bad input with a coded 4xx and changes nothing', async () => {
    await hall.request({
      method: 'POST',
      url: '/api/v1/windows',
      token: admin,
      body: {
        id: 'tw-w1',
        siteId: 'twn-001',
        number: 9, // the demo township has windows 1–3 of its own
        name: '9号窗口',
        zone: 'A',
        kind: 'whole',
        unitIds: [],
      },
    });
    const clerk = (over: Record<string, unknown>) => ({
      username: 'zhaoliu',
      password: NEW_PASSWORD,
      name: '赵六',
      role: 'clerk',
      windowIds: [],
      ...over,
    });
    await expectRefused(hall, [
      [
        'duplicate username',
        () => req('POST', '/staff', admin, clerk({ username: 'w05' })),
        409,
        'HALLQ_E_USERNAME_TAKEN',
      ],
      [
        'duplicate in another case',
        () => req('POST', '/staff', admin, clerk({ username: 'W05' })),
        409,
        'HALLQ_E_USERNAME_TAKEN',
      ],
      [
        'the CLI’s account',
        () => req('POST', '/staff', admin, clerk({ username: 'hallq-cli' })),
        409,
        'HALLQ_E_USERNAME_TAKEN',
      ],
      [
        'unknown window',
        () => req('POST', '/staff', admin, clerk({ windowIds: ['w404'] })),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'another site’s window',
        () => req('POST', '/staff', admin, clerk({ windowIds: ['tw-w1'] })),
        409,
        'HALLQ_E_OTHER_SITE',
      ],
      [
        'unknown site',
        () => req('POST', '/staff', admin, clerk({ siteId: 'nowhere' })),
        404,
        'HALLQ_E_SITE_NOT_FOUND',
      ],
      [
        'password too short',
        () => req('POST', '/staff', admin, clerk({ password: 'Zl-2026' })),
        400,
        'HALLQ_E_WEAK_PASSWORD',
      ],
      [
        'password is the username',
        () =>
          req('POST', '/staff', admin, clerk({ username: 'zhaoliu2026', password: 'ZhaoLiu2026' })),
        400,
        'HALLQ_E_WEAK_PASSWORD',
      ],
      [
        'password is the username reversed',
        () =>
          req('POST', '/staff', admin, clerk({ username: 'zhaoliu2026', password: '6202uiloahz' })),
        400,
        'HALLQ_E_WEAK_PASSWORD',
      ],
      [
        'common password',
        () => req('POST', '/staff', admin, clerk({ password: '1qaz2wsx3edc' })),
        400,
        'HALLQ_E_WEAK_PASSWORD',
      ],
      [
        'validation',
        () => req('POST', '/staff', admin, clerk({ role: 'boss' })),
        400,
        'HALLQ_E_VALIDATION',
      ],
      [
        'unknown staff',
        () => req('PATCH', '/staff/staff-nobody', admin, { name: 'x' }),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
      [
        'edit: unknown window',
        () => req('PATCH', '/staff/staff-w07', admin, { windowIds: ['w404'] }),
        404,
        'HALLQ_E_WINDOW_NOT_FOUND',
      ],
      [
        'disable unknown',
        () => req('POST', '/staff/staff-nobody/disable', admin, {}),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
      [
        'enable unknown',
        () => req('POST', '/staff/staff-nobody/enable', admin, {}),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
      [
        'disable oneself',
        () => req('POST', '/staff/staff-admin/disable', admin, {}),
        409,
        'HALLQ_E_CONFLICT',
      ],
      [
        'the CLI’s account',
        () => req('PATCH', '/staff/hallq-cli', admin, { name: 'x' }),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
    ]);
    const weak = await req('POST', '/staff', admin, clerk({ password: 'Zl-2026' }));
    expect(weak.body.error.details).toEqual({ reason: 'tooShort', minLength: 10 });
  });

  it('a supervisor manages clerks, never admins: no admin accounts, no admin role', async () => {
    const clerk = await hall.login('w10');
    await expectRefused(hall, [
      [
        'create an admin',
        () =>
          req('POST', '/staff', supervisor, {
            username: 'boss2',
            password: NEW_PASSWORD,
            name: '老板',
            role: 'admin',
            windowIds: [],
          }),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'make a clerk admin',
        () => req('PATCH', '/staff/staff-w09', supervisor, { role: 'admin' }),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'rename the admin',
        () => req('PATCH', '/staff/staff-admin', supervisor, { name: 'x' }),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'reset the admin’s password',
        () => req('POST', '/staff/staff-admin/password', supervisor, { password: NEW_PASSWORD }),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'disable the admin',
        () => req('POST', '/staff/staff-admin/disable', supervisor, {}),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      ['a clerk lists staff', () => req('GET', '/staff', clerk), 403, 'HALLQ_E_FORBIDDEN'],
    ]);
    const ok = await req('PATCH', '/staff/staff-w09', supervisor, { staffNo: 'DA0909' });
    expect(ok.status).toBe(200);
    expect((await audit('staff:staff-w09'))[0].actor).toMatchObject({ id: 'staff-supervisor' });
  });

  it('a township admin sees and changes only their own site', async () => {
    const made = await req('POST', '/staff', admin, {
      username: 'twadmin',
      password: NEW_PASSWORD,
      name: '镇管理员',
      role: 'admin',
      siteId: 'twn-001',
      windowIds: [],
    });
    expect(made.status).toBe(201);
    expect(made.body.staff.siteId).toBe('twn-001');
    const township = (await signIn('twadmin', NEW_PASSWORD)).body.token as string;
    const listed = await req('GET', '/staff', township);
    // Their own site's staff only: themselves and the demo township's clerks.
    expect(listed.body.staff.map((s: { username: string }) => s.username)).toEqual([
      'twadmin',
      'twn-001-w1',
      'twn-001-w2',
      'twn-001-w3',
    ]);
    await expectRefused(hall, [
      [
        'create at the district',
        () =>
          req('POST', '/staff', township, {
            username: 'x-dist',
            password: NEW_PASSWORD,
            name: 'x',
            role: 'clerk',
            siteId: 'district',
            windowIds: [],
          }),
        403,
        'HALLQ_E_FORBIDDEN',
      ],
      [
        'edit district staff',
        () => req('PATCH', '/staff/staff-w07', township, { name: 'x' }),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
      [
        'disable district staff',
        () => req('POST', '/staff/staff-w07/disable', township, {}),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
      [
        'reset a district password',
        () => req('POST', '/staff/staff-w07/password', township, { password: NEW_PASSWORD }),
        404,
        'HALLQ_E_STAFF_NOT_FOUND',
      ],
      [
        'a district window',
        () =>
          req('POST', '/staff', township, {
            username: 'x-tw',
            password: NEW_PASSWORD,
            name: 'x',
            role: 'clerk',
            windowIds: ['w7'],
          }),
        409,
        'HALLQ_E_OTHER_SITE',
      ],
    ]);
    const own = await req('POST', '/staff', township, {
      username: 'twclerk',
      password: NEW_PASSWORD,
      name: '镇窗口',
      role: 'clerk',
      windowIds: ['tw-w1'],
    });
    expect(own.status).toBe(201);
    expect(own.body.staff).toMatchObject({ siteId: 'twn-001', windowIds: ['tw-w1'] });
    // The change is in the township's log, not the district's.
    expect(
      (await req('GET', '/audit?target=staff:staff-twclerk', township)).body.entries,
    ).toHaveLength(1);
  });
});
