/**
 * 全程代办 on the real server (issue 15, core Q27–Q30, S11): a village
 * agent's 代办 reaches the district unit's 代办 list; the clerk asks for a
 * missing material and the agent hears it on the socket; the agent brings it
 * (a second trip), the clerk accepts and finishes, and the status page's read
 * shows it done. The applicant is masked everywhere but the record; the hall
 * screen hears nothing; refusals are coded and change nothing; an overdue
 * 代办 is a red alert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ProxyTicketView } from '@hallq/protocol';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';

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

interface Heard {
  name: string;
  payload: Record<string, unknown>;
}

/** A socket with a token, recording what it hears once it is in its rooms. */
async function listen(token: string): Promise<Heard[]> {
  const socket = connect(url, { auth: { token }, transports: ['websocket'], forceNew: true });
  sockets.push(socket);
  const heard: Heard[] = [];
  socket.onAny((name: string, payload: Record<string, unknown>) => {
    if (name !== 'hello') heard.push({ name, payload });
  });
  await new Promise((resolve, reject) => {
    socket.once('hello', resolve);
    socket.once('connect_error', reject);
  });
  return heard;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

const proxyHeard = (heard: Heard[], status: string) =>
  heard.some((h) => h.name === 'proxy' && (h.payload as ProxyTicketView).status === status);

const REPORT = {
  siteId: 'district',
  itemId: 'YB008',
  applicant: { name: '王秀英', phone: '13912345678' },
  materials: ['居民身份证', '门诊收费票据', '费用明细清单'],
  note: '老人行动不便，村代办员代为报销',
};

describe('全程代办 on the server', () => {
  it("a village agent's 代办 reaches the district unit's list; missing materials go back; done shows on the status read", async () => {
    const agent = await hall.login('vil-001-1-agent');
    const clerk = await hall.login('w05', 'w5');
    const agentHears = await listen(agent);
    const clerkHears = await listen(clerk);
    const screen = await listen(hall.device('display'));

    const made = await hall.request({
      method: 'POST',
      url: '/api/v1/proxy-tickets',
      token: agent,
      body: REPORT,
    });
    expect(made.status).toBe(201);
    const ticket = made.body.ticket as ProxyTicketView;
    // The record itself: the agent reads the villager in clear.
    expect(ticket).toMatchObject({
      siteId: 'district',
      unitId: 'yibao',
      itemName: '门诊费用报销',
      agentSiteId: 'vil-001-1',
      applicant: REPORT.applicant,
      masked: false,
      status: 'submitted',
      trips: 1,
      // 15 working days from Monday 2026-11-23 (core Q29).
      dueDay: '2026-12-14',
      overdue: false,
    });

    // The clerk at window 5 (医保) sees it in the 代办 list, masked.
    const list = await hall.request({ method: 'GET', url: '/api/v1/proxy-tickets', token: clerk });
    expect(list.status).toBe(200);
    const mine = (list.body.tickets as ProxyTicketView[]).find((t) => t.id === ticket.id);
    expect(mine).toMatchObject({ masked: true, applicant: { name: '王**', phone: '139****5678' } });
    await until(() => proxyHeard(clerkHears, 'submitted'));
    // Never in the queue: call-next finds nobody; never on the hall screen.
    const next = await hall.request({
      method: 'POST',
      url: '/api/v1/windows/w5/call-next',
      token: clerk,
    });
    expect(next.body.error?.code ?? next.body.ticket?.id).not.toBe(ticket.id);

    // The clerk asks for a missing material; the agent hears it with the list.
    const ask = await hall.request({
      method: 'POST',
      url: `/api/v1/proxy-tickets/${ticket.id}/steps`,
      token: clerk,
      body: { kind: 'askMaterials', materials: ['门诊病历或诊断证明'], note: '请补充门诊病历' },
    });
    expect(ask.status).toBe(200);
    await until(() => proxyHeard(agentHears, 'materialsMissing'));
    const asked = agentHears.find(
      (h) => h.name === 'proxy' && h.payload.status === 'materialsMissing',
    );
    expect(asked?.payload).toMatchObject({
      missing: ['门诊病历或诊断证明'],
      applicant: { name: '王**' },
    });
    const agentList = await hall.request({
      method: 'GET',
      url: '/api/v1/proxy-tickets',
      token: agent,
    });
    expect(agentList.body.tickets[0]).toMatchObject({ id: ticket.id, status: 'materialsMissing' });

    // Each party takes its own steps only: the clerk cannot bring the materials.
    const notTheirs = await hall.request({
      method: 'POST',
      url: `/api/v1/proxy-tickets/${ticket.id}/steps`,
      token: clerk,
      body: { kind: 'resubmit', materials: ['门诊病历或诊断证明'] },
    });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.error.code).toBe('HALLQ_E_FORBIDDEN');

    // The agent brings it: a second trip. The clerk accepts and finishes.
    const back = await hall.request({
      method: 'POST',
      url: `/api/v1/proxy-tickets/${ticket.id}/steps`,
      token: agent,
      body: { kind: 'resubmit', materials: ['门诊病历或诊断证明'], note: '已补齐' },
    });
    expect(back.body.ticket).toMatchObject({ status: 'submitted', trips: 2, missing: [] });
    for (const kind of ['accept', 'finish']) {
      const r = await hall.request({
        method: 'POST',
        url: `/api/v1/proxy-tickets/${ticket.id}/steps`,
        token: clerk,
        body: { kind, note: kind === 'finish' ? '报销款已转入本人账户' : '' },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    await until(() => proxyHeard(agentHears, 'done'));

    // The villager's status page follows it by id: done, masked.
    const status = await hall.request({ method: 'GET', url: `/api/v1/tickets/${ticket.id}` });
    expect(status.body.ticket).toMatchObject({
      status: 'done',
      proxy: { status: 'done', trips: 2, masked: true, applicant: { name: '王**' } },
    });
    expect(JSON.stringify(status.body)).not.toContain('王秀英');
    const steps = (status.body.ticket.proxy as ProxyTicketView).steps.map((s) => s.kind);
    expect(steps).toEqual(['askMaterials', 'resubmit', 'accept', 'finish']);

    // The hall screen heard no proxy event; the audit names no villager.
    expect(screen.some((h) => h.name.startsWith('proxy'))).toBe(false);
    const audit = await hall.request({
      method: 'GET',
      url: `/api/v1/audit?target=proxy:${ticket.id}`,
      token: await hall.login('admin'),
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action).sort()).toEqual(
      [
        'proxy.accept',
        'proxy.askMaterials',
        'proxy.finish',
        'proxy.registered',
        'proxy.resubmit',
      ].sort(),
    );
    expect(JSON.stringify(audit.body)).not.toContain('13912345678');

    // A restart keeps the record: the agent still reads it done, in clear, after two trips.
    await hall.restart();
    const after = await hall.request({
      method: 'GET',
      url: `/api/v1/proxy-tickets/${ticket.id}`,
      token: await hall.login('vil-001-1-agent'),
    });
    expect(after.body.ticket).toMatchObject({
      status: 'done',
      trips: 2,
      applicant: REPORT.applicant,
      masked: false,
    });
  });

  it('refusals are coded and change nothing', async () => {
    const agent = await hall.login('vil-001-2-agent');
    const clerk = await hall.login('w06', 'w6');
    const before = stateDigest(hall.app.db);
    const post = (token: string, body: object) =>
      hall.request({
        method: 'POST',
        url: '/api/v1/proxy-tickets',
        token,
        body: { ...REPORT, itemId: 'YB002', materials: ['居民身份证'], ...body },
      });
    const code = async (p: ReturnType<typeof post>) => (await p).body.error.code as string;
    expect(await code(post(clerk, {}))).toBe('HALLQ_E_NOT_AGENT');
    // Not a matter this room takes in; another township's hall; an item the township does not handle.
    expect(await code(post(agent, { itemId: 'GS001', materials: [] }))).toBe(
      'HALLQ_E_PROXY_ITEM_NOT_TAKEN',
    );
    expect(await code(post(agent, { siteId: 'twn-002' }))).toBe('HALLQ_E_PROXY_SITE_NOT_ABOVE');
    expect(await code(post(agent, { materials: ['结婚证'] }))).toBe(
      'HALLQ_E_PROXY_MATERIAL_UNKNOWN',
    );
    expect(stateDigest(hall.app.db)).toBe(before);
  });

  it('S11: a 代办 not done by its promised date is a red alert, closed once done', async () => {
    const agent = await hall.login('vil-001-3-agent');
    const made = await hall.request({
      method: 'POST',
      url: '/api/v1/proxy-tickets',
      token: agent,
      body: { ...REPORT, itemId: 'YB002', materials: [] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.ticket.id as string;
    hall.clock.advance(3 * 86_400_000);
    hall.app.supervision.tick();
    const open = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 100 });
    expect(open.find((a) => a.rule === 'proxy-overdue')).toMatchObject({
      level: 'red',
      unitId: 'yibao',
      detail: { proxyId: id, itemId: 'YB002' },
    });
    const clerk = await hall.login('admin');
    for (const kind of ['accept', 'finish'])
      await hall.request({
        method: 'POST',
        url: `/api/v1/proxy-tickets/${id}/steps`,
        token: clerk,
        body: { kind, note: '' },
      });
    hall.app.supervision.tick();
    const still = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 100 });
    expect(still.some((a) => a.rule === 'proxy-overdue' && a.detail.proxyId === id)).toBe(false);
  });
});
