/**
 * Where to go (issue 16): every ticket the server shows names its unit, its
 * item, the zone and the windows serving it today — the same for the kiosk's
 * reply, the open GET /tickets/:id behind the QR code and the printed ticket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('ticket view: where to go', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(() => hall.close());

  const get = async (id: string) =>
    (await hall.request({ method: 'GET', url: `/api/v1/tickets/${id}` })).body.ticket;

  it('a 医保 ticket says 区医疗保险管理局, its item, A区 and windows 5–8', async () => {
    const issued = (await hall.issue('YB001')).body.ticket;
    expect(issued).toMatchObject({
      unitName: '区医疗保险管理局',
      itemName: '职工参保登记',
      zone: 'A区',
      windowNumbers: [5, 6, 7, 8],
    });
    expect(await get(issued.id)).toMatchObject({ zone: 'A区', windowNumbers: [5, 6, 7, 8] });
  });

  it('a comprehensive unit is sent to the window its rota names today (Monday: 教育 at 24, C区)', async () => {
    const t = (await hall.issue(hall.itemOf('jiaoyu'))).body.ticket;
    expect(t).toMatchObject({ zone: 'C区', windowNumbers: [24] });
  });

  it('a ticket transferred to one window names that window only; one sent to a unit names its windows', async () => {
    const t = (await hall.issue('YB001')).body.ticket;
    const clerk = await hall.login('w05', 'w5');
    const called = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
    });
    expect(called.body.ticket.windowNumber).toBe(5);
    const sentTo = called.body.ticket.id as string;
    const moved = await hall.request({
      method: 'POST',
      url: `/api/v1/tickets/${sentTo}/transfer`,
      token: clerk,
      body: { toWindowId: 'w11', position: 'front' },
    });
    expect(moved.status).toBe(200);
    expect(await get(sentTo)).toMatchObject({ zone: 'B区', windowNumbers: [11] });
    expect(await get(t.id)).toMatchObject({ windowNumbers: [5, 6, 7, 8] });
  });
});
