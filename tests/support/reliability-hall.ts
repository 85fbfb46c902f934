/**
 * An in-process hall for the reliability suite: the demo hall seeded into a
 * temp data dir, a real SQLite file, driven through `app.inject` (no socket,
 * so thousands of requests stay fast) on an injected ManualClock.
 *
 * Login is rate-limited per client address (10 a minute), and a hall signs in
 * 34 clerks; each login here comes from its own loopback address, as 34 caller
 * terminals would.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildApp,
  loadConfig,
  prepareDataDir,
  ManualClock,
  type DemoCredentials,
  type openDatabase,
} from '@hallq/server';
import { passwordOf, readDemoCredentials } from './demo-creds';

export type App = Awaited<ReturnType<typeof buildApp>>;
export type Db = ReturnType<typeof openDatabase>;

/** Monday 3 March 2025, 08:30 in Asia/Shanghai: a working day for every rota. */
export const MONDAY_0830 = Date.parse('2025-03-03T08:30:00+08:00');

/** What the suite reads from a reply: a coded error, or the ticket it acted on. */
export interface ReplyBody {
  error?: { code: string; message: string };
  ticket?: { id: string; number: string; status: string; unitId: string };
  [key: string]: unknown;
}
export interface Reply {
  status: number;
  body: ReplyBody;
}

export interface InjectHall {
  app: App;
  clock: ManualClock;
  dataDir: string;
  creds: DemoCredentials;
  kioskToken: string;
  displayToken: string;
  /** Sign a demo account in (into `windowId` when given); returns the session token. */
  login(username: string, windowId?: string): Promise<string>;
  /** Sign the demo clerk of window `wN` into it; returns the session token. */
  signIn(windowNo: number): Promise<string>;
  /** JSON request; returns status and parsed body. */
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Reply>;
  close(): Promise<void>;
}

let loginAddress = 0;
/** A fresh loopback address per login (127.0.x.y). */
export function nextLoopback(): string {
  loginAddress += 1;
  return `127.0.${(loginAddress >> 8) & 255}.${loginAddress & 255}`;
}

/**
 * `inMemoryFs` puts the data dir on /dev/shm when there is one: the day and
 * bad-input suites check logic, not the disk, and fsync per command would
 * make them slow. The crash suite never uses it.
 */
export async function startInjectHall(
  start = MONDAY_0830,
  options: { inMemoryFs?: boolean } = {},
): Promise<InjectHall> {
  const clock = new ManualClock(start);
  const base = options.inMemoryFs && existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dataDir = mkdtempSync(path.join(base, 'hallq-rel-'));
  const config = loadConfig({
    HALLQ_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    // A simulated day issues hundreds of tickets a second from few kiosks.
    HALLQ_KIOSK_TICKETS_PER_MINUTE: '1000000',
    // The alert engine runs when a test calls it, on the manual clock.
    HALLQ_SUPERVISION_SECONDS: '0',
  });
  prepareDataDir(config, clock);
  const creds = readDemoCredentials(dataDir);
  const app = await buildApp({ config, clock, logger: false, serveScreens: false });
  await app.ready();
  const token = (kind: 'kiosk' | 'display') => {
    const d = creds.devices.find((x) => x.kind === kind);
    if (!d) throw new Error(`no demo ${kind}`);
    return d.token;
  };

  const call: InjectHall['call'] = async (method, url, options = {}) => {
    const res = await app.inject({
      method,
      url,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
    let body: ReplyBody = {};
    try {
      body = res.body ? (JSON.parse(res.body) as ReplyBody) : {};
    } catch {
      body = { raw: res.body };
    }
    return { status: res.statusCode, body };
  };

  const login: InjectHall['login'] = async (username, windowId) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: nextLoopback(),
      payload: {
        username,
        password: passwordOf(creds, username),
        ...(windowId ? { windowId } : {}),
      },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
    return (JSON.parse(res.body) as { token: string }).token;
  };

  return {
    app,
    clock,
    dataDir,
    creds,
    kioskToken: token('kiosk'),
    displayToken: token('display'),
    call,
    login,
    signIn: (windowNo) => login(`w${String(windowNo).padStart(2, '0')}`, `w${windowNo}`),
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The tables that hold the hall's state; a rejected request must change none of them. */
const STATE_TABLES = [
  'meta',
  'catalog',
  'events',
  'site_state',
  'tickets',
  'window_state',
  'staff',
  'sessions',
  'devices',
  'device_faults',
  'idempotency',
  'notices',
] as const;

/** sha256 over every row of every state table, in primary-key order. */
export function stateDigest(db: Db): string {
  const hash = createHash('sha256');
  for (const table of STATE_TABLES) {
    hash.update(`\0${table}\0`);
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}
