/**
 * Sign-in (issue 16, Clerks): a clerk at a window not theirs is told which
 * are theirs; a supervisor covers (顶岗) any window of their site and the log
 * says so; an admin signs in without a window.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { toWire } from '../domain/wire';

describe('sign-in at a window', () => {
  let hall: TestHall;
  beforeEach(async () => {
    hall = await startTestHall();
  });
  afterEach(() => hall.close());

  const password = (username: string) =>
    hall.creds.staff.find((s) => s.username === username)?.password ?? '';
  const login = (username: string, windowId?: string) =>
    hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username, password: password(username), ...(windowId ? { windowId } : {}) },
    });
  const signedIn = () =>
    hall.app.hall.store
      .eventsSince('district', 0, 10_000)
      .map((s) => s.event)
      .filter((e) => e.type === 'window.signedIn');

  it("a clerk at another clerk's window is told which windows are theirs, and opens nothing", async () => {
    const res = await login('w05', 'w7');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'HALLQ_E_NOT_YOUR_WINDOW',
      message: '该窗口不是您的窗口，您的窗口：5 号窗口',
      details: { windowIds: ['w5'], windowNumbers: [5] },
    });
    expect(signedIn()).toEqual([]);
  });

  it('a supervisor covers (顶岗) any window of the site; the log records the cover', async () => {
    const res = await login('supervisor', 'w7');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.staff).toMatchObject({ role: 'supervisor', windowId: 'w7' });
    expect(signedIn()).toEqual([expect.objectContaining({ windowId: 'w7', cover: true })]);
    // A clerk at their own window is no cover.
    expect((await login('w05', 'w5')).status).toBe(200);
    expect(signedIn()[1]).not.toHaveProperty('cover');
    // Screens and a replay a day later are told too (the wire form, from the event).
    const [cover] = signedIn();
    const wire = toWire({ seq: 1, event: cover! }, hall.app.hall.catalog, hall.app.hall.staff);
    expect(wire.payload).toMatchObject({ window: { id: 'w7' }, cover: true });
  });

  it('an admin signs in without a window: a session, and no window opened', async () => {
    const res = await login('admin');
    expect(res.status).toBe(200);
    expect(res.body.staff.role).toBe('admin');
    expect(res.body.staff.windowId).toBeUndefined();
    expect(signedIn()).toEqual([]);
    const me = await hall.request({ method: 'GET', url: '/api/v1/auth/me', token: res.body.token });
    expect(me.status).toBe(200);
  });
});
