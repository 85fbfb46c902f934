/**
 * A supervisor's hand in the hall (issue 13) on the real server: signing
 * out a window its clerk left, and calling its visitor to another window
 * that is free through the existing transfer, each audited with the event
 * it made; a waiting visitor called to a window that may call them; every
 * refusal coded and changing nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateDigest } from '../../test/db-digest';
import { startTestHall, type TestHall } from '../../test/test-hall';

let hall: TestHall;
beforeEach(async () => {
  hall = await startTestHall();
});
afterEach(async () => {
  await hall.close();
});

const post = (token: string, url: string, body: unknown = {}) =>
  hall.request({ method: 'POST', url: `/api/v1${url}`, token, body });
const callTo = (token: string, ticketId: string, body: unknown) =>
  post(token, `/supervision/tickets/${ticketId}/call-to`, body);

interface AuditRow {
  seq: number;
  actor_name: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
}
const audits = (action: string) =>
  hall.app.db.prepare(`SELECT * FROM audit WHERE action = ? ORDER BY id`).all(action) as AuditRow[];
const eventAt = (seq: number) =>
  (
    hall.app.db
      .prepare(`SELECT type FROM events WHERE site_id = 'district' AND seq = ?`)
      .get(seq) as { type: string }
  ).type;

describe('supervisor actions', () => {
  it('signs out a window its clerk left, then calls its visitor to a free window', async () => {
    const yibao = hall.itemOf('yibao');
    const w5 = await hall.login('w05', 'w5');
    const w6 = await hall.login('w06', 'w6');
    const ticket = (await hall.issue(yibao)).body.ticket;
    expect((await post(w5, '/windows/w5/call-next')).body.ticket.id).toBe(ticket.id);
    const supervisor = await hall.login('supervisor');

    // The clerk of w5 walked away with A001 called: the supervisor signs w5 out.
    const out = await post(supervisor, '/windows/w5/sign-out');
    expect(out.status).toBe(200);
    expect(out.body.window.status).toBe('signedOut');
    const [signOut] = audits('supervisor.signOut');
    expect(signOut).toMatchObject({ actor_name: expect.any(String), target: 'window:w5' });
    expect(JSON.parse(signOut!.before!)).toMatchObject({ status: 'open', ticketId: ticket.id });
    expect(eventAt(signOut!.seq)).toBe('window.signedOut');

    // The visitor goes to w6, free: transferred there at the front, and called.
    const moved = await callTo(supervisor, ticket.id, { windowId: 'w6' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.ticket).toMatchObject({ id: ticket.id, status: 'called', windowId: 'w6' });
    const state = hall.app.hall.state;
    expect(state.windows.w6?.currentTicketId).toBe(ticket.id);
    expect(state.windows.w5?.currentTicketId).toBeUndefined();
    const [transfer] = audits('supervisor.transfer');
    const [call] = audits('supervisor.call');
    expect(eventAt(transfer!.seq)).toBe('ticket.transferred');
    expect(eventAt(call!.seq)).toBe('ticket.called');
    expect(JSON.parse(call!.after!)).toMatchObject({
      number: ticket.number,
      windowId: 'w6',
      fromWindowId: 'w5',
      note: '监察调度',
    });
    // w6's clerk sees it as their call, not as a 选号 of theirs (call-next took it).
    const called = hall.app.db
      .prepare(`SELECT event FROM events WHERE site_id = 'district' AND seq = ?`)
      .get(call!.seq) as { event: string };
    expect(called.event).not.toContain('manualReason');
    expect((await post(w6, `/tickets/${ticket.id}/start`)).status).toBe(200);
  });

  it('calls a waiting visitor to a window that may call them, out of order with the reason', async () => {
    const yibao = hall.itemOf('yibao');
    await hall.login('w06', 'w6');
    const first = (await hall.issue(yibao)).body.ticket;
    const second = (await hall.issue(yibao)).body.ticket;
    const supervisor = await hall.login('supervisor');
    const res = await callTo(supervisor, second.id, { windowId: 'w6', note: '老人优先安排' });
    expect(res.status).toBe(200);
    expect(res.body.ticket).toMatchObject({ id: second.id, status: 'called', windowId: 'w6' });
    expect(hall.app.hall.state.tickets[first.id]?.status).toBe('waiting');
    expect(audits('supervisor.transfer')).toEqual([]);
    const [call] = audits('supervisor.call');
    expect(JSON.parse(call!.after!)).toMatchObject({ windowId: 'w6', note: '老人优先安排' });
    expect(eventAt(call!.seq)).toBe('ticket.called');
    const event = hall.app.db
      .prepare(`SELECT event FROM events WHERE site_id = 'district' AND seq = ?`)
      .get(call!.seq) as { event: string };
    expect(event.event).toContain('老人优先安排');
  });

  it('refuses, coded, and changes nothing', async () => {
    const yibao = hall.itemOf('yibao');
    const w5 = await hall.login('w05', 'w5');
    const w6 = await hall.login('w06', 'w6');
    await hall.login('w01', 'w1');
    const held = (await hall.issue(yibao)).body.ticket;
    const waiting = (await hall.issue(yibao)).body.ticket;
    await post(w5, '/windows/w5/call-next');
    const supervisor = await hall.login('supervisor');
    const before = stateDigest(hall.app.db);
    const code = async (ticketId: string, body: unknown, token = supervisor) => {
      const res = await callTo(token, ticketId, body);
      return [res.status, res.body.error?.code];
    };
    expect(await code(held.id, { windowId: 'w7' })).toEqual([409, 'HALLQ_E_WINDOW_NOT_OPEN']);
    expect(await code(held.id, { windowId: 'w5' })).toEqual([409, 'HALLQ_E_WINDOW_BUSY']);
    expect(await code(held.id, { windowId: 'nowhere' })).toEqual([404, 'HALLQ_E_WINDOW_NOT_FOUND']);
    // w1 serves 社保局: a waiting 医保 visitor is not one it may call.
    expect(await code(waiting.id, { windowId: 'w1' })).toEqual([409, 'HALLQ_E_INVALID_TRANSITION']);
    expect(await code('no-such-ticket', { windowId: 'w6' })).toEqual([
      404,
      'HALLQ_E_TICKET_NOT_FOUND',
    ]);
    expect(await code(held.id, { windowId: '' })).toEqual([400, 'HALLQ_E_VALIDATION']);
    expect((await code(held.id, { windowId: 'w6' }, w6))[0]).toBe(403);
    expect(stateDigest(hall.app.db)).toBe(before);
    await post(w6, '/windows/w6/pause', { reason: '午休' });
    const paused = stateDigest(hall.app.db);
    expect(await code(held.id, { windowId: 'w6' })).toEqual([409, 'HALLQ_E_WINDOW_PAUSED']);
    expect(stateDigest(hall.app.db)).toBe(paused);
    expect(audits('supervisor.call')).toEqual([]);
  });
});
