import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('tickets: issue, look up, and act on them at the window', () => {
  let hall: TestHall;
  let yibao: string;
  beforeEach(async () => {
    hall = await startTestHall();
    yibao = hall.itemOf('yibao');
  });
  afterEach(() => hall.close());

  const act = (token: string, ticketId: string, action: string, body?: unknown) =>
    hall.request({ method: 'POST', url: `/api/v1/tickets/${ticketId}/${action}`, token, body });
  const callNext = (token: string, windowId: string) =>
    hall.request({ method: 'POST', url: `/api/v1/windows/${windowId}/call-next`, token });
  const get = (ticketId: string) =>
    hall.request({ method: 'GET', url: `/api/v1/tickets/${ticketId}` });

  it('issues 201 A001, A002… with the number of people ahead', async () => {
    const first = await hall.issue(yibao);
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({
      number: 'A001',
      status: 'waiting',
      unitId: 'yibao',
      itemId: yibao,
      ahead: 0,
    });
    expect(first.body.ticket.id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const second = await hall.issue(yibao);
    expect(second.body.ticket).toMatchObject({ number: 'A002', ahead: 1 });
    // Numbering is per unit: 社保 starts at B001.
    const shebao = await hall.issue(hall.itemOf('shebao'));
    expect(shebao.body.ticket).toMatchObject({ number: 'B001', ahead: 0 });
  });

  it('GET /tickets/:id (open) shows the current status and ahead; an unknown id is 404', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const a2 = (await hall.issue(yibao)).body.ticket;
    const a3 = (await hall.issue(yibao)).body.ticket;
    expect((await get(a3.id)).body.ticket).toMatchObject({ number: 'A003', ahead: 2 });
    const clerk = await hall.login('w05', 'w5');
    await callNext(clerk, 'w5');
    const after = await get(a3.id);
    expect(after.status).toBe(200);
    expect(after.body.ticket).toMatchObject({ status: 'waiting', ahead: 1 });
    expect((await get(a1.id)).body.ticket).toMatchObject({ status: 'called', windowNumber: 5 });
    expect((await get(a2.id)).body.ticket.ahead).toBe(0);
    const missing = await get('t_doesNotExist000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('HALLQ_E_TICKET_NOT_FOUND');
  });

  it('an unknown item is refused with a coded 404 and issues nothing', async () => {
    const res = await hall.issue('no-such-item');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('HALLQ_E_ITEM_NOT_FOUND');
    expect((await hall.issue(yibao)).body.ticket.number).toBe('A001');
  });

  it('recall keeps the count; start and finish complete it; the window is then free', async () => {
    const t = (await hall.issue(yibao)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    expect((await callNext(clerk, 'w5')).body.ticket.id).toBe(t.id);
    const r1 = await act(clerk, t.id, 'recall');
    expect(r1.status).toBe(200);
    expect(r1.body.ticket).toMatchObject({ status: 'called', recallCount: 1, number: 'A001' });
    const r2 = await act(clerk, t.id, 'recall');
    expect(r2.body.ticket.recallCount).toBe(2);
    expect((await get(t.id)).body.ticket.recallCount).toBe(2);

    const started = await act(clerk, t.id, 'start');
    expect(started.status).toBe(200);
    expect(started.body.ticket.status).toBe('serving');
    hall.clock.advance(5 * 60_000);
    const finished = await act(clerk, t.id, 'finish');
    expect(finished.status).toBe(200);
    expect(finished.body.ticket).toMatchObject({ status: 'done', recallCount: 2 });
    expect((await get(t.id)).body.ticket.status).toBe('done');
    const w5 = await hall.request({ method: 'GET', url: '/api/v1/windows/w5' });
    expect(w5.body.window.current).toBeUndefined();
    // A finished ticket cannot be acted on again.
    const again = await act(clerk, t.id, 'finish');
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
  });

  it('no-show (过号) closes the ticket and the next call gets the next visitor', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const a2 = (await hall.issue(yibao)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    await callNext(clerk, 'w5');
    const skipped = await act(clerk, a1.id, 'no-show');
    expect(skipped.status).toBe(200);
    expect(skipped.body.ticket.status).toBe('noShow');
    expect((await get(a1.id)).body.ticket.status).toBe('noShow');
    const next = await callNext(clerk, 'w5');
    expect(next.body.ticket).toMatchObject({ id: a2.id, number: 'A002' });
  });

  it('only the window holding a ticket may act on it (403 or 409), and the ticket is untouched', async () => {
    const t = (await hall.issue(yibao)).body.ticket;
    const holder = await hall.login('w05', 'w5');
    const other = await hall.login('w06', 'w6');
    await callNext(holder, 'w5');
    for (const action of ['recall', 'no-show', 'start', 'finish']) {
      const res = await act(other, t.id, action);
      expect([403, 409]).toContain(res.status);
      expect(res.body.error.code).toMatch(/^HALLQ_E_/);
    }
    const transfer = await act(other, t.id, 'transfer', { toUnitId: 'shebao', position: 'front' });
    expect([403, 409]).toContain(transfer.status);
    expect((await get(t.id)).body.ticket).toMatchObject({
      status: 'called',
      windowId: 'w5',
      recallCount: 0,
      unitId: 'yibao',
    });
    // A clerk signed into no window cannot act on tickets at all.
    const roaming = await hall.login('clerk');
    expect((await act(roaming, t.id, 'finish')).status).toBe(403);
  });

  it('transfer to another unit at the front: that unit calls it next, keeping its number', async () => {
    const b1 = (await hall.issue(hall.itemOf('shebao'))).body.ticket;
    const a1 = (await hall.issue(yibao)).body.ticket;
    const yibaoClerk = await hall.login('w05', 'w5');
    const shebaoClerk = await hall.login('w01', 'w1');
    await callNext(yibaoClerk, 'w5');
    const moved = await act(yibaoClerk, a1.id, 'transfer', {
      toUnitId: 'shebao',
      toItemId: hall.itemOf('shebao'),
      position: 'front',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.ticket).toMatchObject({
      number: 'A001',
      status: 'waiting',
      unitId: 'shebao',
      ahead: 0,
    });
    expect((await get(b1.id)).body.ticket.ahead).toBe(1);
    // The yibao window is free again and its queue is empty.
    const empty = await callNext(yibaoClerk, 'w5');
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('HALLQ_E_QUEUE_EMPTY');
    const called = await callNext(shebaoClerk, 'w1');
    expect(called.body.ticket).toMatchObject({ id: a1.id, number: 'A001', unitId: 'shebao' });
    expect((await callNext(shebaoClerk, 'w1')).status).toBe(409); // still holds A001
    await act(shebaoClerk, a1.id, 'finish');
    expect((await callNext(shebaoClerk, 'w1')).body.ticket.id).toBe(b1.id);
  });

  it('transfer to the back queues it behind those already waiting', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const b1 = (await hall.issue(hall.itemOf('shebao'))).body.ticket;
    const yibaoClerk = await hall.login('w05', 'w5');
    const shebaoClerk = await hall.login('w01', 'w1');
    await callNext(yibaoClerk, 'w5');
    const moved = await act(yibaoClerk, a1.id, 'transfer', {
      toUnitId: 'shebao',
      toItemId: hall.itemOf('shebao'),
      position: 'back',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.ticket.ahead).toBe(1);
    expect((await callNext(shebaoClerk, 'w1')).body.ticket.id).toBe(b1.id);
  });

  it('a transfer to an unknown unit is refused and the ticket stays at the window', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    await callNext(clerk, 'w5');
    const res = await act(clerk, a1.id, 'transfer', { toUnitId: 'atlantis', position: 'front' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await get(a1.id)).body.ticket).toMatchObject({ status: 'called', unitId: 'yibao' });
  });

  it('transfer to a chosen window: only that window calls it, ahead of its queue', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const a2 = (await hall.issue(yibao)).body.ticket;
    const w5 = await hall.login('w05', 'w5');
    const w6 = await hall.login('w06', 'w6');
    await callNext(w5, 'w5');
    const moved = await act(w5, a1.id, 'transfer', { toWindowId: 'w6', position: 'front' });
    expect(moved.status).toBe(200);
    expect(moved.body.ticket).toMatchObject({
      status: 'waiting',
      targetWindowId: 'w6',
      number: 'A001',
    });
    expect((await callNext(w5, 'w5')).body.ticket.id).toBe(a2.id);
    expect((await callNext(w6, 'w6')).body.ticket.id).toBe(a1.id);
  });

  it('the site supervisor cancels a waiting ticket; it leaves the queue. A kiosk cannot', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const a2 = (await hall.issue(yibao)).body.ticket;
    const cancel = (token: string) =>
      hall.request({
        method: 'POST',
        url: `/api/v1/tickets/${a1.id}/cancel`,
        token,
        body: { reason: '群众自行离开' },
      });
    expect((await cancel(hall.device('kiosk'))).body.error.code).toBe('HALLQ_E_FORBIDDEN');
    expect((await get(a1.id)).body.ticket.status).toBe('waiting');
    const res = await cancel(await hall.login('supervisor'));
    expect(res.status).toBe(200);
    expect(res.body.ticket.status).toBe('cancelled');
    expect((await get(a2.id)).body.ticket.ahead).toBe(0);
    const clerk = await hall.login('w05', 'w5');
    expect((await callNext(clerk, 'w5')).body.ticket.id).toBe(a2.id);
  });

  it('a clerk cancels the ticket their window holds, not one waiting or held elsewhere', async () => {
    const a1 = (await hall.issue(yibao)).body.ticket;
    const a2 = (await hall.issue(yibao)).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    const other = await hall.login('w06', 'w6');
    expect((await callNext(clerk, 'w5')).body.ticket.id).toBe(a1.id);
    const cancel = (token: string, id: string) =>
      hall.request({ method: 'POST', url: `/api/v1/tickets/${id}/cancel`, token, body: {} });
    expect((await cancel(clerk, a2.id)).body.error.code).toBe('HALLQ_E_TICKET_NOT_HELD');
    expect((await cancel(other, a1.id)).body.error.code).toBe('HALLQ_E_TICKET_NOT_HELD');
    const res = await cancel(clerk, a1.id);
    expect(res.status).toBe(200);
    expect(res.body.ticket.status).toBe('cancelled');
    // The screens' view (kept by the one reducer) shows the window free at once.
    const queues = await hall.request({ method: 'GET', url: '/api/v1/queues' });
    const w5 = queues.body.windows.find((w: { id: string }) => w.id === 'w5');
    expect(w5.current).toBeUndefined();
    expect(w5.status).toBe('open');
    // The window is free: the next call takes the next visitor.
    expect((await callNext(clerk, 'w5')).body.ticket.id).toBe(a2.id);
  });

  it('限号: a daily quota set by the admin stops issuing once used, and shows what is left', async () => {
    const item = hall.itemOf('gongan');
    const admin = await hall.login('admin');
    const set = await hall.request({
      method: 'PATCH',
      url: `/api/v1/items/${item}`,
      token: admin,
      body: { dailyQuota: 2 },
    });
    expect(set.status).toBe(200);
    expect((await hall.issue(item)).status).toBe(201);
    const remaining = async () =>
      (await hall.request({ method: 'GET', url: '/api/v1/catalog' })).body.items.find(
        (i: { id: string }) => i.id === item,
      ).remainingToday;
    expect(await remaining()).toBe(1);
    expect((await hall.issue(item)).status).toBe(201);
    const refused = await hall.issue(item);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('HALLQ_E_QUOTA_EXHAUSTED');
    expect(await remaining()).toBe(0);
    await hall.restart();
    expect((await hall.issue(item)).body.error.code).toBe('HALLQ_E_QUOTA_EXHAUSTED');
  });
});
