/**
 * Every cell of the authorization table (access-table.ts), run against the
 * real server: every route × every kind of caller × own or other site and
 * window. Each route gets a fresh copy of one prepared hall (a clerk at w5
 * holding a called ticket, three waiting, a clerk at w6, and a township
 * hall's admin, supervisor, clerk, kiosk, caller and display), so no cell
 * sees another's changes. Cells the table refuses run first, and must be
 * refused and change nothing; then the allowed ones must get past
 * authorization (their business answer may still be a coded 4xx).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { stateDigest } from '../../test/db-digest';
import { hallFixture, WRITE_ROUTES, type HallFixture } from '../../test/write-routes';
import { accessTableMarkdown, ROUTE_ACCESS, type Access, type Who } from './access-table';

interface Principal {
  name: string;
  who: Who;
  /** Of the district hall (the fixture's targets), or of a township hall. */
  township: boolean;
  /** The window a clerk is signed into. */
  window?: 'w5' | 'w6';
  token?: string;
}

/** A route's request in the fixture: the target is always the district hall and w5. */
interface Probe {
  method: string;
  url(f: HallFixture): string;
  body(f: HallFixture): unknown;
}

const GET = (url: (f: HallFixture) => string): Probe => ({
  method: 'GET',
  url,
  body: () => undefined,
});
const READS: Record<string, Probe> = {
  'GET /api/v1/health': GET(() => '/api/v1/health'),
  'GET /api/v1/queues': GET(() => '/api/v1/queues'),
  'GET /api/v1/notice': GET(() => '/api/v1/notice'),
  'GET /api/v1/catalog': GET(() => '/api/v1/catalog'),
  'GET /api/v1/tickets/{id}': GET((f) => `/api/v1/tickets/${f.calledId}`),
  'GET /api/v1/windows/{id}': GET(() => '/api/v1/windows/w5'),
  'GET /api/v1/auth/me': GET(() => '/api/v1/auth/me'),
  'GET /api/v1/windows/{id}/stats': GET(() => '/api/v1/windows/w5/stats'),
  'GET /api/v1/windows/{id}/queue': GET(() => '/api/v1/windows/w5/queue'),
  'GET /api/v1/windows/{id}/no-shows': GET(() => '/api/v1/windows/w5/no-shows'),
  'GET /api/v1/staff': GET(() => '/api/v1/staff'),
  'GET /api/v1/audit': GET(() => '/api/v1/audit'),
  'GET /api/v1/alerts': GET(() => '/api/v1/alerts'),
  'GET /api/v1/supervision': GET(() => '/api/v1/supervision'),
  'GET /api/v1/scores': GET(() => '/api/v1/scores?period=2026-11'),
  'GET /api/v1/reports': GET(() => '/api/v1/reports'),
  'GET /api/v1/ratings': GET(() => '/api/v1/ratings'),
  'GET /api/v1/ratings/pad': GET(() => '/api/v1/ratings/pad'),
  'GET /api/v1/calendar/{year}': GET(() => '/api/v1/calendar/2026'),
  'GET /api/v1/tickets/{id}/rating': GET((f) => `/api/v1/tickets/${f.calledId}/rating`),
  // No case for the held ticket: everyone gets the same 404 (the route is open).
  'POST /api/v1/tickets/{id}/rating/rectification': {
    method: 'POST',
    url: (f) => `/api/v1/tickets/${f.calledId}/rating/rectification`,
    body: () => ({ level: 5 }),
  },
  'GET /api/v1/ratings/figures': GET(() => '/api/v1/ratings/figures?by=window'),
  'GET /api/v1/rating-cases': GET(() => '/api/v1/rating-cases'),
  // The held ticket is not finished: everyone gets the same 409 (the route is open).
  'POST /api/v1/tickets/{id}/rating': {
    method: 'POST',
    url: (f) => `/api/v1/tickets/${f.calledId}/rating`,
    body: () => ({ level: 5 }),
  },
  'GET /api/v1/devices': GET(() => '/api/v1/devices'),
  'GET /api/v1/proxy-tickets': GET(() => '/api/v1/proxy-tickets?siteId=district'),
  'GET /api/v1/proxy-tickets/{id}': GET((f) => `/api/v1/proxy-tickets/${f.proxyId}`),
  'GET /api/v1/sites/rollup': GET(() => '/api/v1/sites/rollup'),
  'GET /api/v1/sites': GET(() => '/api/v1/sites'),
  'GET /api/v1/devices/me/printer': GET(() => '/api/v1/devices/me/printer'),
  'GET /api/v1/tts': GET(() => `/api/v1/tts?text=${encodeURIComponent('请A001号到5号窗口')}`),
  'POST /api/v1/auth/login': {
    method: 'POST',
    url: () => '/api/v1/auth/login',
    body: () => ({ username: 'twn-clerk', password: STRONG }),
  },
  'POST /api/v1/devices/pairing': {
    method: 'POST',
    url: () => '/api/v1/devices/pairing',
    body: () => ({}),
  },
  // The demo hall has its admins: everyone gets the same 409 (the route is open).
  'GET /api/v1/setup': GET(() => '/api/v1/setup'),
  'POST /api/v1/setup': {
    method: 'POST',
    url: () => '/api/v1/setup',
    body: () => ({
      code: 'AAAA-BBBB-CCCC-DDDD',
      site: { id: 'district', name: '大安区政务服务中心' },
      admin: { username: 'second', name: '第二', password: STRONG },
    }),
  },
  // A pairing id this hall never gave out: open, so every caller gets the same 404.
  'GET /api/v1/devices/pairing/{id}': GET(
    () => '/api/v1/devices/pairing/unknown-pairing-id-000000',
  ),
};
/** Cancel probes the held ticket: its clerk and the supervisor may, anyone else not. */
const CANCEL: Probe = {
  method: 'POST',
  url: (f) => `/api/v1/tickets/${f.calledId}/cancel`,
  body: () => ({ reason: '群众自行离开' }),
};
/** The district's own list: a township's staff are refused; the district's get its coded 400 (it keeps the master list). */
const DISTRICT_ITEMS: Probe = {
  method: 'PUT',
  url: () => '/api/v1/sites/district/items',
  body: () => ({ itemIds: [] }),
};
/**
 * A step of the fixture's 代办 (of vil-001-1's agent, handled at the district): its
 * agent's own step, so the agent and the district's staff are let through (its state
 * refuses it with a 409 that is no refusal of the caller); other sites do not find it.
 */
const PROXY_STEP: Probe = {
  method: 'POST',
  url: (f) => `/api/v1/proxy-tickets/${f.proxyId}/steps`,
  body: () => ({ kind: 'resubmit', materials: [] }),
};
const PROBES: Record<string, Probe> = {
  ...READS,
  ...Object.fromEntries(WRITE_ROUTES.map((r) => [`${r.method} ${r.path}`, r])),
  'POST /api/v1/tickets/{id}/cancel': CANCEL,
  'PUT /api/v1/sites/{id}/items': DISTRICT_ITEMS,
  'POST /api/v1/proxy-tickets/{id}/steps': PROXY_STEP,
};

/** Codes that mean "not yours": the refusals of the table. */
const REFUSALS = new Set([
  'HALLQ_E_UNAUTHORIZED',
  'HALLQ_E_FORBIDDEN',
  'HALLQ_E_NOT_SIGNED_IN_HERE',
  'HALLQ_E_TICKET_NOT_HELD',
  'HALLQ_E_OTHER_SITE',
]);

/** What the table says of one caller on the fixture's target (district hall, w5). */
function allows(access: Access, p: Principal): boolean {
  if (access.anyone) return true;
  const scope = access[p.who];
  if (p.who === 'anyone' || scope === undefined) return false;
  if (scope === 'any') return true;
  if (scope === 'site') return !p.township;
  return p.window === 'w5';
}

const STRONG = 'Twn-Hall-2026-access';
let template: string;
let principals: Principal[];
let fixture: HallFixture;

beforeAll(async () => {
  const hall = await startTestHall();
  try {
    fixture = await hallFixture(hall);
    const admin = fixture.tokens.admin;
    const make = async (url: string, body: unknown) => {
      const res = await hall.request({ method: 'POST', url, token: admin, body });
      if (res.status !== 201 && res.status !== 200)
        throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const township: Principal[] = [];
    for (const role of ['admin', 'supervisor', 'clerk'] as const) {
      const username = `twn-${role}`;
      await make('/api/v1/staff', {
        username,
        password: STRONG,
        name: `镇${role}`,
        role,
        siteId: 'twn-001',
        windowIds: [],
      });
      const login = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username, password: STRONG },
      });
      if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
      township.push({
        name: `${role}@township`,
        who: role,
        township: true,
        token: login.body.token,
      });
    }
    for (const kind of ['kiosk', 'caller', 'display'] as const) {
      const made = await make('/api/v1/devices', { kind, name: `镇${kind}`, siteId: 'twn-001' });
      township.push({ name: `${kind}@township`, who: kind, township: true, token: made.token });
    }
    principals = [
      { name: 'anyone', who: 'anyone', township: false },
      { name: 'kiosk', who: 'kiosk', township: false, token: fixture.tokens.kiosk },
      { name: 'caller', who: 'caller', township: false, token: fixture.tokens.caller },
      { name: 'display', who: 'display', township: false, token: fixture.tokens.display },
      // w5's rating pad: its 'window' cells are w5's.
      {
        name: 'rater@w5',
        who: 'rater',
        township: false,
        window: 'w5',
        token: fixture.tokens.rater,
      },
      {
        name: 'clerk@w5',
        who: 'clerk',
        township: false,
        window: 'w5',
        token: fixture.tokens.clerk,
      },
      {
        name: 'clerk@w6',
        who: 'clerk',
        township: false,
        window: 'w6',
        token: fixture.tokens.clerkElsewhere,
      },
      { name: 'supervisor', who: 'supervisor', township: false, token: fixture.tokens.supervisor },
      { name: 'admin', who: 'admin', township: false, token: fixture.tokens.admin },
      // 全程代办: a village room's agent (its site is below a township: never the target's).
      { name: 'agent@village', who: 'agent', township: true, token: fixture.tokens.agent },
      ...township,
    ];
    template = mkdtempSync(path.join(tmpdir(), 'hallq-access-'));
    await hall.app.db.backup(path.join(template, 'hallq.sqlite'));
    copyFileSync(
      path.join(hall.config.HALLQ_DATA_DIR, 'demo-credentials.json'),
      path.join(template, 'demo-credentials.json'),
    );
  } finally {
    await hall.close();
  }
}, 60_000);

afterAll(() => rmSync(template, { recursive: true, force: true }));

/** A fresh copy of the prepared hall. */
async function freshHall(): Promise<TestHall> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hallq-access-run-'));
  for (const f of ['hallq.sqlite', 'demo-credentials.json'])
    copyFileSync(path.join(template, f), path.join(dir, f));
  return startTestHall({ dataDir: dir });
}

/** A Markdown table's rows as trimmed cells, whatever its column padding. */
const rows = (markdown: string) =>
  markdown
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s|-]+\|$/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));

describe('the authorization table', () => {
  it("the README's copy is the table", () => {
    const readme = readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');
    const block = /<!-- access-table:start -->([\s\S]*?)<!-- access-table:end -->/.exec(readme);
    expect(block, 'README has the access-table block').not.toBeNull();
    expect(rows(block?.[1] ?? '')).toEqual(rows(accessTableMarkdown()));
  });

  it('names every route of the OpenAPI document, and nothing else', async () => {
    const hall = await freshHall();
    try {
      const doc = hall.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      const routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      );
      expect(new Set(routes)).toEqual(new Set(Object.keys(ROUTE_ACCESS)));
      expect(new Set(Object.keys(PROBES))).toEqual(new Set(Object.keys(ROUTE_ACCESS)));
    } finally {
      await hall.close();
    }
  });

  it.each(Object.entries(ROUTE_ACCESS))(
    '%s: every caller, own and other site and window',
    async (name, access) => {
      const probe = PROBES[name];
      if (!probe) throw new Error(`no probe for ${name}`);
      const hall = await freshHall();
      try {
        const cell = (p: Principal) =>
          hall.request({
            method: probe.method as 'GET',
            url: probe.url(fixture),
            body: probe.body(fixture),
            ...(p.token ? { token: p.token } : {}),
          });
        const refused = principals.filter((p) => !allows(access, p));
        const admitted = principals.filter((p) => allows(access, p));
        const before = stateDigest(hall.app.db);
        for (const p of refused) {
          const res = await cell(p);
          const code = res.body?.error?.code as string | undefined;
          // Another site's staff member, unit, window or device is not even
          // found by a township's admin (its existence is not theirs to learn).
          const hidden = p.township && res.status === 404 && /_NOT_FOUND$/.test(code ?? '');
          expect(
            res.status === 401 ||
              res.status === 403 ||
              hidden ||
              (code !== undefined && REFUSALS.has(code)),
            `${p.name} must be refused: ${res.status} ${code ?? ''}`,
          ).toBe(true);
          if (!p.token) expect(res.status, p.name).toBe(401);
        }
        if (probe.method !== 'GET') expect(stateDigest(hall.app.db)).toBe(before);
        for (const p of admitted) {
          const res = await cell(p);
          const code = res.body?.error?.code as string | undefined;
          expect(res.status, `${p.name}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
          expect(
            res.status !== 401 && res.status !== 403 && !(code && REFUSALS.has(code)),
            `${p.name} must be let through: ${res.status} ${code ?? ''}`,
          ).toBe(true);
        }
      } finally {
        await hall.close();
      }
    },
  );
});
