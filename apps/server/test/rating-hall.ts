/**
 * A test hall for 好差评: the clerk w05 at w5 has finished one ticket (A
 * 医保 ticket), another waits, and there are rating pads for w5 and w6.
 */
import { expect } from 'vitest';
import { startTestHall, type TestHall, type TestHallOptions } from './test-hall';

export async function finishedHall(options: TestHallOptions = {}) {
  const h: TestHall = await startTestHall(options);
  const admin = await h.login('admin');
  const rater = async (windowId: string) => {
    const res = await h.request({
      method: 'POST',
      url: '/api/v1/devices',
      token: admin,
      body: { kind: 'rater', name: `${windowId} 评价器`, windowId },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.device).toMatchObject({ kind: 'rater', windowId });
    return res.body.token as string;
  };
  const clerk = await h.login('w05', 'w5');
  const ticket = (await h.issue(h.itemOf('yibao'))).body.ticket;
  const waiting = (await h.issue(h.itemOf('yibao'))).body.ticket;
  const call = await h.request({
    method: 'POST',
    url: '/api/v1/windows/w5/call-next',
    token: clerk,
  });
  expect(call.body.ticket.id).toBe(ticket.id);
  const act = (a: string) =>
    h.request({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/${a}`, token: clerk, body: {} });
  expect((await act('start')).status).toBe(200);
  expect((await act('finish')).status).toBe(200);
  return { h, admin, clerk, ticket, waiting, pad5: await rater('w5'), pad6: await rater('w6') };
}

export const rate = (h: TestHall, token: string | undefined, body: object) =>
  h.request({ method: 'POST', url: '/api/v1/ratings', ...(token ? { token } : {}), body });
