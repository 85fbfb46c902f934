/**
 * The admin API's staff accounts against the real server: a clerk created,
 * edited, disabled and enabled. Every change is a staff.changed event and an
 * audit row with before and after, and takes effect at once: a new clerk
 * signs in, a disabled one is out everywhere. Password resets are in
 * admin-staff-password.test.ts, the refusals in admin-staff-refusals.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { eventsSince } from '../../test/admin-support';
import { NEW_PASSWORD, staffSuite } from '../../test/admin-api';

describe('admin API: staff (人员)', () => {
  let hall: TestHall;
  let admin: string;
  const { req, signIn, audit } = staffSuite((started) => ({ hall, admin } = started));

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
});
