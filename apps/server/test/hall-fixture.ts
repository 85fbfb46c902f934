/**
 * The hall the write-route suites run against: a called ticket, tickets
 * waiting, an open alert, a 代办, and a token of every kind of caller.
 */
import type { TestHall } from './test-hall';

export type Caller =
  | 'kiosk'
  | 'display'
  | 'caller'
  | 'rater'
  | 'clerk'
  | 'clerkElsewhere'
  | 'supervisor'
  | 'admin'
  | 'agent';

export interface HallFixture {
  tokens: Record<Caller, string>;
  /** Called at w5 by the clerk. */
  calledId: string;
  /** Waiting in yibao. */
  waitingIds: string[];
  /** A code a screen without a token is showing (in this hall's memory only). */
  pairingCode: string;
  yibaoItem: string;
  /** An open 电子监察 alert (a window of yibao's absent while its people wait). */
  alertId: string;
  /** A 代办 (全程代办) of 大安街道's first village room, handled at the district. */
  proxyId: string;
}

/** A 代办 for the district's 医保 (城乡居民参保登记), by vil-001-1's agent. */
export const PROXY_BODY = {
  siteId: 'district',
  itemId: 'YB002',
  applicant: { name: '张三', phone: '13800001111' },
  materials: [],
  note: '村民行动不便，代为办理',
};

/** A rating pad (好差评) for a window, made by the admin; its token. */
async function raterOf(hall: TestHall, windowId: string): Promise<string> {
  const res = await hall.request({
    method: 'POST',
    url: '/api/v1/devices',
    token: await hall.login('admin'),
    body: { kind: 'rater', name: `${windowId} 评价器`, windowId },
  });
  if (res.status !== 201) throw new Error(`fixture: rater ${res.status}`);
  return res.body.token as string;
}

/**
 * A hall mid-morning: the clerk w05 holds a called ticket at w5, three more
 * wait, and a token of every kind is at hand.
 */
export async function hallFixture(hall: TestHall): Promise<HallFixture> {
  const yibaoItem = hall.itemOf('yibao');
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) ids.push((await hall.issue(yibaoItem)).body.ticket.id as string);
  const clerk = await hall.login('w05', 'w5');
  const called = await hall.request({
    method: 'POST',
    url: '/api/v1/windows/w5/call-next',
    token: clerk,
  });
  if (called.status !== 200) throw new Error(`fixture: call-next ${called.status}`);
  const pairing = await hall.request({ method: 'POST', url: '/api/v1/devices/pairing', body: {} });
  if (pairing.status !== 201) throw new Error(`fixture: pairing ${pairing.status}`);
  // 电子监察: yibao's other windows are signed out while its people wait.
  hall.app.supervision.tick();
  const [alert] = hall.app.supervision.list({ siteIds: ['district'], status: 'open', limit: 1 });
  if (!alert) throw new Error('fixture: no open alert');
  const agent = await hall.login('vil-001-1-agent');
  const proxy = await hall.request({
    method: 'POST',
    url: '/api/v1/proxy-tickets',
    token: agent,
    body: PROXY_BODY,
  });
  if (proxy.status !== 201) throw new Error(`fixture: proxy ${proxy.status}`);
  return {
    tokens: {
      kiosk: hall.device('kiosk'),
      display: hall.device('display'),
      caller: hall.device('caller'),
      rater: await raterOf(hall, 'w5'),
      clerk,
      clerkElsewhere: await hall.login('w06', 'w6'),
      supervisor: await hall.login('supervisor'),
      admin: await hall.login('admin'),
      agent,
    },
    calledId: called.body.ticket.id as string,
    waitingIds: ids.filter((id) => id !== called.body.ticket.id),
    pairingCode: pairing.body.code as string,
    yibaoItem,
    alertId: alert.id,
    proxyId: proxy.body.ticket.id as string,
  };
}
