/**
 * The hall's one model moves in place inside the command's transaction. When
 * the transaction fails, nothing of the command may remain: not in the
 * database, not in the model the next command is decided against.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';

describe('HallService', () => {
  let hall: TestHall;
  beforeEach(async () => {
    hall = await startTestHall();
  });
  afterEach(async () => hall.close());

  it('a command whose transaction fails leaves the model as it was: the next ticket takes the same number', async () => {
    const itemId = hall.itemOf('yibao');
    const first = await hall.issue(itemId);
    expect(first.status).toBe(201);
    const service = hall.app.hall;
    const seq = service.seq('district');
    const command = {
      type: 'issueTicket' as const,
      at: hall.clock.now(),
      ticketId: 'doomed',
      itemId,
      priority: 'normal' as const,
    };
    expect(() =>
      service.execute(command, {}, () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(service.state.tickets.doomed).toBeUndefined();
    expect(service.seq('district')).toBe(seq);
    expect((await hall.request({ method: 'GET', url: '/api/v1/tickets/doomed' })).status).toBe(404);

    const second = await hall.issue(itemId);
    expect(second.status).toBe(201);
    const serial = (n: string) => Number(n.replace(/\D/g, ''));
    expect(serial(second.body.ticket.number)).toBe(serial(first.body.ticket.number) + 1);
    expect(second.body.ticket.ahead).toBe(first.body.ticket.ahead + 1);
  });
});
