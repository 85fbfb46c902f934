/**
 * The address visitors' phones open from a ticket's QR code (issue 16): it
 * must be reachable from a phone on the hall's network, never `localhost`.
 *
 * - `HALLQ_PUBLIC_URL` when set (production requires it: the hall's own name
 *   or address, perhaps behind a proxy, is only known to its operator);
 * - otherwise, in demo mode, this machine's LAN address and the port it
 *   listens on (the address `HOST` names, when it names one);
 * - with no LAN address at all, the local one, with a warning.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { Config } from './config';

export const PUBLIC_URL_REQUIRED = 'HALLQ_E_PUBLIC_URL_REQUIRED';

/** A boot refusal with a code, for the operator's log and for scripts. */
export class BootError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'BootError';
  }
}

/** Production mode refuses to start without HALLQ_PUBLIC_URL. */
export function checkPublicUrl(config: Config): void {
  if (config.HALLQ_MODE === 'production' && !config.HALLQ_PUBLIC_URL) {
    throw new BootError(
      PUBLIC_URL_REQUIRED,
      'production mode needs HALLQ_PUBLIC_URL, the address visitors’ phones open from the QR code ' +
        'on each ticket (e.g. http://192.168.1.10:8080 or https://hall.example.cn); ' +
        '生产模式必须设置 HALLQ_PUBLIC_URL（手机扫描号票二维码时打开的地址）',
    );
  }
}

const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

/** This machine's address on the hall's network: a private IPv4 first, then any other. */
export function lanAddress(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string | undefined {
  const v4 = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address);
  return v4.find((a) => PRIVATE.some((p) => p.test(a))) ?? v4[0];
}

const WILDCARD = new Set(['0.0.0.0', '::', '']);

export interface PublicUrl {
  url: string;
  /** Why phones may not reach it, when that is likely. */
  warning?: string;
}

/** The base URL tickets will carry, once the server listens on `port`. */
export function publicUrlFor(
  config: Config,
  port: number,
  interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>,
): PublicUrl {
  checkPublicUrl(config);
  if (config.HALLQ_PUBLIC_URL) return { url: config.HALLQ_PUBLIC_URL.replace(/\/+$/, '') };
  const bracket = (h: string) => (h.includes(':') ? `[${h}]` : h);
  if (!WILDCARD.has(config.HOST)) {
    const loopback = /^(127\.|::1$|localhost$)/.test(config.HOST);
    return {
      url: `http://${bracket(config.HOST)}:${port}`,
      ...(loopback
        ? { warning: `HOST=${config.HOST}: phones cannot reach this server (listen on 0.0.0.0)` }
        : {}),
    };
  }
  const lan = lanAddress(interfaces);
  if (lan) return { url: `http://${lan}:${port}` };
  return {
    url: `http://127.0.0.1:${port}`,
    warning: 'no network address found: phones cannot open the QR code (set HALLQ_PUBLIC_URL)',
  };
}
