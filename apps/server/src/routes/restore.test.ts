/**
 * 过号 made safe (issue 16, Clerks): a 过号 ticket is restored the same day
 * (core Q24) by a clerk at a window of the site or a supervisor; 选号 by the
 * number the visitor holds says "该号已过号，可恢复" for it; the confirmation
 * rule is a site setting the caller reads from GET /catalog.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, TUESDAY_8AM, type TestHall } from '../../test/test-hall';

describe('过号恢复 and 选号 by number', () => {
  let hall: TestHall;
  let yibao: string;
  let w5: string;
  beforeEach(async () => {
    hall = await startTestHall();
    yibao = hall.itemOf('yibao');
    w5 = await hall.login('w05', 'w5');
  });
  afterEach(() => hall.close());

  const post = (token: string | undefined, url: string, body?: unknown) =>
    hall.request({ method: 'POST', url: `/api/v1${url}`, body, ...(token ? { token } : {}) });
  /** A001 called at w5 and passed (过号); A002 and A003 wait. */
  const passA001 = async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await hall.issue(yibao)).body.ticket.id);
    const called = await post(w5, '/windows/w5/call-next');
    expect(called.body.ticket.number).toBe('A001');
    hall.clock.advance(60_000);
    expect((await post(w5, `/tickets/${ids[0]}/no-show`, {})).status).toBe(200);
    return ids as [string, string, string];
  };
  const restoredEvents = () =>
    hall.app.hall.store
      .eventsSince('district', 0, 10_000)
      .map((s) => s.event)
      .filter((e) => e.type === 'ticket.restored');

  it('a clerk at another window of the site restores A001 to the front: same number, called next, audited', async () => {
    const [a1] = await passA001();
    const w6 = await hall.login('w06', 'w6');
    const res = await post(w6, `/tickets/${a1}/restore`, { position: 'front' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.ticket).toMatchObject({
      id: a1,
      number: 'A001',
      status: 'waiting',
      front: true,
      recallCount: 0,
      ahead: 0,
    });
    const [event] = restoredEvents();
    expect(event).toMatchObject({ ticketId: a1, windowId: 'w6', position: 'front' });
    expect((event as { staffId: string }).staffId).toMatch(/./);
    const next = await post(w5, '/windows/w5/call-next');
    expect(next.body.ticket).toMatchObject({ id: a1, number: 'A001' });
  });

  it('to the back: after everyone waiting now; a second restore is refused', async () => {
    const [a1] = await passA001();
    const sup = await hall.login('supervisor');
    const res = await post(sup, `/tickets/${a1}/restore`, { position: 'back' });
    expect(res.status).toBe(200);
    expect(res.body.ticket).toMatchObject({ number: 'A001', front: false, ahead: 2 });
    // A supervisor restores from no window: the event names who, and no window.
    expect(restoredEvents()[0]).not.toHaveProperty('windowId');
    const again = await post(sup, `/tickets/${a1}/restore`, { position: 'back' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('HALLQ_E_INVALID_TRANSITION');
  });

  it('survives a restart (the day’s 过号 are read back), and is gone the next day', async () => {
    const [a1] = await passA001();
    await hall.restart();
    const clerk = await hall.login('w05', 'w5');
    const listed = await hall.request({
      method: 'GET',
      url: '/api/v1/windows/w5/no-shows',
      token: clerk,
    });
    expect(listed.body.tickets.map((t: { number: string }) => t.number)).toEqual(['A001']);
    hall.clock.set(TUESDAY_8AM);
    const sup = await hall.login('supervisor');
    const late = await post(sup, `/tickets/${a1}/restore`, { position: 'front' });
    expect(late.status).toBe(404);
    expect(late.body.error.code).toBe('HALLQ_E_TICKET_NOT_FOUND');
  });

  it('kiosks, screens and a clerk not at a window may not restore; nothing changes', async () => {
    const [a1] = await passA001();
    for (const kind of ['kiosk', 'display', 'caller'] as const) {
      const res = await post(hall.device(kind), `/tickets/${a1}/restore`, { position: 'front' });
      expect(res.status, kind).toBe(403);
    }
    const notAtWindow = await hall.login('clerk');
    const res = await post(notAtWindow, `/tickets/${a1}/restore`, { position: 'front' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('HALLQ_E_NOT_SIGNED_IN_HERE');
    expect(restoredEvents()).toEqual([]);
  });

  it('选号 by number: a 过号 number says 该号已过号，可恢复 (with its id), not 找不到', async () => {
    const [a1, a2] = await passA001();
    const passed = await post(w5, '/windows/w5/call', { number: 'A001', reason: '群众举号' });
    expect(passed.status).toBe(409);
    expect(passed.body.error).toMatchObject({
      code: 'HALLQ_E_TICKET_NO_SHOW',
      message: '该号已过号，可恢复',
      details: { ticketId: a1, number: 'A001' },
    });
    const unknown = await post(w5, '/windows/w5/call', { number: 'A099', reason: '群众举号' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('HALLQ_E_TICKET_NOT_FOUND');
    // Typed as the visitor says it: lower case, spaces around.
    const typed = await post(w5, '/windows/w5/call', { number: ' a002 ', reason: '群众举号' });
    expect(typed.status, JSON.stringify(typed.body)).toBe(200);
    expect(typed.body.ticket).toMatchObject({ id: a2, number: 'A002', status: 'called' });
  });

  it('选号 needs exactly one of ticketId and number', async () => {
    const [, a2] = await passA001();
    const both = await post(w5, '/windows/w5/call', { ticketId: a2, number: 'A002', reason: 'x' });
    expect(both.status).toBe(400);
    const neither = await post(w5, '/windows/w5/call', { reason: 'x' });
    expect(neither.status).toBe(400);
  });

  it('the 过号 confirmation is a site setting: on after 0 recalls by default, editable by an admin', async () => {
    const catalog = async () =>
      (await hall.request({ method: 'GET', url: '/api/v1/catalog' })).body.hall.noShow;
    expect(await catalog()).toEqual({ confirm: true, unlessRecalls: 1 });
    const admin = await hall.login('admin');
    const res = await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { noShowConfirm: false, noShowConfirmUnlessRecalls: 2 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await catalog()).toEqual({ confirm: false, unlessRecalls: 2 });
    const bad = await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { noShowConfirmUnlessRecalls: -1 },
    });
    expect(bad.status).toBe(400);
  });
});
