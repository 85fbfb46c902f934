/**
 * A real hallq server for the server's own tests: a temp data dir with a real
 * SQLite file seeded with the demo hall by `prepareDataDir`, a `ManualClock`
 * the test moves by hand, and `buildApp` without screens. `restart()` closes
 * the app and builds a new one on the same file, as a reboot would.
 *
 * Seeding hashes ~40 demo passwords with scrypt (about a second of CPU), so
 * a test run seeds one template directory and copies its database file for
 * every hall; `prepareDataDir` then runs on the copy as it would at boot.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { loadConfig, type Config } from '../src/config';
import { prepareDataDir } from '../src/start-server';
import type { DemoCredentials } from '../src/demo/seed';
import type { DemoPasswords } from '../src/demo/demo-passwords';

/** Monday 2026-11-23 10:00 in Asia/Shanghai (02:00Z): every permanent unit and the Monday rota serve. */
export const MONDAY_10AM = Date.UTC(2026, 10, 23, 2, 0);
/** The next morning, Tuesday 2026-11-24 08:00 in Asia/Shanghai. */
export const TUESDAY_8AM = Date.UTC(2026, 10, 24, 0, 0);

/**
 * Test-only passwords, injected into the demo seed here and nowhere else: a
 * real demo hall gets random ones (demo/demo-passwords.ts). Known values
 * keep the tests short; they are not a default of any running server.
 */
export const DEMO_PASSWORD = 'hallq-demo';
const TEST_PASSWORDS: DemoPasswords = ({ role }) =>
  role === 'admin' ? 'hallq-admin' : role === 'supervisor' ? 'hallq-supervisor' : DEMO_PASSWORD;
const DB_FILE = 'hallq.sqlite';

// Replies are checked by the tests' assertions, not by types: `any` keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export interface TestHall {
  readonly app: FastifyInstance;
  readonly clock: ManualClock;
  readonly dataDir: string;
  readonly config: Config;
  readonly creds: DemoCredentials;
  /** The token of the demo device of this kind. */
  device(kind: 'kiosk' | 'caller' | 'display'): string;
  /** `app.inject` with a bearer token and a JSON body; replies parsed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  request<T = any>(options: RequestOptions): Promise<Reply<T>>;
  /**
   * Signs a demo account in (into `windowId` when given); returns its token.
   * Each account signs in from its own address, as each window has its own
   * terminal, so a test's sign-ins do not use up the per-address login limit.
   */
  login(username: string, windowId?: string): Promise<string>;
  /** Issues a ticket for `itemId` from the demo kiosk; returns the reply. */
  issue(
    itemId: string,
    options?: { priority?: 'normal' | 'priority'; key?: string },
  ): Promise<Reply>;
  /** The first item of a unit (every demo unit has items). */
  itemOf(unitId: string): string;
  /** Closes the app and builds a new one on the same data directory. */
  restart(): Promise<void>;
  /** Listens on an ephemeral 127.0.0.1 port; returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export interface RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent verbatim instead of `body` (for malformed-input tests). */
  raw?: string;
  /** The caller's IP address (login is rate-limited per address). */
  remoteAddress?: string;
}

export interface TestHallOptions {
  /** Start time of the manual clock; defaults to MONDAY_10AM. */
  at?: number;
  env?: Record<string, string>;
  /** An existing data directory (e.g. one a crashed server left); default: a fresh seeded copy. */
  dataDir?: string;
  /** Serve the built screens and the ticket status page (off by default). */
  serveScreens?: boolean;
}

/** A stable private address per account name (10.x.y.z). */
export function addressOf(name: string): string {
  const h = createHash('sha256').update(name).digest();
  return `10.${h[0]}.${h[1]}.${h[2]}`;
}

let template: string | undefined;

const TEMPLATE_PREFIX = 'hallq-server-template-';
const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** What the seeded database depends on: a change to any of these re-seeds. */
function seedSourcesHash(): string {
  const hash = createHash('sha256');
  const add = (dir: string): void => {
    for (const f of readdirSync(path.join(serverDir, dir), { withFileTypes: true })
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort()) {
      // A folder (src/demo/guides/) is read file by file.
      if (f.endsWith('/')) add(path.join(dir, f));
      else if (!f.endsWith('.test.ts'))
        hash.update(f).update(readFileSync(path.join(serverDir, dir, f)));
    }
  };
  for (const dir of ['src/demo', 'src/store', 'src/security', 'src/domain']) add(dir);
  hash.update(readFileSync(path.join(serverDir, 'src/start-server.ts')));
  return hash.digest('hex').slice(0, 12);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
};

/**
 * Seeds the demo hall once per test run: the test processes of one vitest run
 * share a parent, and share the template it names. Templates of runs that
 * have ended are removed by the next run.
 */
function seededTemplate(at: number): string {
  if (template) return template;
  for (const entry of readdirSync(tmpdir())) {
    const pid = Number(/^hallq-server-template-(\d+)-/.exec(entry)?.[1] ?? NaN);
    if (Number.isInteger(pid) && pid !== process.ppid && !alive(pid)) {
      rmSync(path.join(tmpdir(), entry), { recursive: true, force: true });
    }
  }
  const dir = path.join(tmpdir(), `${TEMPLATE_PREFIX}${process.ppid}-${seedSourcesHash()}`);
  if (!existsSync(path.join(dir, DB_FILE))) {
    const fresh = mkdtempSync(path.join(tmpdir(), 'hallq-seeding-'));
    prepareDataDir(
      loadConfig({ HALLQ_DATA_DIR: fresh, LOG_LEVEL: 'silent' }),
      new ManualClock(at),
      {
        demoPasswords: TEST_PASSWORDS,
      },
    );
    try {
      // Atomic: another process seeding at the same time either wins or loses whole.
      renameSync(fresh, dir);
    } catch {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  template = dir;
  return dir;
}

/** A fresh data dir holding a copy of the seeded demo hall. */
export function seededDataDir(at = MONDAY_10AM): string {
  const from = seededTemplate(at);
  const dir = mkdtempSync(path.join(tmpdir(), 'hallq-server-test-'));
  for (const f of [DB_FILE, `${DB_FILE}-wal`, 'demo-credentials.json']) {
    if (existsSync(path.join(from, f))) copyFileSync(path.join(from, f), path.join(dir, f));
  }
  return dir;
}

export async function startTestHall(options: TestHallOptions = {}): Promise<TestHall> {
  const clock = new ManualClock(options.at ?? MONDAY_10AM);
  const dataDir = options.dataDir ?? seededDataDir(clock.now());
  const config = loadConfig({
    HALLQ_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Tests issue hundreds of tickets from one kiosk in a second; the
    // per-kiosk limit has its own test (routes/kiosk-limits.test.ts).
    HALLQ_KIOSK_TICKETS_PER_MINUTE: '1000000',
    // The supervision engine runs when a test says (app.supervision.tick()),
    // on the manual clock, never on a timer of its own.
    HALLQ_SUPERVISION_SECONDS: '0',
    ...options.env,
  });
  prepareDataDir(config, clock);
  const creds = readDemoCredentials(dataDir);

  const build = () =>
    buildApp({ config, clock, logger: false, serveScreens: options.serveScreens ?? false });
  let app = await build();
  await app.ready();
  let closed = false;

  const request = async <T>(o: RequestOptions): Promise<Reply<T>> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const inject: InjectOptions = { method: o.method, url: o.url, headers };
    if (o.remoteAddress) inject.remoteAddress = o.remoteAddress;
    if (o.raw !== undefined) inject.payload = o.raw;
    else if (o.body !== undefined) inject.payload = o.body as InjectOptions['payload'];
    const res = await app.inject(inject);
    let body: unknown = res.body;
    try {
      body = JSON.parse(res.body);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.statusCode, body: body as T, headers: res.headers };
  };

  const device = (kind: 'kiosk' | 'caller' | 'display') => {
    const d = creds.devices.find((x) => x.kind === kind);
    if (!d) throw new Error(`no demo ${kind}`);
    return d.token;
  };

  const hall: TestHall = {
    get app() {
      return app;
    },
    clock,
    dataDir,
    config,
    creds,
    device,
    request,
    async login(username, windowId) {
      const password = creds.staff.find((s) => s.username === username)?.password ?? DEMO_PASSWORD;
      const res = await request<{ token: string }>({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username, password, ...(windowId ? { windowId } : {}) },
        remoteAddress: addressOf(username),
      });
      if (res.status !== 200)
        throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token;
    },
    issue(itemId, o = {}) {
      return request({
        method: 'POST',
        url: '/api/v1/tickets',
        token: device('kiosk'),
        body: { itemId, ...(o.priority ? { priority: o.priority } : {}) },
        ...(o.key ? { headers: { 'idempotency-key': o.key } } : {}),
      });
    },
    itemOf(unitId) {
      const item = Object.values(app.hall.catalog.items)
        .filter((i) => i.unitId === unitId)
        .sort((a, b) => a.id.localeCompare(b.id))[0];
      if (!item) throw new Error(`unit ${unitId} has no items`);
      return item.id;
    },
    async restart() {
      await app.close();
      app = await build();
      await app.ready();
    },
    async listen() {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (typeof address !== 'object' || !address) throw new Error('not listening');
      return `http://127.0.0.1:${address.port}`;
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return hall;
}

/** The demo accounts and device tokens the seed wrote to a data directory. */
export function readDemoCredentials(dataDir: string): DemoCredentials {
  return JSON.parse(
    readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
}
