/**
 * Hostile input on every route and on the socket: fast-check generates
 * malformed, oversized, wrongly typed and hostile bodies, params, query
 * strings, headers and tokens. For each one: no 5xx, the server stays up, a
 * coded 4xx (`{error:{code:'HALLQ_E_…'}}`) for every write, and the state
 * tables byte-for-byte unchanged (a digest of every row before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { io } from 'socket.io-client';
import { startInjectHall, stateDigest, type InjectHall } from '../support/reliability-hall';

const FULL = process.env.HALLQ_RELIABILITY === 'full';
const RUNS = FULL ? 150 : 25;

let hall: InjectHall;
let clerk: string;
let admin: string;
let digest: string;

beforeAll(async () => {
  hall = await startInjectHall(undefined, { inMemoryFs: true });
  clerk = await hall.signIn(1);
  admin = await hall.login('admin');
  // Devices record when they were last seen; let that happen once, before the baseline.
  for (const token of [hall.kioskToken, hall.displayToken])
    await hall.call('POST', '/api/v1/devices/me/status', { token, body: {} });
  // A kiosk asking after its printer records the answer: a read that writes, once.
  await hall.call('GET', '/api/v1/devices/me/printer', { token: hall.kioskToken });
  digest = stateDigest(hall.app.db);
});
afterAll(async () => hall?.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
interface Route {
  method: Method;
  path: string;
  /** The token this route accepts (its bad inputs are then in body or params). */
  token?: () => string;
  /** Writes whose every well-formed request changes state are only sent bad tokens. */
  tokenOnly?: boolean;
}

const kiosk = () => hall.kioskToken;
const staff = () => clerk;
const ROUTES: Route[] = [
  { method: 'GET', path: '/api/v1/health' },
  { method: 'GET', path: '/api/v1/queues' },
  { method: 'GET', path: '/api/v1/notice' },
  { method: 'PUT', path: '/api/v1/notice', token: () => admin },
  { method: 'PATCH', path: '/api/v1/items/:id', token: () => admin },
  { method: 'GET', path: '/api/v1/catalog' },
  { method: 'POST', path: '/api/v1/auth/login' },
  { method: 'POST', path: '/api/v1/auth/logout', token: staff, tokenOnly: true },
  { method: 'GET', path: '/api/v1/auth/me', token: staff },
  { method: 'POST', path: '/api/v1/tickets', token: kiosk },
  { method: 'GET', path: '/api/v1/tickets/:id' },
  ...['recall', 'no-show', 'start', 'finish', 'transfer'].map((verb): Route => ({
    method: 'POST',
    path: `/api/v1/tickets/:id/${verb}`,
    token: staff,
  })),
  // Kiosks may not cancel (a 403 before any validation): the admin's token reaches the schema.
  { method: 'POST', path: '/api/v1/tickets/:id/cancel', token: () => admin },
  { method: 'POST', path: '/api/v1/windows/:id/call-next', token: staff },
  { method: 'POST', path: '/api/v1/windows/:id/call', token: staff },
  { method: 'POST', path: '/api/v1/windows/:id/pause', token: staff },
  { method: 'POST', path: '/api/v1/windows/:id/resume', token: staff },
  { method: 'POST', path: '/api/v1/windows/:id/sign-out', token: staff, tokenOnly: true },
  { method: 'GET', path: '/api/v1/windows/:id' },
  { method: 'GET', path: '/api/v1/windows/:id/queue', token: staff },
  { method: 'GET', path: '/api/v1/windows/:id/stats', token: staff },
  { method: 'POST', path: '/api/v1/devices/me/status', token: kiosk },
  { method: 'GET', path: '/api/v1/devices/me/printer', token: kiosk },
  { method: 'GET', path: '/api/v1/devices', token: () => admin },
  { method: 'POST', path: '/api/v1/devices', token: () => admin },
  { method: 'GET', path: '/api/v1/tts' },
];

const HOSTILE = [
  "' OR 1=1 --",
  'w1; DROP TABLE tickets',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '😀'.repeat(50),
  'a'.repeat(5_000),
  '9'.repeat(400),
  '-1',
  'NaN',
  'null',
];
const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...HOSTILE),
);
/** Ids that name nothing in the hall (valid or invalid in form), URL-encoded. */
const badParam = fc.oneof(
  hostileString.map(encodeURIComponentSafe),
  fc.constantFrom('w99', 'w0', 't_nope', 'W1', 'w1%20', 'A001', 'shebao-x'),
  // Valid in form, and names of Object members: a lookup by id must not find them.
  fc.constantFrom(...PROTO_NAMES),
  // Broken percent-encoding, as a hand-typed or truncated URL has it.
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AF', '..%2F..%2F', '%ED%A0%80'),
);

/** encodeURIComponent, except that a lone surrogate becomes U+FFFD instead of throwing. */
function encodeURIComponentSafe(s: string): string {
  return encodeURIComponent(
    s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}
const headerValue = fc.stringMatching(/^[\x21-\x7e ]{0,300}$/);
const badToken = fc.oneof(
  fc.constant(undefined),
  headerValue.map((s) => `Bearer ${s}`),
  headerValue,
  fc.constantFrom('Bearer ', 'Basic YWRtaW46aGFsbHEtYWRtaW4=', `Bearer ${'x'.repeat(5_000)}`),
  // Real tokens of the wrong kind for most routes.
  fc.constantFrom('display', 'kiosk').map((k) => `Bearer @${k}`),
);
/** Bodies that no route accepts: wrong types, extra or hostile keys, nonsense. */
const badBody = fc
  .oneof(
    fc.anything(),
    fc.dictionary(hostileString, fc.anything(), { minKeys: 1 }),
    fc.record({
      itemId: fc.oneof(fc.integer(), fc.array(fc.string()), fc.constant(null), hostileString),
      ticketId: fc.oneof(fc.integer(), fc.object(), fc.constant('')),
      reason: fc.oneof(fc.integer(), fc.constant(''), fc.constant('x'.repeat(500))),
      notice: fc.oneof(fc.integer(), fc.constant('x'.repeat(600))),
      position: fc.oneof(fc.constant('middle'), fc.integer()),
      username: fc.oneof(fc.integer(), fc.constant('')),
    }),
    fc.constant(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}')),
  )
  .filter(
    (v) =>
      v !== null &&
      v !== undefined &&
      !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0),
  );
const rawPayload = fc.oneof(
  fc.record({ body: fc.constant('{"itemId": '), type: fc.constant('application/json') }),
  fc.record({ body: fc.constant('x'.repeat(20_000)), type: fc.constant('application/json') }),
  fc.record({
    body: fc.constant(JSON.stringify({ itemId: 'a'.repeat(20_000) })),
    type: fc.constant('application/json'),
  }),
  fc.record({
    body: hostileString,
    type: fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data', ''),
  }),
  fc.record({
    body: fc.constant('[]'.repeat(3_000)),
    type: fc.constant('application/json; charset=utf-16'),
  }),
);

/** One generated request: which part is hostile, and how. */
const attack = fc.record({
  fault: fc.constantFrom('token', 'body', 'raw', 'param', 'query', 'headers'),
  token: badToken,
  body: badBody,
  raw: rawPayload,
  param: badParam,
  query: fc.dictionary(
    fc.constantFrom('siteId', 'text', 'kind', 'x', '__proto__'),
    fc.oneof(hostileString, fc.constantFrom(...PROTO_NAMES)),
  ),
  idem: headerValue,
});

function realToken(t: string | undefined) {
  if (t === 'Bearer @display') return `Bearer ${hall.displayToken}`;
  if (t === 'Bearer @kiosk') return `Bearer ${hall.kioskToken}`;
  return t;
}

describe('bad input changes nothing', () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(attack, async (a) => {
          let fault = a.fault;
          if (route.tokenOnly) fault = 'token';
          if (fault === 'param' && !route.path.includes(':id')) fault = 'body';
          const goodToken = route.token?.();
          const authorization =
            fault === 'token' ? realToken(a.token) : goodToken ? `Bearer ${goodToken}` : undefined;
          const validId = route.path.includes('/windows/') ? 'w1' : 't_unknown';
          const url =
            route.path.replace(':id', fault === 'param' ? a.param : validId) +
            (fault === 'query'
              ? `?${new URLSearchParams(Object.entries(a.query)).toString()}`
              : '');
          const headers: Record<string, string> = {};
          if (authorization !== undefined) headers.authorization = authorization;
          if (fault === 'headers') {
            headers['idempotency-key'] = a.idem;
            headers['content-length'] = '-1';
            headers['x-forwarded-for'] = a.idem;
          }
          const withBody = route.method !== 'GET';
          const res = await hall.app.inject({
            method: route.method,
            url,
            headers:
              withBody && fault === 'raw' ? { ...headers, 'content-type': a.raw.type } : headers,
            ...(withBody ? { payload: fault === 'raw' ? a.raw.body : (a.body as object) } : {}),
          });
          const where = `${route.method} ${url.slice(0, 120)} [${fault}] → ${res.statusCode} ${res.body.slice(0, 200)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(
              (JSON.parse(res.body) as { error?: { code?: string } }).error?.code,
              where,
            ).toMatch(/^HALLQ_E_[A-Z_]+$/);
          }
          // Every generated write is bad in some part: it must be refused.
          if (route.method !== 'GET') expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
          expect(stateDigest(hall.app.db), where).toBe(digest);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('bad socket.io input changes nothing', () => {
  let url: string;
  beforeAll(async () => {
    await hall.app.listen({ host: '127.0.0.1', port: 0 });
    const address = hall.app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  it('wrong auth is refused with a code', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          token: fc.oneof(fc.anything(), hostileString, fc.constant(hall.kioskToken.slice(0, -1))),
          siteId: fc.oneof(fc.anything(), fc.constantFrom('nowhere', '__proto__')),
          protocolVersion: fc.oneof(fc.constant(undefined), fc.integer(), fc.string()),
        }),
        async (auth) => {
          const socket = io(url, {
            transports: ['websocket'],
            reconnection: false,
            auth: auth as object,
          });
          const code = await new Promise<string | undefined>((resolve) => {
            socket.once('connect', () => resolve('connected'));
            socket.once('connect_error', (err: Error & { data?: { code?: string } }) =>
              resolve(err.data?.code),
            );
          });
          socket.close();
          expect(code).toMatch(/^HALLQ_E_/);
        },
      ),
      { numRuns: RUNS },
    );
    expect(stateDigest(hall.app.db)).toBe(digest);
  });

  it('garbage sync requests get a coded refusal or a valid reply, and the socket server stays up', async () => {
    const socket = io(url, {
      transports: ['websocket'],
      reconnection: true,
      auth: { token: hall.displayToken, siteId: 'district' },
    });
    await new Promise<void>((resolve) => socket.once('hello', () => resolve()));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            since: fc.oneof(fc.anything(), fc.double(), fc.bigInt().map(String)),
            epoch: fc.anything(),
          }),
        ),
        async (request) => {
          if (!socket.connected) await new Promise<void>((r) => socket.once('connect', () => r()));
          const reply = (await socket.timeout(5_000).emitWithAck('sync', request as never)) as {
            ok: boolean;
            code?: string;
            mode?: string;
          };
          if (reply.ok) expect(['events', 'snapshot']).toContain(reply.mode);
          else expect(reply.code).toBe('HALLQ_E_VALIDATION');
        },
      ),
      { numRuns: RUNS * 2 },
    );
    // No ack function, unknown events, an oversized frame: ignored or disconnected, never a crash.
    (socket.emit as (...a: unknown[]) => void)('sync', { since: 0 });
    (socket.emit as (...a: unknown[]) => void)('ticket.called', { seq: 1e9 });
    (socket.emit as (...a: unknown[]) => void)('sync', 'x'.repeat(40_000), () => undefined);
    await new Promise((r) => setTimeout(r, 300));
    socket.close();
    expect((await hall.call('GET', '/api/v1/health')).status).toBe(200);
    expect(stateDigest(hall.app.db)).toBe(digest);
  });
});
