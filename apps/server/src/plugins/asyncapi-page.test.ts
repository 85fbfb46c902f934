/**
 * The socket.io contract as documented at /docs: every event a screen can
 * receive is in the AsyncAPI document, and what the real server sends over
 * a real socket matches it, field for field (no field the document does not
 * name, none it requires missing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { TObject } from 'typebox';
import { Value } from 'typebox/value';
import { HALL_EVENT_NAMES, HallEventSchemas, PROTOCOL_VERSION } from '@hallq/protocol';
import { startTestHall, type TestHall } from '../../test/test-hall';

interface Received {
  name: string;
  payload: Record<string, unknown>;
}

describe('/docs/asyncapi.json and /docs/events', () => {
  let hall: TestHall;
  let url: string;
  let socket: Socket;
  const received: Received[] = [];

  beforeAll(async () => {
    hall = await startTestHall();
    url = await hall.listen();
  });
  afterAll(async () => {
    socket?.close();
    await hall.close();
  });

  it('documents every hall event, hello, sync and the rooms’ messages', async () => {
    const res = await hall.request({ method: 'GET', url: '/docs/asyncapi.json' });
    expect(res.status).toBe(200);
    const doc = res.body as {
      asyncapi: string;
      components: { messages: Record<string, { name: string; payload: { required: string[] } }> };
    };
    expect(doc.asyncapi).toBe('3.0.0');
    const names = Object.values(doc.components.messages).map((m) => m.name);
    for (const name of HALL_EVENT_NAMES) expect(names).toContain(name);
    expect(names).toEqual(expect.arrayContaining(['hello', 'sync', 'alert', 'proxy']));
    const called = Object.values(doc.components.messages).find((m) => m.name === 'ticket.called');
    expect(called?.payload.required).toEqual(
      expect.arrayContaining(['seq', 'siteId', 'at', 'ticket', 'window']),
    );
  });

  it('the events a display receives on a real socket match their documented payloads', async () => {
    socket = connect(url, {
      auth: { token: hall.device('display'), protocolVersion: PROTOCOL_VERSION },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const hello = new Promise<Record<string, unknown>>((resolve, reject) => {
      socket.once('hello', resolve);
      socket.once('connect_error', reject);
    });
    socket.onAny((name: string, payload: Record<string, unknown>) => {
      received.push({ name, payload });
    });
    await hello;

    const clerk = await hall.login('w05', 'w5');
    const post = (path: string, body: unknown = {}) =>
      hall.request({ method: 'POST', url: `/api/v1${path}`, token: clerk, body });
    const item = hall.itemOf('yibao');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await hall.issue(item)).body.ticket.id as string);
    await post('/windows/w5/call-next');
    await post(`/tickets/${ids[0]}/recall`);
    await post(`/tickets/${ids[0]}/start`);
    await post(`/tickets/${ids[0]}/finish`);
    await post('/windows/w5/call-next');
    await post(`/tickets/${ids[1]}/no-show`);
    await post('/windows/w5/pause', { reason: '临时离开', until: '14:30' });
    await post('/windows/w5/resume');
    await post(`/tickets/${ids[1]}/restore`, { position: 'back' });
    await post('/windows/w5/call-next');
    await post(`/tickets/${ids[2]}/transfer`, {
      toItemId: hall.itemOf('shebao'),
      position: 'front',
      note: '属社保业务',
    });
    await post('/windows/w5/call-next');
    await post(`/tickets/${ids[3]}/cancel`, { reason: '群众放弃' });
    const admin = await hall.login('admin');
    await hall.request({ method: 'POST', url: '/api/v1/windows/w5/sign-out', token: admin });
    await hall.request({
      method: 'PUT',
      url: '/api/v1/notice',
      token: admin,
      body: { notice: '今日下午系统维护' },
    });

    const expected = [
      'ticket.issued',
      'window.signedIn',
      'ticket.called',
      'ticket.recalled',
      'ticket.started',
      'ticket.finished',
      'ticket.noShow',
      'ticket.restored',
      'ticket.transferred',
      'window.paused',
      'window.resumed',
      'ticket.cancelled',
      'window.signedOut',
      'notice.updated',
    ];
    for (let i = 0; i < 500; i++) {
      if (expected.every((n) => received.some((r) => r.name === n))) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(received.map((r) => r.name)).toEqual(expect.arrayContaining(['hello', ...expected]));

    const schemas = HallEventSchemas as unknown as Record<string, TObject>;
    for (const { name, payload } of received) {
      if (name === 'hello') continue;
      const schema = schemas[name];
      expect(schema, `${name} is documented`).toBeDefined();
      const errors = [...Value.Errors(schema!, payload)].map((e) => JSON.stringify(e));
      expect(errors, `${name}: ${JSON.stringify(payload)}`).toEqual([]);
      // Nothing is sent that the document does not name.
      const documented = Object.keys(schema!.properties);
      for (const key of Object.keys(payload)) expect(documented, `${name}.${key}`).toContain(key);
    }
  });

  it('/docs/events shows each event with its fields, without a script', async () => {
    const res = await hall.request({ method: 'GET', url: '/docs/events' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = String(res.body);
    expect(html).toContain('<code>ticket.called</code>');
    expect(html).toContain('<code>window.number</code>');
    expect(html).toContain('<code>proxy.registered</code>');
    expect(html).not.toContain('<script');
  });
});
