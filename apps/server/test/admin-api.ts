/**
 * What the admin API's catalogue and staff test files share: a hall per
 * describe block with its admin signed in (hallWithAdmin), the requests and
 * reads their tests make, the passwords of the accounts they create, and the
 * catalogue entries a file that starts mid-story needs.
 */
import { beforeAll } from 'vitest';
import { hallWithAdmin } from './admin-support';
import { addressOf, type Reply } from './test-hall';

/** The password the catalogue tests give the accounts they create. */
export const PASSWORD = 'Tui-Jun-2026-hall';
/** The password the staff tests give the accounts they create or reset. */
export const NEW_PASSWORD = 'Lan-Hua-2026-w7';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
type AdminHall = ReturnType<typeof hallWithAdmin>;
/** A request under /api/v1 as the suite's admin, or as `token` when given. */
type AdminRequest = (method: Method, url: string, body?: unknown, token?: string) => Promise<Reply>;

/**
 * A hall for the calling describe block (hallWithAdmin) that `onStart` is
 * given once it is up, before the block's first test, so the tests can name
 * the hall and the admin's token as plain variables.
 */
function startedHall(onStart: (started: AdminHall) => void): AdminHall {
  const suite = hallWithAdmin();
  beforeAll(() => {
    onStart(suite);
  });
  return suite;
}

function adminRequest(suite: AdminHall): AdminRequest {
  return (method, url, body, token = suite.admin) =>
    suite.hall.request({
      method,
      url: `/api/v1${url}`,
      token,
      ...(body !== undefined ? { body } : {}),
    });
}

/**
 * A hall for the calling describe block (see startedHall) with the catalogue
 * tests' requests and reads: `req(method, url, body?, token?)`, the
 * catalogue as the admin sees it, and a window of a list by id.
 */
export function catalogSuite(onStart: (started: AdminHall) => void) {
  const req = adminRequest(startedHall(onStart));
  return {
    req,
    catalog: async () => (await req('GET', '/catalog')).body,
    windowIn: (list: { id: string }[], id: string) => list.find((w) => w.id === id),
  };
}

/**
 * A hall for the calling describe block (see startedHall) with the staff
 * tests' requests: `req(method, url, token, body?)`, a sign-in from the
 * account's own address, and the audit entries of a target, newest first.
 */
export function staffSuite(onStart: (started: AdminHall) => void) {
  const suite = startedHall(onStart);
  const asAdmin = adminRequest(suite);
  const req = (method: Method, url: string, token: string, body?: unknown) =>
    asAdmin(method, url, body, token);
  return {
    req,
    signIn: (username: string, password: string, windowId?: string) =>
      suite.hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username, password, ...(windowId ? { windowId } : {}) },
        remoteAddress: addressOf(username),
      }),
    audit: async (target: string) =>
      (await req('GET', `/audit?target=${encodeURIComponent(target)}`, suite.admin)).body.entries,
  };
}

/**
 * The entries the catalogue refusals collide with, which the first test of
 * admin-catalog.test.ts creates in its own hall: district unit tuijun
 * (prefix T), its item tj-youfu and window 40 serving it. Only the ids, the
 * prefix and the site matter; the rest is any valid value.
 */
export async function addTuijun(req: AdminRequest): Promise<void> {
  const create = async (url: string, body: object) => {
    const res = await req('POST', url, body);
    if (res.status !== 201) throw new Error(`addTuijun ${url}: ${res.status}`);
  };
  await create('/units', {
    id: 'tuijun',
    name: 'x',
    shortName: 'x',
    ticketPrefix: 'T',
    kind: 'permanent',
  });
  await create('/items', {
    id: 'tj-youfu',
    unitId: 'tuijun',
    name: 'x',
    promisedDays: 0,
    onTheSpot: true,
    expectedServiceMinutes: 5,
  });
  await create('/windows', {
    id: 'w40',
    number: 40,
    name: 'x',
    zone: 'C',
    kind: 'permanent',
    unitIds: ['tuijun'],
  });
}
