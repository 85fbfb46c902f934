/**
 * The admin API's staff routes against the real server: every change is a
 * staff.changed event and an audit row with before and after, takes effect
 * at once (a new clerk signs in, a disabled one is out everywhere), and every
 * bad request is a coded 4xx that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressOf, startTestHall, type TestHall } from '../../test/test-hall';
import { eventsSince, expectRefused } from '../../test/admin-support';

const NEW_PASSWORD = 'Lan-Hua-2026-w7';

describe('admin API: staff (人员)', () => {
  let hall: TestHall;
  let admin: string;
  let supervisor: string;
  beforeAll(async () => {
    hall = await startTestHall();
    admin = await hall.login('admin');
    supervisor = await hall.login('supervisor');
  });
  afterAll(() => hall.close());

  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, body?: unknown) =>
    hall.request({ method, url: `/api/v1${url}`, token, ...(body !== undefined ? { body } : {}) });
  const signIn = (username: string, password: string, windowId?: string) =>
    hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username, password, ...(windowId ? { windowId } : {}) },
      remoteAddress: addressOf(username),
    });
  const audit = async (target: string) =>
    (await req('GET', `/audit?target=${encodeURIComponent(target)}`, admin)).body.entries;

  it('creates a clerk for window 7: 201, a staff.changed event, an audit row; they sign in and call at once', async () => {
    const since = hall.app.hall.seq('district');
    const created = await req('POST', '/staff', admin, {
      username: 'lanhua',
      password: NEW_PASSWORD,
      name: '兰花',
      staffNo: 'DA0777',
      role: 'clerk',
      windowIds: ['w7'],
    });
    expect(created.status).toBe(201);
    const record = {
      id: 'staff-lanhua',
      username: 'lanhua',
      name: '兰花',
      staffNo: 'DA0777',
      role: 'clerk',
      siteId: 'district',
      windowIds: ['w7'],
      active: true,
    };
    expect(created.body.staff).toEqual(record);
    expect(JSON.stringify(created.body)).not.toContain(NEW_PASSWORD);

    const events = eventsSince(hall, 'district', since);
    expect(events.map((e) => e.name)).toEqual(['staff.changed']);
    expect(events[0]?.payload).toMatchObject({
      action: 'created',
      actor: { kind: 'staff', id: 'staff-admin' },
      after: record,
    });
    const [entry] = await audit('staff:staff-lanhua');
    expect(entry).toMatchObject({
      action: 'staff.created',
      siteId: 'district',
      actor: { kind: 'staff', id: 'staff-admin', name: '系统管理员' },
      after: record,
    });
    expect(entry.before).toBeUndefined();

    // No restart: the new clerk signs into w7 and calls.
    const login = await signIn('lanhua', NEW_PASSWORD, 'w7');
    expect(login.status).toBe(200);
    expect((await hall.issue(hall.itemOf('yibao'))).status).toBe(201);
    const called = await req('POST', '/windows/w7/call-next', login.body.token);
    expect(called.status).toBe(200);
    const queues = await req('GET', '/queues', admin);
    const w7 = queues.body.windows.find((w: { id: string }) => w.id === 'w7');
    expect(w7).toMatchObject({ status: 'open', staff: { id: 'staff-lanhua', name: '兰花' } });
    // A clerk may sign in only at their windows.
    expect((await signIn('lanhua', NEW_PASSWORD, 'w8')).status).toBe(403);
  });

  it('edits a staff member: the audit row has before and after; the hall view shows the new name', async () => {
    const res = await req('PATCH', '/staff/staff-lanhua', admin, {
      name: '兰花花',
      windowIds: ['w7', 'w8'],
    });
    expect(res.status).toBe(200);
    expect(res.body.staff).toMatchObject({ name: '兰花花', windowIds: ['w7', 'w8'] });
    const [entry] = await audit('staff:staff-lanhua');
    expect(entry).toMatchObject({
      action: 'staff.updated',
      before: { name: '兰花', windowIds: ['w7'] },
      after: { name: '兰花花', windowIds: ['w7', 'w8'] },
    });
    const queues = await req('GET', '/queues', admin);
    expect(queues.body.windows.find((w: { id: string }) => w.id === 'w7').staff.name).toBe(
      '兰花花',
    );
    const listed = await req('GET', '/staff', admin);
    expect(listed.body.staff.find((s: { id: string }) => s.id === 'staff-lanhua').name).toBe(
      '兰花花',
    );
  });

  it('disables a clerk mid-service: their token is refused, the window is signed out, the ticket stays; enable lets them back', async () => {
    const token = await hall.login('w05', 'w5');
    const other = await hall.login('w06');
    const held = await hall.request({ method: 'GET', url: '/api/v1/windows/w7' });
    const ticketId = held.body.window.current.id as string;
    // lanhua holds w7 with a called ticket (the first test).
    const res = await req('POST', '/staff/staff-lanhua/disable', admin, {});
    expect(res.status).toBe(200);
    expect(res.body.staff.active).toBe(false);
    expect((await signIn('lanhua', NEW_PASSWORD)).status).toBe(401);
    const w7 = (await hall.request({ method: 'GET', url: '/api/v1/windows/w7' })).body.window;
    expect(w7.status).toBe('signedOut');
    expect(w7.staff).toBeUndefined();
    expect(w7.current).toMatchObject({ id: ticketId, status: 'called' });
    expect((await audit('staff:staff-lanhua'))[0]).toMatchObject({
      action: 'staff.disabled',
      before: { active: true },
      after: { active: false },
    });
    // Other staff are untouched.
    expect((await req('GET', '/auth/me', token)).status).toBe(200);
    expect((await req('GET', '/auth/me', other)).status).toBe(200);

    const enabled = await req('POST', '/staff/staff-lanhua/enable', admin, {});
    expect(enabled.body.staff.active).toBe(true);
    const back = await signIn('lanhua', NEW_PASSWORD, 'w7');
    expect(back.status).toBe(200);
    // Whoever signs in at the window next holds the ticket left there.
    const again = (await hall.request({ method: 'GET', url: '/api/v1/windows/w7' })).body.window;
    expect(again).toMatchObject({ status: 'open', current: { id: ticketId } });
    const finished = await req('POST', `/tickets/${ticketId}/finish`, back.body.token, {});
    expect(finished.status).toBe(200);
  });

  it('a disabled clerk’s session is refused at once, REST and sign-in alike', async () => {
    const token = await hall.login('w30', 'w30');
    expect((await req('GET', '/auth/me', token)).status).toBe(200);
    await req('POST', '/staff/staff-w30/disable', admin, {});
    const me = await req('GET', '/auth/me', token);
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('HALLQ_E_UNAUTHORIZED');
    await req('POST', '/staff/staff-w30/enable', admin, {});
    // Enabling does not bring an ended session back.
    expect((await req('GET', '/auth/me', token)).status).toBe(401);
  });

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
