/**
 * A township hall's screens hear their own site only (issue 15, core Q26):
 * the demo's twn-001 hall screen receives its kiosk's ticket and its clerk's
 * call; twn-002's screen and the district's receive neither, and the
 * district's call does not reach the township.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startTestHall, type TestHall } from '../../test/test-hall';

interface Heard {
  name: string;
  payload: { siteId?: string; type?: string; [k: string]: unknown };
}

let hall: TestHall;
let url: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  hall = await startTestHall();
  url = await hall.listen();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await hall.close();
});

const tokenOf = (id: string) => hall.creds.devices.find((d) => d.id === id)!.token;

/** A screen's socket, recording the hall events it hears, once it has joined its room. */
async function screen(deviceId: string): Promise<{ heard: Heard[]; siteId: string }> {
  const socket = connect(url, {
    auth: { token: tokenOf(deviceId) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  const heard: Heard[] = [];
  socket.onAny((name: string, payload: Heard['payload']) => {
    if (name !== 'hello') heard.push({ name, payload });
  });
  const hello = await new Promise<{ siteId: string }>((resolve, reject) => {
    socket.once('hello', resolve);
    socket.once('connect_error', reject);
  });
  return { heard, siteId: hello.siteId };
}

/** Waits (up to about 5 s on a loaded machine) until `heard` holds `n` events. */
async function until(heard: Heard[], n: number): Promise<void> {
  for (let i = 0; i < 500 && heard.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(heard.length).toBeGreaterThanOrEqual(n);
}

const kinds = (heard: Heard[]) => heard.map((h) => h.payload.type ?? h.name);

describe("a township hall's screens", () => {
  it('hear their own kiosk and clerk only', async () => {
    const own = await screen('twn-001-display');
    const other = await screen('twn-002-display');
    const district = await screen('display-1');
    expect([own.siteId, other.siteId, district.siteId]).toEqual(['twn-001', 'twn-002', 'district']);

    const issued = await hall.request({
      method: 'POST',
      url: '/api/v1/tickets',
      token: tokenOf('twn-001-kiosk'),
      body: { itemId: 'YB002' },
    });
    expect(issued.body.ticket.number).toBe('A001');
    const clerk = await hall.login('twn-001-w2', 'twn-001-w2');
    const called = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/twn-001-w2/call-next',
      token: clerk,
      body: {},
    });
    expect(called.status).toBe(200);
    await until(own.heard, 3);
    expect(kinds(own.heard)).toEqual(['ticket.issued', 'window.signedIn', 'ticket.called']);
    expect(own.heard.every((h) => h.payload.siteId === 'twn-001')).toBe(true);

    // The district's own ticket reaches the district's screen, never the townships'.
    await hall.issue('YB002');
    await until(district.heard, 1);
    expect(kinds(district.heard)).toEqual(['ticket.issued']);
    expect(other.heard).toEqual([]);
    expect(own.heard).toHaveLength(3);
  });
});
