/**
 * The visitor's phone page on the real server (real HTTP): its event stream
 * sends the ticket at once and again on every change, pushed by the commands
 * of its site (no poll), carries this ticket and its windows only, and turns
 * a ticket of a closed business day to expired on the site's clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhoneStatus } from '@hallq/protocol';
import { startTestHall, TUESDAY_8AM, type TestHall } from '../../test/test-hall';

/** An open /t/<id>/events stream, read as parsed `status` events. */
async function openStream(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const received: PhoneStatus[] = [];
  const waiters: (() => void)[] = [];
  let buffer = '';
  const done = (async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: status\ndata: (.*)$/m.exec(block);
          if (data) {
            received.push(JSON.parse(data[1] as string) as PhoneStatus);
            waiters.splice(0).forEach((w) => w());
          }
        }
      }
    } catch {
      // aborted
    }
  })();
  /** The next status matching `test`, among those received or still to come. */
  const next = async (test: (s: PhoneStatus) => boolean, timeoutMs = 3_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const hit = received.find(test);
      if (hit) return hit;
      if (Date.now() > until) throw new Error(`no matching status in ${JSON.stringify(received)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  const close = async () => {
    controller.abort();
    await done;
  };
  return { res, received, next, close };
}

describe('the phone page /t/<id> and its event stream', () => {
  let hall: TestHall;
  let base: string;
  beforeAll(async () => {
    hall = await startTestHall({ serveScreens: true });
    base = await hall.listen();
  });
  afterAll(() => hall.close());

  const post = (url: string, token: string, body?: unknown) =>
    hall.request({ method: 'POST', url, token, body });

  it('sends the ticket, where to go and its windows at once, then pushes the call to window 5', async () => {
    const mine = (await hall.issue('YB001')).body.ticket;
    const other = (await hall.issue('YB001')).body.ticket;
    const stream = await openStream(`${base}/t/${mine.id}/events`);
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get('content-security-policy')).toContain("connect-src 'self'");

    const first = await stream.next(() => true);
    expect(first.ticket).toMatchObject({
      id: mine.id,
      number: mine.number,
      status: 'waiting',
      unitName: '区医疗保险管理局',
      itemName: '职工参保登记',
      zone: 'A区',
      windowNumbers: [5, 6, 7, 8],
      noWindowOpen: true,
    });
    expect(first.windows.map((w) => [w.number, w.status])).toEqual([
      [5, 'signedOut'],
      [6, 'signedOut'],
      [7, 'signedOut'],
      [8, 'signedOut'],
    ]);
    expect(first.helpDesks).toEqual([{ number: 33, zone: 'C区' }]);
    // This ticket's facts only: never another visitor's id.
    expect(JSON.stringify(first)).not.toContain(other.id);

    const clerk = await hall.login('w05', 'w5');
    const opened = await stream.next((s) => s.windows[0]?.status === 'open');
    expect(opened.ticket.noWindowOpen).toBeUndefined();

    const called = await post('/api/v1/windows/w5/call-next', clerk);
    expect(called.body.ticket.id).toBe(mine.id);
    const pushed = await stream.next((s) => s.ticket.status === 'called');
    expect(pushed.ticket.windowNumber).toBe(5);
    expect(pushed.windows[0]).toMatchObject({ number: 5, serving: mine.number });

    await post(`/api/v1/tickets/${mine.id}/no-show`, clerk);
    const passed = await stream.next((s) => s.ticket.status === 'noShow');
    expect(passed.ticket.windowNumbers).toEqual([5, 6, 7, 8]);
    await stream.close();
  });

  it('a transfer pushes the new unit and its windows', async () => {
    const t = (await hall.issue('YB001')).body.ticket;
    const stream = await openStream(`${base}/t/${t.id}/events`);
    await stream.next(() => true);
    const clerk = await hall.login('w06', 'w6');
    let called = await post('/api/v1/windows/w6/call-next', clerk);
    // Earlier tickets of this file may still wait: call until ours comes.
    while (called.body.ticket.id !== t.id) {
      await post(`/api/v1/tickets/${called.body.ticket.id}/finish`, clerk);
      called = await post('/api/v1/windows/w6/call-next', clerk);
    }
    await post(`/api/v1/tickets/${t.id}/transfer`, clerk, {
      toUnitId: 'shebao',
      toItemId: 'SB001',
      position: 'front',
    });
    const moved = await stream.next((s) => s.ticket.transferCount === 1);
    expect(moved.ticket).toMatchObject({
      status: 'waiting',
      unitName: '区社会保险事业管理局',
      windowNumbers: [1, 2, 3, 4],
    });
    expect(moved.windows.map((w) => w.number)).toEqual([1, 2, 3, 4]);
    await stream.close();
  });

  it('an unknown or malformed id is 404 and opens no stream', async () => {
    const before = hall.app.ticketStreams.count();
    expect((await fetch(`${base}/t/t_nosuchticket/events`)).status).toBe(404);
    expect((await fetch(`${base}/t/${encodeURIComponent('<x>')}/events`)).status).toBe(404);
    expect(hall.app.ticketStreams.count()).toBeLessThanOrEqual(before);
  });

  it('the page loads its script from a file that waits on the stream and never polls', async () => {
    const js = await hall.request({ method: 'GET', url: '/t/status.js' });
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.body).toContain('new EventSource');
    expect(js.body).not.toMatch(/setInterval/);
  });

  it('the business day ends on the site’s clock: waiting turns expired before any command or close', async () => {
    const t = (await hall.issue('YB001')).body.ticket;
    const stream = await openStream(`${base}/t/${t.id}/events`);
    await stream.next((s) => s.ticket.status === 'waiting');
    hall.clock.set(TUESDAY_8AM);
    // No command, no closeElapsedDays: the open route already says expired …
    const get = await hall.request({ method: 'GET', url: `/api/v1/tickets/${t.id}` });
    expect(get.body.ticket.status).toBe('expired');
    // … and the stream's heartbeat pushes it.
    hall.app.ticketStreams.refreshAll();
    const expired = await stream.next((s) => s.ticket.status === 'expired');
    expect(expired.ticket.ahead).toBe(0);
    await stream.close();
  });
});
