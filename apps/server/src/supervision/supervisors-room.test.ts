/**
 * The supervisors room: a supervisor's socket gets each alert as it stands
 * (`alert`, note included) after each of its events. The alert events
 * themselves are logged in the site's supervision stream and reach no
 * screen: a display sees neither them nor a gap in its site's seq, and
 * never joins the supervisors room.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startTestHall, type TestHall } from '../../test/test-hall';

interface Received {
  name: string;
  payload: Record<string, unknown>;
}

async function socketOf(url: string, token: string) {
  const socket: Socket = connect(url, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const events: Received[] = [];
  socket.onAny((name: string, payload: Received['payload']) => events.push({ name, payload }));
  await new Promise((resolve, reject) => {
    socket.once('hello', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, events };
}

async function until(events: Received[], test: (e: Received) => boolean): Promise<Received> {
  for (let i = 0; i < 300; i++) {
    const hit = events.find(test);
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`not received; got ${events.map((e) => e.name).join(', ')}`);
}

describe('the supervisors room', () => {
  let hall: TestHall | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await hall?.close();
    hall = undefined;
  });

  it('a supervisor gets each alert as it stands; a display gets nothing of it, and no gap in its seq', async () => {
    hall = await startTestHall();
    const url = await hall.listen();
    const admin = await hall.login('admin');
    await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { supervision: { waitLimitMinutes: 10, signedOutMinutes: 0, backlogWaiting: 0 } },
    });
    const supervisorToken = await hall.login('supervisor');
    const sup = await socketOf(url, supervisorToken);
    const display = await socketOf(url, hall.device('display'));
    sockets.push(sup.socket, display.socket);

    await hall.issue(hall.itemOf('yibao'));
    hall.clock.advance(10 * 60_000);
    const [opened] = hall.app.supervision.tick();
    const id = opened?.type === 'alert.opened' ? opened.alert.id : '';
    const first = await until(sup.events, (e) => e.name === 'alert');
    expect(first.payload).toMatchObject({ id, rule: 'long-wait', level: 'yellow' });

    const ack = await hall.request({
      method: 'POST',
      url: `/api/v1/alerts/${id}/ack`,
      token: supervisorToken,
      body: { note: '已请导办引导' },
    });
    expect(ack.status).toBe(200);
    const acked = await until(
      sup.events,
      (e) => e.name === 'alert' && e.payload.acknowledgedAt !== undefined,
    );
    expect(acked.payload).toMatchObject({ id, note: '已请导办引导' });
    expect(acked.payload).toMatchObject({ acknowledgedBy: { name: '效能监察员' } });
    // The display's feed: the ticket, then the next hall event with the next
    // seq — no alert, no acknowledgement, no gap.
    await hall.issue(hall.itemOf('yibao'));
    for (let i = 0; i < 300; i++) {
      if (display.events.filter((e) => e.name === 'ticket.issued').length >= 2) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const names = display.events.map((e) => e.name).filter((n) => n !== 'hello');
    expect(names).toEqual(['ticket.issued', 'ticket.issued']);
    const seqs = display.events
      .filter((e) => e.name === 'ticket.issued')
      .map((e) => e.payload.seq as number);
    expect(seqs[1]).toBe(seqs[0]! + 1);
    expect(display.events.some((e) => e.name.startsWith('alert'))).toBe(false);
  });
});
