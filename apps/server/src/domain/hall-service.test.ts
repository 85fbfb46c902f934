/**
 * The hall's one model moves in place inside the command's transaction. When
 * the transaction fails, nothing of the command may remain: not in the
 * database, not in the model the next command is decided against.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { openDatabase } from '../store/open-database';
import { Accounts } from './accounts';
import { hashPassword } from '../security/password';

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

  it('a clerk added to the database while the server runs shows by name on the window at once', async () => {
    // Another writer (the CLI) adds the clerk through its own connection.
    const db = openDatabase(path.join(hall.dataDir, 'hallq.sqlite'));
    new Accounts(db, 12).createStaff(
      {
        username: 'lisi',
        passwordHash: hashPassword('lisi-password-1'),
        name: '李四',
        staffNo: 'DA0999',
        role: 'clerk',
        siteId: 'district',
        windowIds: ['w7'],
      },
      hall.clock.now(),
    );
    db.close();
    const login = await hall.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'lisi', password: 'lisi-password-1', windowId: 'w7' },
      remoteAddress: '10.9.9.9',
    });
    expect(login.status).toBe(200);
    const window = await hall.request({ method: 'GET', url: '/api/v1/windows/w7' });
    expect(window.body.window.staff).toEqual({
      id: expect.any(String),
      name: '李四',
      staffNo: 'DA0999',
    });
  });
});
