/**
 * `pnpm hallq` as a client of a running server's admin API (/api/v1): it
 * signs in as an admin (password from the prompt or standard input), makes
 * its changes as that admin, so the audit names them, and signs out.
 */
import { readFileSync } from 'node:fs';
import type { Site } from '@hallq/core';
import {
  isHallqErrorCode,
  type LoginReply,
  type StaffListReply,
  type StaffRecord,
} from '@hallq/protocol';
import type { DemoCredentials } from '../demo/seed';
import type { AdminPort, DeviceInfo } from './admin-port';
import { CliError } from './cli-error';
import type { SecretSource } from './secrets';

const TIMEOUT_MS = 15_000;

interface ErrorReply {
  error?: { code?: string; messageEn?: string; details?: unknown };
}

/** One request; a refusal becomes a CliError with the server's code and message. */
async function call<T>(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new CliError(
      'HALLQ_E_SERVER_UNREACHABLE',
      `the server at ${base} did not answer ${method} ${path}: ${(err as Error).message}`,
    );
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = {};
  }
  if (!res.ok) {
    const e = (body as ErrorReply).error;
    const code = isHallqErrorCode(e?.code) ? e.code : 'HALLQ_E_INTERNAL';
    const details = e?.details !== undefined ? ` ${JSON.stringify(e.details)}` : '';
    throw new CliError(code, `${e?.messageEn ?? `HTTP ${res.status}`}${details}`);
  }
  return body as T;
}

/** Whether a server answers at `base` (its health read) within a few seconds. */
export async function answers(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(3_000) });
    return res.ok;
  } catch {
    return false;
  }
}

export async function signIn(
  base: string,
  username: string,
  secrets: SecretSource,
  dataDir: string,
): Promise<AdminPort> {
  const password = await secrets.next(`password of ${username} on ${base}`);
  const login = await call<LoginReply>(base, 'POST', '/auth/login', {
    body: { username, password },
  });
  if (login.staff.role !== 'admin') {
    await call(base, 'POST', '/auth/logout', { token: login.token, body: {} }).catch(() => {});
    throw new CliError('HALLQ_E_FORBIDDEN', `${username} is a ${login.staff.role}, not an admin`);
  }
  return new ApiAdmin(base, login, dataDir);
}

interface DeviceList {
  devices: DeviceInfo[];
}

class ApiAdmin implements AdminPort {
  readonly siteFromSession = true;
  readonly via: string;
  constructor(
    private readonly base: string,
    private readonly login: LoginReply,
    private readonly dataDir: string,
  ) {
    this.via = `the server at ${base} (as ${login.staff.username})`;
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return call<T>(this.base, method, path, {
      token: this.login.token,
      ...(body !== undefined ? { body } : {}),
    });
  }

  async createStaff(body: Parameters<AdminPort['createStaff']>[0]) {
    return (await this.call<{ staff: StaffRecord }>('POST', '/staff', body)).staff;
  }

  createDevice(body: Parameters<AdminPort['createDevice']>[0]) {
    return this.call<{ device: DeviceInfo; token: string }>('POST', '/devices', body);
  }

  /** POST /sites: a township under the district, or a village under a township. */
  async createSite(site: Site): Promise<void> {
    if (site.level === 'district' || site.parentId === undefined) {
      throw new CliError(
        'HALLQ_E_UNAVAILABLE',
        'through a server, create-site adds a township or village under --parent; the district site comes from the console’s 首次设置 (or stop the server and run create-site again to write the database itself)',
      );
    }
    await this.call('POST', '/sites', {
      id: site.id,
      name: site.name,
      level: site.level,
      parentId: site.parentId,
      timeZone: site.timeZone,
    });
  }

  async updateSite(id: string, body: Parameters<AdminPort['updateSite']>[1]) {
    return (await this.call<{ entry: Site }>('PATCH', `/sites/${encodeURIComponent(id)}`, body))
      .entry;
  }

  /**
   * The API does not say which accounts are the demo's: the data directory's
   * demo-credentials.json does. The caller must not be one of them (a demo
   * admin cannot disable itself, and should not be what is left).
   */
  async revokeDemo() {
    let demo: DemoCredentials;
    try {
      demo = JSON.parse(
        readFileSync(`${this.dataDir}/demo-credentials.json`, 'utf8'),
      ) as DemoCredentials;
    } catch {
      throw new CliError(
        'HALLQ_E_NOT_FOUND',
        `no demo-credentials.json in ${this.dataDir}: set HALLQ_DATA_DIR to the server's data directory`,
      );
    }
    const demoUsers = new Set(demo.staff.map((s) => s.username));
    if (demoUsers.has(this.login.staff.username)) {
      throw new CliError(
        'HALLQ_E_CONFLICT',
        `${this.login.staff.username} is itself a demo account: create your own admin (create-staff --role admin), then run revoke-demo as that admin (--as <username>)`,
      );
    }
    const staff = (await this.call<StaffListReply>('GET', '/staff')).staff.filter(
      (s) => s.active && demoUsers.has(s.username),
    );
    const demoDevices = new Set(demo.devices.map((d) => d.id));
    const devices = (await this.call<DeviceList>('GET', '/devices')).devices.filter(
      (d) => !d.revoked && demoDevices.has(d.id),
    );
    for (const s of staff)
      await this.call('POST', `/staff/${encodeURIComponent(s.id)}/disable`, {});
    for (const d of devices)
      await this.call('POST', `/devices/${encodeURIComponent(d.id)}/revoke`, {});
    return { staff: staff.length, devices: devices.length };
  }

  async listDevices() {
    return (await this.call<DeviceList>('GET', '/devices')).devices;
  }

  async close() {
    // The session ends with the command: no admin token is left alive.
    await this.call('POST', '/auth/logout', {}).catch(() => {});
  }
}
